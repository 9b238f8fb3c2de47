"""政绩观偏差预警 (RULE-3): rules over the campaign's data, run daily, each raising a Deviation Warning to
the office and the unit head once per cause (the warning's unique cause key). Each rule is one grouped
query; only the few rows that cross a threshold are read."""

import hashlib

import frappe
from frappe import _
from frappe.utils import cint, getdate, today

from campaign_app.domain import warnings as rule
from campaign_app.domain.evaluation import satisfaction_rate, tally_counted
from campaign_app.domain.rectification import CLOSED, RED

WARNING = "Deviation Warning"


def thresholds() -> dict:
	values = frappe.db.get_singles_dict("Rectification Settings")
	out = {}
	for cause, (field, default) in rule.THRESHOLDS.items():
		value = values.get(field)
		out[cause] = default if value in (None, "") else cint(value)
	return out


def raise_warnings(on_date=None) -> int:
	"""Run every rule that is on (threshold > 0); returns how many new warnings were raised."""
	limits = thresholds()
	found = []
	for cause, check in RULES.items():
		if limits[cause] > 0:
			found += check(limits[cause])
	existing = set(
		frappe.get_all(
			WARNING, filters={"cause_key": ("in", [f["cause_key"] for f in found] or [""])}, pluck="cause_key"
		)
	)
	raised = 0
	for f in found:
		if f["cause_key"] in existing:
			continue
		existing.add(f["cause_key"])
		doc = frappe.get_doc({"doctype": WARNING, "raised_on": getdate(on_date or today()), **f})
		doc.unit_head_user = unit_head_user(doc.unit)
		doc.flags.server_write = True
		doc.insert(ignore_permissions=True)
		raised += 1
	frappe.db.commit()  # nosemgrep: a scheduled job commits its own work
	return raised


def unit_head_user(unit: str | None) -> str | None:
	head = unit and frappe.db.get_value("Campaign Unit", unit, "head")
	return head and frappe.db.get_value("Cadre", head, "user")


def warning(cause, parts, unit, campaign, detail, doctype=None, name=None) -> dict:
	return {
		"cause": cause,
		"cause_key": rule.key(cause, *parts),
		"unit": unit,
		"campaign": campaign,
		"detail": detail,
		"reference_doctype": doctype,
		"reference_name": name,
	}


def red_items(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select campaign, unit, count(*) from `tabRectification Item`
		where light = %(red)s and stage != %(closed)s group by campaign, unit having count(*) >= %(n)s""",
		{"red": RED, "closed": CLOSED, "n": limit},
	)
	return [
		warning(
			rule.RED_ITEMS,
			(c, u),
			u,
			c,
			_("{0} has {1} red rectification items").format(u, n),
			"Campaign Unit",
			u,
		)
		for c, u, n in rows
	]


def returns(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select name, unit, campaign, return_count from `tabRectification Item` where return_count >= %s""",
		limit,
	)
	return [
		warning(
			rule.RETURNS, (n,), u, c, _("{0} was returned {1} times").format(n, k), "Rectification Item", n
		)
		for n, u, c, k in rows
	]


def same_measure(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select campaign, trim(measure), count(distinct unit), min(name), group_concat(distinct unit)
		from `tabRectification Item` group by campaign, trim(measure) having count(distinct unit) >= %s""",
		limit,
	)
	return [
		warning(
			rule.SAME_MEASURE,
			(c, hashlib.md5(m.encode()).hexdigest()),
			None,
			c,
			_("The same measure in {0} units ({1}): {2}").format(k, units, m[:80]),
			"Rectification Item",
			first,
		)
		for c, m, k, first, units in rows
	]


def progress_jump(limit: int) -> list[dict]:
	"""Items whose latest report says 100 % with no evidence file, up by `limit` points or more."""
	reports = frappe.db.sql(
		"""select p.parent, p.percent, p.evidence, ri.unit, ri.campaign from `tabRectification Progress` p
		join `tabRectification Item` ri on ri.name = p.parent
		where p.parenttype = 'Rectification Item' and p.parent in (
			select parent from `tabRectification Progress` where percent >= 100 and ifnull(evidence, '') = '')
		order by p.parent, p.report_date, p.idx""",
		as_dict=True,
	)
	by_item = {}
	for r in reports:
		by_item.setdefault(r.parent, []).append(r)
	out = []
	for item, rows in by_item.items():
		latest, previous = rows[-1], (rows[-2].percent if len(rows) > 1 else 0)
		if not latest.evidence and rule.jumped(previous, latest.percent, limit):
			detail = _("{0} jumped from {1}% to 100% without evidence").format(item, int(previous or 0))
			out.append(
				warning(
					rule.PROGRESS_JUMP,
					(item,),
					latest.unit,
					latest.campaign,
					detail,
					"Rectification Item",
					item,
				)
			)
	return out


def deadline_moves(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select d.parent, ri.unit, ri.campaign, count(*) from `tabRectification Deadline Change` d
		join `tabRectification Item` ri on ri.name = d.parent
		where d.parenttype = 'Rectification Item' group by d.parent, ri.unit, ri.campaign having count(*) >= %s""",
		limit,
	)
	return [
		warning(
			rule.DEADLINE_MOVES,
			(n,),
			u,
			c,
			_("The deadline of {0} was moved {1} times").format(n, k),
			"Rectification Item",
			n,
		)
		for n, u, c, k in rows
	]


def same_evidence(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select f.content_hash, count(distinct f.attached_to_name), min(f.attached_to_name),
		group_concat(distinct f.attached_to_name) from `tabFile` f
		where f.attached_to_doctype = 'Rectification Item' and ifnull(f.content_hash, '') != ''
		group by f.content_hash having count(distinct f.attached_to_name) >= %s""",
		limit,
	)
	out = []
	for content_hash, k, first, items in rows:
		campaign = frappe.db.get_value("Rectification Item", first, "campaign")
		detail = _("The same evidence file is on {0} items: {1}").format(k, items)
		out.append(
			warning(rule.SAME_EVIDENCE, (content_hash,), None, campaign, detail, "Rectification Item", first)
		)
	return out


def bulk_close(limit: int) -> list[dict]:
	rows = frappe.db.sql(
		"""select campaign, unit, closed_on, count(*) from `tabRectification Item`
		where stage = %(closed)s and closed_on = deadline
		group by campaign, unit, closed_on having count(*) >= %(n)s""",
		{"closed": CLOSED, "n": limit},
	)
	return [
		warning(
			rule.BULK_CLOSE,
			(c, u, d),
			u,
			c,
			_("{0} closed {1} items on {2}, each on its due day").format(u, k, d),
			"Campaign Unit",
			u,
		)
		for c, u, d, k in rows
	]


def satisfaction_drop(limit: int) -> list[dict]:
	"""A unit whose satisfaction in its latest survey fell by `limit` points or more from the one before."""
	rows = frappe.db.sql(
		"""select s.name, s.campaign, a.unit, a.rating, count(*) from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		join `tabEvaluation Survey` s on s.name = r.survey
		where ifnull(a.unit, '') != ''
		group by s.name, s.campaign, a.unit, a.rating order by s.creation""",
	)
	rates = {}
	for survey, campaign, unit, rating, n in rows:
		rates.setdefault(unit, {}).setdefault((survey, campaign), []).append((rating, n))
	out = []
	for unit, surveys in rates.items():
		if len(surveys) < 2:
			continue
		last, campaign = list(surveys)[-1]
		before = satisfaction_rate(tally_counted(list(surveys.values())[-2]))
		now = satisfaction_rate(tally_counted(list(surveys.values())[-1]))
		if rule.dropped(before, now, limit):
			detail = _("Satisfaction with {0} fell from {1}% to {2}%").format(unit, before, now)
			out.append(
				warning(
					rule.SATISFACTION_DROP, (unit, last), unit, campaign, detail, "Evaluation Survey", last
				)
			)
	return out


RULES = {
	rule.RED_ITEMS: red_items,
	rule.RETURNS: returns,
	rule.SAME_MEASURE: same_measure,
	rule.PROGRESS_JUMP: progress_jump,
	rule.DEADLINE_MOVES: deadline_moves,
	rule.SAME_EVIDENCE: same_evidence,
	rule.BULK_CLOSE: bulk_close,
	rule.SATISFACTION_DROP: satisfaction_drop,
}
