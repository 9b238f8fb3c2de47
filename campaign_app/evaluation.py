"""Public evaluation (APPR-3, APPR-4): the guest submission, satisfaction counts and remedial work.

The public form at /evaluation/<survey> posts to `submit`; staff enter paper forms as Evaluation
Response documents in the desk. After either, `check_remedial` creates one remedial rectification
item (补课) for each unit or item of the survey whose dissatisfied share exceeds the threshold.
"""

import frappe
from frappe import _
from frappe.utils import add_days, cint, flt, getdate, today

from campaign_app.domain import evaluation as rule
from campaign_app.domain.rectification import IMMEDIATE

ITEM = "Rectification Item"


def problem_message(code: str) -> str:
	"""The translated message for a code of rule.submission_problem."""
	return {
		"bad_respondent_type": _("Please choose who you are"),
		"too_long": _("A text is too long: a name or contact up to 50 characters, opinions up to 500"),
		"unknown_question": _("The answers do not belong to this survey"),
	}.get(code) or _("Please rate every question")


def settings() -> frappe._dict:
	"""The public evaluation settings of 整改设置, in one read."""
	values = frappe.db.get_singles_dict("Rectification Settings")
	return frappe._dict(
		threshold=flt(values.get("dissatisfaction_threshold") or 30),
		min_answers=cint(values.get("remedial_min_answers") or 5),
		days=cint(values.get("remedial_days") or 30),
		per_hour=cint(values.get("survey_rate_limit") or 10),
		trusted_proxies=values.get("trusted_proxies"),
	)


def check_rate_limit(config: frappe._dict):
	"""At most `survey_rate_limit` public answer sheets an hour from one client address, keyed on the
	address of the connection (or, behind a trusted proxy, the address it names), never on anything else
	the client sends."""
	request = frappe.request
	address = rule.client_address(
		request.remote_addr,
		request.headers.get("X-Forwarded-For"),
		rule.trusted_networks(config.trusted_proxies),
	)
	key = frappe.cache.make_key(f"campaign_app:evaluation:{address}")
	count = frappe.cache.incrby(key, 1)
	if count == 1:
		frappe.cache.expire(key, 60 * 60)
	if count > config.per_hour:
		frappe.throw(
			_("Too many answers from your address: please try again in an hour"),
			frappe.RateLimitExceededError,
			title=_("Too Many Answers"),
		)


# ---- the public form


@frappe.whitelist(allow_guest=True, methods=["POST"])
def submit(survey: str, respondent_type: str | None = None, answers=None, **fields) -> dict:
	"""Store one public answer sheet. Anonymous: name and contact are optional."""
	check_rate_limit(settings())
	data = {
		"respondent_type": respondent_type,
		"answers": frappe.parse_json(answers) if isinstance(answers, str) else answers,
		**{key: fields.get(key) for key in (*rule.TEXT_LIMITS, rule.HONEYPOT)},
	}
	if rule.is_bot(data):
		return {"ok": True}  # a robot learns nothing; nothing is stored
	doc = open_survey(survey)
	problem = rule.submission_problem(data, {q.name for q in doc.questions})
	if problem:
		frappe.throw(problem_message(problem), title=_("Your Answers Were Not Sent"))
	response = frappe.get_doc(
		{
			"doctype": "Evaluation Response",
			"survey": doc.name,
			"source": rule.ONLINE,
			"respondent_type": respondent_type,
			**{key: (data.get(key) or "").strip() for key in rule.TEXT_LIMITS},
			"answers": [{"question_id": qid, "rating": rating} for qid, rating in data["answers"].items()],
		}
	)
	response.flags.online = True
	response.insert(ignore_permissions=True)
	return {"ok": True}


def open_survey(name: str):
	"""The survey if it takes public answers today; a clear refusal otherwise."""
	status, closes_on = frappe.db.get_value("Evaluation Survey", name, ["status", "closes_on"]) or (
		None,
		None,
	)
	if not rule.takes_online_answers(status, closes_on and getdate(closes_on), getdate(today())):
		frappe.throw(_("This survey is not open for answers"), title=_("Survey Closed"))
	return frappe.get_doc("Evaluation Survey", name)


# ---- satisfaction


def satisfaction_of_unit(campaign: str, unit: str, subtree: bool = True) -> float | None:
	"""Satisfaction rate of the answers about a unit (and the units below it) in a campaign's surveys."""
	if subtree:
		lft, rgt = frappe.db.get_value("Campaign Unit", unit, ["lft", "rgt"]) or (0, -1)
		where = "a.unit in (select u.name from `tabCampaign Unit` u where u.lft between %(lft)s and %(rgt)s)"
	else:
		lft = rgt = 0
		where = "a.unit = %(unit)s"
	rows = frappe.db.sql(
		f"""select a.rating, count(*) from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		where r.campaign = %(campaign)s and {where}
		group by a.rating""",
		{"campaign": campaign, "unit": unit, "lft": lft, "rgt": rgt},
	)
	return rule.satisfaction_rate(rule.tally_counted(rows))


# ---- remedial work (补课)


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
		"campaign_app.evaluation.check_remedial",
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
	conf = settings()
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
