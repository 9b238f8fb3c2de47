"""Number cards computed by the app (FIX-7); Frappe's report run and prepared report, with a prepared
report's campaign named (#13)."""

import frappe
from frappe.core.doctype.prepared_report import prepared_report as frappe_prepared_report
from frappe.desk import query_report

from campaign_app.campaign_app.report.rectification_progress_by_unit.rectification_progress_by_unit import (
	completion,
	progress,
)
from campaign_app.prepared_reports import name_campaign


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


@frappe.whitelist()
def run(report_name, filters=None, **kwargs):
	"""frappe.desk.query_report.run (read from the replica as Frappe's own is)."""
	return query_report.run(report_name, name_campaign(report_name, filters), **kwargs)


@frappe.whitelist()
def make_prepared_report(report_name, filters=None):
	"""frappe.core...prepared_report.make_prepared_report."""
	return frappe_prepared_report.make_prepared_report(report_name, name_campaign(report_name, filters))
