"""偏差预警统计 (RULE-3): the warnings by unit and cause, open and closed. Read through the user's scope."""

import frappe
from frappe import _


def execute(filters=None):
	filters = frappe._dict(filters or {})
	conditions = {"campaign": filters.campaign} if filters.campaign else {}
	counts = {}
	for w in frappe.get_list(
		"Deviation Warning", filters=conditions, fields=["unit", "cause", "status"], limit_page_length=0
	):
		row = counts.setdefault((w.unit or "", w.cause), {"open": 0, "closed": 0})
		row["open" if w.status == "Open" else "closed"] += 1
	rows = [
		{
			"unit": unit or _("Several Units"),
			"cause": _(cause),
			"open": c["open"],
			"closed": c["closed"],
		}
		for (unit, cause), c in sorted(counts.items())
	]
	columns = [
		{"fieldname": "unit", "label": _("Unit"), "fieldtype": "Data", "width": 180},
		{"fieldname": "cause", "label": _("Cause"), "fieldtype": "Data", "width": 200},
		{"fieldname": "open", "label": _("Open"), "fieldtype": "Int", "width": 90},
		{"fieldname": "closed", "label": _("Closed"), "fieldtype": "Int", "width": 90},
	]
	return columns, rows
