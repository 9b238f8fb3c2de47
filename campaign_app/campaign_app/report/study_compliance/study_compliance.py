"""学习落实情况 (STUDY-2): for each study form with a rule, required against held per unit and period
(red where short); each leadership member's party lecture given or not; each cadre's attendance rate.
Everything is read through the user's scope (frappe.get_list)."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from campaign_app.current_campaign import current_campaign
from campaign_app.domain import study as rule

LEADER_LEVELS = ("Principal Leader", "Leadership Member")


def execute(filters=None):
	filters = frappe._dict(filters or {})
	filters.campaign = filters.campaign or current_campaign()
	if not filters.campaign:
		return [], []
	view = filters.view or "rules"
	views = {
		"rules": by_rule,
		"lectures": lectures,
		"attendance": attendance,
		"outputs": outputs_owed,
		"tests": test_pass_rates,
	}
	return views[view](filters)


def campaign_span(campaign: str):
	"""From the campaign's start to its end or today, whichever is earlier."""
	start, end = (
		getdate(d) for d in frappe.db.get_value("Study Campaign", campaign, ["start_date", "end_date"])
	)
	return start, max(start, min(end, getdate(today())))


def sessions(campaign: str, **filters) -> list:
	return frappe.get_list(
		"Study Session",
		filters={"campaign": campaign, **filters},
		fields=["name", "session_type", "unit", "start_date", "host"],
		limit_page_length=0,
	)


def by_rule(filters):
	start, end = campaign_span(filters.campaign)
	held = {}  # (type, unit, day): sessions held, read once
	for s in sessions(filters.campaign):
		key = (s.session_type, s.unit, getdate(s.start_date))
		held[key] = held.get(key, 0) + 1
	rows = []
	rules = frappe.get_all(
		"Study Session Type",
		filters={"is_active": 1, "frequency": ("is", "set")},
		fields=["name", "frequency", "frequency_unit_type"],
		order_by="name",
	)
	for t in rules:
		unit_filters = {"is_active": 1}
		if t.frequency_unit_type:
			unit_filters["unit_type"] = t.frequency_unit_type
		units = frappe.get_list(
			"Campaign Unit", filters=unit_filters, pluck="name", order_by="lft", limit_page_length=0
		)
		of_type = [(unit, day, n) for (name, unit, day), n in held.items() if name == t.name]
		for unit in units:
			for label, first, last in rule.periods(t.frequency, start, end):
				count = sum(n for u, day, n in of_type if u == unit and first <= day <= last)
				rows.append(
					{
						"session_type": t.name,
						"unit": unit,
						"period": label,
						"required": 1,
						"held": count,
						"short": 1 if count < 1 else 0,
					}
				)
	columns = [
		{
			"fieldname": "session_type",
			"label": _("Session Type"),
			"fieldtype": "Link",
			"options": "Study Session Type",
			"width": 160,
		},
		{
			"fieldname": "unit",
			"label": _("Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 180,
		},
		{"fieldname": "period", "label": _("Period"), "fieldtype": "Data", "width": 100},
		{"fieldname": "required", "label": _("Required"), "fieldtype": "Int", "width": 80},
		{
			"fieldname": "held",
			"label": _("Held", context="Study Compliance"),
			"fieldtype": "Int",
			"width": 80,
		},
	]
	return columns, rows


def lectures(filters):
	types = frappe.get_all(
		"Study Session Type", filters={"each_leader_gives_one": 1, "is_active": 1}, pluck="name"
	)
	given = {}
	for s in sessions(filters.campaign, session_type=("in", types or [""])):
		given[s.host] = given.get(s.host, 0) + 1
	leaders = frappe.get_list(
		"Cadre",
		filters={"level": ("in", LEADER_LEVELS), "is_active": 1},
		fields=["name", "full_name", "post"],
		order_by="name",
		limit_page_length=0,
	)
	rows = [
		{
			"cadre": c.name,
			"full_name": c.full_name,
			"post": c.post,
			"given": given.get(c.name, 0),
			"short": 0 if given.get(c.name) else 1,
		}
		for c in leaders
	]
	columns = [
		{"fieldname": "cadre", "label": _("Cadre"), "fieldtype": "Link", "options": "Cadre", "width": 120},
		{"fieldname": "full_name", "label": _("Full Name"), "fieldtype": "Data", "width": 100},
		{"fieldname": "post", "label": _("Post"), "fieldtype": "Data", "width": 160},
		{"fieldname": "given", "label": _("Party Lectures Given"), "fieldtype": "Int", "width": 120},
	]
	return columns, rows


def attendance(filters):
	names = [s.name for s in sessions(filters.campaign)]
	counts = {}
	for row in frappe.get_all(
		"Study Attendance",
		filters={"parent": ("in", names or [""]), "parenttype": "Study Session"},
		fields=["cadre", "status"],
	):
		counts.setdefault(row.cadre, {}).setdefault(row.status, 0)
		counts[row.cadre][row.status] += 1
	names = dict(
		frappe.get_all(
			"Cadre",
			filters={"name": ("in", list(counts) or [""])},
			fields=["name", "full_name"],
			as_list=True,
		)
	)
	rows = []
	for cadre, by_status in sorted(counts.items()):
		rows.append(
			{
				"cadre": cadre,
				"full_name": names.get(cadre),
				"listed": sum(by_status.values()),
				"present": by_status.get(rule.PRESENT, 0),
				"leave": by_status.get(rule.LEAVE, 0),
				"absent": by_status.get(rule.ABSENT, 0),
				"made_up": by_status.get(rule.MADE_UP, 0),
				"rate": rule.attendance_rate(by_status),
			}
		)
	columns = [
		{"fieldname": "cadre", "label": _("Cadre"), "fieldtype": "Link", "options": "Cadre", "width": 120},
		{"fieldname": "full_name", "label": _("Full Name"), "fieldtype": "Data", "width": 100},
		{"fieldname": "listed", "label": _("Sessions"), "fieldtype": "Int", "width": 80},
		{"fieldname": "present", "label": _("Times Present"), "fieldtype": "Int", "width": 70},
		{"fieldname": "leave", "label": _("Times on Leave"), "fieldtype": "Int", "width": 70},
		{"fieldname": "absent", "label": _("Times Absent"), "fieldtype": "Int", "width": 70},
		{"fieldname": "made_up", "label": _("Times Made Up"), "fieldtype": "Int", "width": 70},
		{"fieldname": "rate", "label": _("Attendance Rate %"), "fieldtype": "Percent", "width": 110},
	]
	return columns, rows


def outputs_owed(filters):
	"""ORG-5: each cadre in scope against what their level owes (Cadre Level Requirement)."""
	owed_by_level = {}
	for row in frappe.get_all(
		"Cadre Level Output",
		filters={"parenttype": "Cadre Level Requirement"},
		fields=["parent", "output_type", "count"],
		order_by="parent, idx",
	):
		owed_by_level.setdefault(row.parent, {})[row.output_type] = row.count
	delivered = {}
	for row in frappe.get_list(
		"Study Output",
		filters={"campaign": filters.campaign, "stage": ("in", rule.DELIVERED)},
		fields=["cadre", "output_type"],
		limit_page_length=0,
	):
		delivered.setdefault(row.cadre, {}).setdefault(row.output_type, 0)
		delivered[row.cadre][row.output_type] += 1
	rows = []
	for c in frappe.get_list(
		"Cadre",
		filters={"is_active": 1},
		fields=["name", "full_name", "level", "unit"],
		order_by="unit, name",
		limit_page_length=0,
	):
		left = rule.still_owed(owed_by_level.get(c.level, {}), delivered.get(c.name, {}))
		rows.append(
			{
				"cadre": c.name,
				"full_name": c.full_name,
				"unit": c.unit,
				"owed": "、".join(f"{_(t, context='Study Output')} × {n}" for t, n in left.items()),
				"short": 1 if left else 0,
			}
		)
	columns = [
		{"fieldname": "cadre", "label": _("Cadre"), "fieldtype": "Link", "options": "Cadre", "width": 120},
		{"fieldname": "full_name", "label": _("Full Name"), "fieldtype": "Data", "width": 100},
		{
			"fieldname": "unit",
			"label": _("Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 160,
		},
		{"fieldname": "owed", "label": _("Still Owed"), "fieldtype": "Data", "width": 260},
	]
	return columns, rows


def test_pass_rates(filters):
	"""STUDY-4: each test of the campaign, per unit: taken, passed, pass rate."""
	tests = frappe.get_all(
		"Study Test", filters={"campaign": filters.campaign}, pluck="name", order_by="test_date"
	)
	by_unit = {}
	for r in frappe.get_list(
		"Study Test Result",
		filters={"study_test": ("in", tests or [""])},
		fields=["study_test", "unit", "passed"],
		limit_page_length=0,
	):
		by_unit.setdefault((r.study_test, r.unit), []).append(r.passed)
	rows = [
		{
			"study_test": test,
			"unit": unit,
			"taken": len(results),
			"passed": sum(results),
			"pass_rate": rule.pass_rate(results),
		}
		for (test, unit), results in sorted(by_unit.items(), key=lambda kv: (kv[0][0], kv[0][1] or ""))
	]
	columns = [
		{
			"fieldname": "study_test",
			"label": _("Test"),
			"fieldtype": "Link",
			"options": "Study Test",
			"width": 140,
		},
		{
			"fieldname": "unit",
			"label": _("Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 180,
		},
		{"fieldname": "taken", "label": _("Taken"), "fieldtype": "Int", "width": 80},
		{"fieldname": "passed", "label": _("Passed"), "fieldtype": "Int", "width": 80},
		{"fieldname": "pass_rate", "label": _("Pass Rate %"), "fieldtype": "Percent", "width": 100},
	]
	return columns, rows
