"""Rectification items by workflow stage (FIX-7), scoped to the user: every stage in the workflow's
order, with a zero where there is none, each in the same colour for everyone (the workspace's donut)."""

import frappe
from frappe import _

from campaign_app.domain import rectification as rule
from campaign_app.workflow_rules import state_names

# One colour per stage, the same as the kanban board's columns: grey, orange, blue, purple, green
COLORS = {
	rule.DRAFT: "#8d99a6",
	rule.REVIEW: "#f39c12",
	rule.RECTIFYING: "#2490ef",
	rule.CLOSE_REQUESTED: "#7c5cff",
	rule.CLOSED: "#29cd42",
}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	where = {"campaign": filters.campaign} if filters.campaign else {}
	counts = dict(
		frappe.get_list(
			"Rectification Item",
			filters=where,
			fields=["stage", "count(name) as items"],
			group_by="stage",
			as_list=True,
		)
	)
	names = state_names("Rectification Item")
	rows = [
		{
			"stage": stage,
			"state": _(names.get(stage) or rule.STATE_NAMES[stage]),
			"items": counts.get(stage, 0),
		}
		for stage in rule.STAGES
	]
	columns = [
		{"fieldname": "state", "label": _("Workflow State"), "fieldtype": "Data", "width": 160},
		{"fieldname": "items", "label": _("Item Count"), "fieldtype": "Int", "width": 120},
	]
	chart = {
		"data": {"labels": [r["state"] for r in rows], "datasets": [{"values": [r["items"] for r in rows]}]},
		"type": "donut",
		"colors": [COLORS[stage] for stage in rule.STAGES],
	}
	return columns, rows, None, chart
