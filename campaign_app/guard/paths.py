"""Which Frappe endpoint a request calls, and the lists the gate (`requests`) keys on."""

import re

# Arguments that name a doctype, and arguments that carry filters
DOCTYPE_PARAMS = (
	"doctype",
	"dt",
	"doc_type",
	"reference_doctype",
	"ref_doctype",
	"document_type",
	"parent_doctype",
	"parenttype",
	"link_doctype",
	"goal_doctype",
	"attached_to_doctype",
)
FILTER_PARAMS = ("filters", "or_filters", "current_filters", "extra_filters", "export_filters")

# Methods that copy existing File records (by name) onto another document or an email
ATTACHMENT_METHODS = frozenset(
	{"frappe.utils.file_manager.add_attachments", "frappe.core.doctype.communication.email.make"}
)
UPLOAD_METHODS = frozenset(
	{"upload_file", "uploadfile", "frappe.handler.upload_file", "frappe.handler.uploadfile"}
)

# Frappe's methods that the desk calls on the app's doctypes, each applying the app's scope on its own
# (permission_query_conditions for lists and counts, has_permission on the stored document for
# single documents and writes) or wrapped in campaign_app.api.overrides so that it does.
ALLOWED = frozenset(
	{
		# forms
		"frappe.desk.form.load.getdoc",
		"frappe.desk.form.load.getdoctype",
		"frappe.desk.form.load.get_docinfo",
		"frappe.desk.form.load.get_communications",
		"frappe.desk.form.save.savedocs",
		"frappe.desk.form.utils.add_comment",
		"frappe.desk.form.utils.update_comment",
		"frappe.desk.form.utils.remove_attach",
		"frappe.desk.form.utils.get_next",
		"frappe.desk.form.assign_to.add",
		"frappe.desk.form.assign_to.remove",
		"frappe.desk.form.assign_to.close",
		"frappe.desk.form.linked_with.get_linked_doctypes",
		"frappe.desk.notifications.get_open_count",
		"frappe.client.get",
		"frappe.client.get_list",
		"frappe.client.get_count",
		"frappe.client.get_value",
		"frappe.client.set_value",
		"frappe.client.insert",
		"frappe.client.save",
		"frappe.client.delete",
		"frappe.client.has_permission",
		"frappe.client.get_doc_permissions",
		"frappe.client.validate_link",
		"run_doc_method",
		"runserverobj",
		"frappe.handler.run_doc_method",
		"frappe.realtime.can_subscribe_doc",
		"frappe.realtime.has_permission",
		# lists, report view, sidebar, kanban, calendar
		"frappe.desk.reportview.get",
		"frappe.desk.reportview.get_list",
		"frappe.desk.reportview.get_count",
		"frappe.desk.reportview.export_query",
		# the print view's settings, wrapped: only for a document the user may print
		"frappe.printing.page.print.print.get_print_settings_to_show",
		# Data Import's template (and sample rows): Frappe's exporter checks the export right and lists
		# the rows through the scope
		"frappe.core.doctype.data_import.data_import.download_template",
		# the desk logs an export (who, which report, when) before it downloads; nothing is read
		"frappe.core.doctype.access_log.access_log.make_access_log",
		"frappe.desk.reportview.delete_items",
		"frappe.desk.reportview.get_sidebar_stats",
		"frappe.desk.reportview.get_stats",
		"frappe.desk.reportview.get_filter_dashboard_data",
		"frappe.desk.reportview.save_report",
		"frappe.desk.listview.get_list_settings",
		"frappe.desk.listview.set_list_settings",
		"frappe.desk.listview.get_group_by_count",
		"frappe.model.utils.user_settings.save",
		"frappe.model.utils.user_settings.get",
		"frappe.desk.doctype.bulk_update.bulk_update.submit_cancel_or_update_docs",
		"frappe.desk.doctype.kanban_board.kanban_board.get_kanban_boards",
		"frappe.desk.doctype.kanban_board.kanban_board.update_order",
		"frappe.desk.doctype.kanban_board.kanban_board.update_order_for_single_card",
		"frappe.desk.calendar.get_events",
		"frappe.desk.doctype.tag.tag.add_tag",
		"frappe.desk.doctype.tag.tag.remove_tag",
		"frappe.desk.doctype.tag.tag.get_tags",
		"frappe.desk.treeview.get_children",
		"frappe.desk.treeview.get_all_nodes",
		# link fields
		"frappe.desk.search.search_link",
		"frappe.desk.search.search_widget",
		"frappe.desk.search.get_link_title",
		# workflow
		"frappe.model.workflow.apply_workflow",
		"frappe.model.workflow.get_transitions",
		"frappe.model.workflow.bulk_workflow_approval",
		"frappe.model.workflow.get_common_transition_actions",
		"frappe.model.workflow.can_cancel_document",
		# reports, print, workspace, dashboards
		"frappe.desk.query_report.run",
		"frappe.desk.query_report.get_script",
		"frappe.desk.query_report.export_query",
		"frappe.www.printview.get_html_and_style",
		"frappe.utils.print_format.download_pdf",
		"frappe.utils.print_format.download_multi_pdf",
		"frappe.desk.desktop.get_desktop_page",
		"frappe.desk.desktop.get_workspace_sidebar_items",
		"frappe.desk.doctype.number_card.number_card.get_result",
		"frappe.desk.doctype.number_card.number_card.get_percentage_difference",
		"frappe.desk.doctype.dashboard_chart.dashboard_chart.get",
		"frappe.core.doctype.communication.email.make",
	}
)

# Methods that take a whole chart or card from the client: its own filters must be field conditions,
# and a chart on the app's doctypes must be one of the site's, given by name
CLIENT_CHART = "frappe.desk.doctype.dashboard_chart.dashboard_chart.get"
CLIENT_CARDS = frozenset(
	{
		"frappe.desk.doctype.number_card.number_card.get_result",
		"frappe.desk.doctype.number_card.number_card.get_percentage_difference",
	}
)
CALENDAR = "frappe.desk.calendar.get_events"
# the report page's methods that load a prepared result by name (and `run`, by user)
REPORT_RESULTS = frozenset({"frappe.desk.query_report.run", "frappe.desk.query_report.export_query"})
DESKTOP_PAGE = "frappe.desk.desktop.get_desktop_page"

_RESOURCE = re.compile(r"^/api/(?:v1/)?resource/([^/]+)|^/api/v2/(?:document|doctype)/([^/]+)")
_METHOD = re.compile(r"^/api/(?:v1/|v2/)?method/(.+?)/?$")


def request_target(path: str, form_dict) -> tuple[str | None, str | None]:
	"""("resource", doctype) for the REST document routes, ("method", dotted name) for a method call,
	(None, None) for anything else (pages, files, assets)."""
	from urllib.parse import unquote

	path = unquote(path or "")
	match = _RESOURCE.match(path)
	if match:
		return "resource", match.group(1) or match.group(2)
	match = _METHOD.match(path)
	if match:
		method = match.group(1)
		if path.startswith("/api/v2/method/") and "/" in method:
			return "resource", method.split("/", 1)[0]  # /api/v2/method/<doctype>/<method>
		return "method", method
	if form_dict.get("cmd"):
		return "method", form_dict.get("cmd")
	return None, None
