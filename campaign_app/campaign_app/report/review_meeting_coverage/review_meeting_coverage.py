"""民主生活会/组织生活会召开情况 (FIND-4): each unit that must hold this kind of meeting in the campaign
(by its unit type), with the meetings held and planned, the materials reviewed and the problems raised;
red where none is held or planned. Units and meetings are read through the user's scope."""

import frappe
from frappe import _

from campaign_app.current_campaign import current_campaign
from campaign_app.domain import study as rule

STANDING = {"held": "Held", "planned": "Planned", "missing": "Not Held"}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	filters.campaign = filters.campaign or current_campaign()
	meeting_type = filters.meeting_type or rule.DEMOCRATIC
	if not filters.campaign or meeting_type not in rule.MEETING_TYPES:
		return columns(), []
	units = frappe.get_list(
		"Campaign Unit",
		filters={"is_active": 1, "unit_type": ("in", rule.MEETING_UNIT_TYPES[meeting_type] or [""])},
		fields=["name", "unit_type"],
		order_by="lft",
		limit_page_length=0,
	)
	meetings = {}
	for m in frappe.get_list(
		"Review Meeting",
		filters={"campaign": filters.campaign, "meeting_type": meeting_type},
		fields=["name", "unit", "status", "meeting_date"],
		order_by="meeting_date",
		limit_page_length=0,
	):
		meetings.setdefault(m.unit, []).append(m)
	problems = problem_counts([m.name for ms in meetings.values() for m in ms])
	rows = []
	for u in units:
		mine = meetings.get(u.name, [])
		held = [m for m in mine if m.status == rule.HELD]
		planned = [m for m in mine if m.status != rule.HELD]
		key = rule.meeting_coverage(len(held), len(planned))
		rows.append(
			{
				"unit": u.name,
				"unit_type": _(u.unit_type, context="Campaign Unit"),
				"held": len(held),
				"last_held": held[-1].meeting_date if held else None,
				"planned_on": planned[0].meeting_date if planned else None,
				"problems": sum(problems.get(m.name, 0) for m in held),
				"standing_key": key,
				"standing": _(STANDING[key], context="Review Meeting"),
			}
		)
	return columns(), rows


def problem_counts(meetings: list[str]) -> dict[str, int]:
	counts = {}
	for row in frappe.get_all(
		"Review Meeting Problem",
		filters={"parent": ("in", meetings or [""]), "parenttype": "Review Meeting"},
		fields=["parent"],
	):
		counts[row.parent] = counts.get(row.parent, 0) + 1
	return counts


def columns() -> list[dict]:
	return [
		{
			"fieldname": "unit",
			"label": _("Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 200,
		},
		{"fieldname": "unit_type", "label": _("Unit Type"), "fieldtype": "Data", "width": 100},
		{"fieldname": "standing", "label": _("Standing"), "fieldtype": "Data", "width": 100},
		{"fieldname": "held", "label": _("Meetings Held"), "fieldtype": "Int", "width": 100},
		{"fieldname": "last_held", "label": _("Last Held On"), "fieldtype": "Date", "width": 120},
		{"fieldname": "planned_on", "label": _("Planned For"), "fieldtype": "Date", "width": 120},
		{"fieldname": "problems", "label": _("Problems Raised"), "fieldtype": "Int", "width": 100},
	]
