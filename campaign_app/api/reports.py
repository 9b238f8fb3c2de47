"""Number cards computed by the app (FIX-7); Frappe's report run and prepared report, with a prepared
report's campaign named (#13)."""

import frappe
from frappe import _
from frappe.core.doctype.prepared_report import prepared_report as frappe_prepared_report
from frappe.desk import query_report, reportview

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


@frappe.whitelist()
def export_query(**_kwargs):
	"""frappe.desk.query_report.export_query; the sheet named after the report, in the user's language
	(Frappe names every report's sheet "Query Report")."""
	query_report.export_query()
	name_sheet(frappe.form_dict.report_name)


@frappe.whitelist()
def export_list(**_kwargs):
	"""frappe.desk.reportview.export_query; the sheet named after the doctype, in the user's language."""
	reportview.export_query()
	name_sheet(frappe.form_dict.title or frappe.form_dict.doctype)


def name_sheet(title: str | None):
	from io import BytesIO

	from openpyxl import load_workbook

	if not title or not str(frappe.response.get("filename") or "").endswith(".xlsx"):
		return
	book = load_workbook(BytesIO(frappe.response["filecontent"]))
	# a sheet's name: at most 31 characters, none of []:*?/\
	book.active.title = "".join(c for c in _(title) if c not in "[]:*?/\\")[:31] or "Sheet1"
	out = BytesIO()
	book.save(out)
	frappe.response["filecontent"] = out.getvalue()
