"""Number cards computed by the app (FIX-7)."""

import frappe

from campaign_app.campaign_app.report.rectification_progress_by_unit.rectification_progress_by_unit import (
	completion,
	progress,
)


@frappe.whitelist()
def completion_rate(filters=None):
	"""The completion-rate number card: closed items over all items the user may see."""
	filters = frappe.parse_json(filters) if filters else {}
	if not isinstance(filters, dict):  # a card's list-style filters carry nothing this card uses
		filters = {}
	rows = progress(frappe._dict(campaign=filters.get("campaign"), unit=filters.get("unit")))
	return {
		"value": completion(sum(row["items"] for row in rows), sum(int(row.closed) for row in rows)),
		"fieldtype": "Percent",
		"route": ["query-report", "Rectification Progress by Unit"],
	}
