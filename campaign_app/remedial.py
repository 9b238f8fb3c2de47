"""Remedial work (补课, APPR-4): when the share of 不满意 answers about a unit or an item passes the
threshold of 整改设置, one remedial rectification item is created for it per survey. Checked after each
answer sheet (queued), when a survey closes, and daily.
"""

import frappe
from frappe import _
from frappe.utils import add_days, today

from campaign_app.domain import evaluation as rule
from campaign_app.domain.rectification import IMMEDIATE
from campaign_app.settings import evaluation_settings

ITEM = "Rectification Item"


def enqueue_remedial_check(survey: str):
	"""One check per survey waits in the queue at a time: it reads the answers when it runs."""
	now = bool(frappe.flags.in_test)
	# Frappe looks for a queued duplicate when enqueue is called, but a job enqueued after commit reaches
	# the queue only at commit: within one transaction, queue the survey's check once
	pending = frappe.flags.setdefault("campaign_app_remedial_pending", set())
	if survey in pending and not now:
		return
	pending.add(survey)
	for callbacks in (frappe.db.after_commit, frappe.db.after_rollback):
		callbacks.add(lambda: pending.discard(survey))
	frappe.enqueue(
		"campaign_app.remedial.check_remedial",
		survey=survey,
		queue="short",
		job_id=f"campaign_app:remedial:{survey}",
		# Frappe skips a job whose id is queued before it looks at `now`: a check run now must not be skipped
		deduplicate=not now,
		enqueue_after_commit=True,
		now=now,
	)


def target_counts(survey: str) -> dict[tuple[str, str], dict]:
	"""Rating counts per unit and per item the survey asks about: {(about, unit or item): counts}."""
	rows = frappe.db.sql(
		"""select a.target_type, a.unit, a.rectification_item, a.rating, count(*)
		from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		where r.survey = %s and a.target_type in (%s, %s)
		group by a.target_type, a.unit, a.rectification_item, a.rating""",
		(survey, rule.ABOUT_UNIT, rule.ABOUT_ITEM),
	)
	ratings: dict[tuple[str, str], list] = {}
	for about, unit, item, rating, n in rows:
		ratings.setdefault((about, item if about == rule.ABOUT_ITEM else unit), []).append((rating, n))
	return {target: rule.tally_counted(counted) for target, counted in ratings.items()}


def check_remedial(survey: str) -> list[str]:
	"""Create the survey's missing remedial items; returns the names created. Safe to run any time."""
	conf = evaluation_settings()
	# one check per survey at a time: the row lock makes "once" hold under concurrent submissions
	frappe.db.sql("select name from `tabEvaluation Survey` where name = %s for update", survey)
	created = []
	for (about, target), counts in sorted(target_counts(survey).items()):
		if not target or not rule.needs_remedial(counts, conf.threshold, conf.min_answers):
			continue
		if remedial_exists(survey, about, target):
			continue
		with system_user():
			name = make_remedial_item(survey, about, target, counts, conf.days)
		if name:
			created.append(name)
	return created


def remedial_exists(survey: str, about: str, target: str) -> bool:
	if about == rule.ABOUT_ITEM:
		return bool(frappe.db.exists(ITEM, {"evaluation_survey": survey, "remedial_for": target}))
	return bool(
		frappe.db.exists(
			ITEM, {"evaluation_survey": survey, "unit": target, "remedial_for": ("is", "not set")}
		)
	)


def make_remedial_item(survey: str, about: str, target: str, counts: dict, days: int) -> str | None:
	campaign = frappe.db.get_value("Evaluation Survey", survey, "campaign")
	share = rule.dissatisfied_share(counts)
	with site_language():
		if about == rule.ABOUT_ITEM:
			spec = remedial_for_item(target)
		else:
			spec = remedial_for_unit(campaign, target, share)
		if not spec:
			frappe.log_error(
				f"No responsible cadre or leader for remedial work on {target} ({survey})", "campaign_app"
			)
			return None
		spec["measure"] = _(
			"Remedial work: in survey {0}, {1} of {2} answers were dissatisfied ({3}%). {4}"
		).format(survey, counts[rule.DISSATISFIED], counts["total"], share, spec.pop("about"))
	item = frappe.get_doc(
		{
			"doctype": ITEM,
			"kind": IMMEDIATE,
			"start_date": today(),
			"deadline": add_days(today(), days),
			"evaluation_survey": survey,
			**spec,
		}
	)
	item.insert(ignore_permissions=True)
	return item.name


def remedial_for_item(item: str) -> dict | None:
	src = frappe.db.get_value(
		ITEM,
		item,
		["issue", "unit", "responsible_cadre", "leader_in_charge", "ledger", "measure"],
		as_dict=True,
	)
	if not src:
		return None
	return {
		"issue": src.issue,
		"unit": src.unit,
		"responsible_cadre": src.responsible_cadre,
		"leader_in_charge": src.leader_in_charge,
		"ledger": src.ledger,
		"remedial_for": item,
		"about": _("Item {0}: {1}").format(item, (src.measure or "")[:60]),
	}


def remedial_for_unit(campaign: str, unit: str, share: float) -> dict | None:
	head = frappe.db.get_value("Campaign Unit", unit, "head")
	leader = unit_leader(campaign, unit)
	if not (head or leader):
		return None
	issue = frappe.get_doc(
		{
			"doctype": "Campaign Issue",
			"title": _("Public evaluation: {0}% of answers about {1} were dissatisfied").format(share, unit),
			"campaign": campaign,
			"level": "Leadership Team",
			"unit": unit,
			"found_on": today(),
			"area": remedial_area(),
			"source": "Public Opinion",
		}
	).insert(ignore_permissions=True)
	return {
		"issue": issue.name,
		"unit": unit,
		"responsible_cadre": head or leader,
		"leader_in_charge": leader or head,
		"ledger": "Team",
		"about": _("Unit: {0}").format(unit),
	}


def unit_leader(campaign: str, unit: str) -> str | None:
	"""The leader in charge of the unit's latest item in the campaign, else the leading group's leader."""
	leader = frappe.db.get_value(
		ITEM, {"campaign": campaign, "unit": unit}, "leader_in_charge", order_by="creation desc"
	)
	if leader:
		return leader
	return frappe.db.get_value(
		"Campaign Leading Group Member",
		{"parent": campaign, "parenttype": "Study Campaign", "group_role": "Leader"},
		"cadre",
	)


def remedial_area() -> str:
	if frappe.db.exists("Campaign Issue Area", "其他"):
		return "其他"
	areas = frappe.get_all("Campaign Issue Area", pluck="name", limit=1, order_by="creation")
	if not areas:
		frappe.throw(_("Add a problem area first: remedial work is recorded as a problem"))
	return areas[0]


class system_user:
	"""Remedial work is the office's, not the guest's whose answer queued the check."""

	def __enter__(self):
		self.previous = frappe.session.user
		if self.previous == "Guest":
			frappe.set_user("Administrator")

	def __exit__(self, *exc):
		if frappe.session.user != self.previous:
			frappe.set_user(self.previous)


class site_language:
	"""Write the generated texts in the site's language, whoever triggered the job."""

	def __enter__(self):
		self.previous = frappe.local.lang
		frappe.local.lang = frappe.db.get_single_value("System Settings", "language") or self.previous

	def __exit__(self, *exc):
		frappe.local.lang = self.previous
