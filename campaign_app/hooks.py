app_name = "campaign_app"
app_title = "Campaign App"
app_publisher = "campaign_app developers"
app_description = "Study-and-rectification campaigns (学习教育) for public bodies"
app_email = "campaign-app@example.org"
app_license = "MIT"

export_python_type_annotations = True

# Install, migrate and the optional ERPNext integration
after_install = "campaign_app.setup.install.after_install"
setup_wizard_complete = "campaign_app.setup.china.after_setup_wizard"
after_migrate = "campaign_app.setup.install.after_migrate"
before_uninstall = "campaign_app.setup.install.before_uninstall"
after_app_install = "campaign_app.integrations.erpnext.after_app_install"
before_app_uninstall = "campaign_app.integrations.erpnext.before_app_uninstall"

# Every desk page (public/js/desk.js): on the app's forms people and files by name, an upload that waits for
# 保存, a refused form as a page; the workflow's 帮助 in the user's language (workflow_help.js); what a screen
# reader says and hover titles in it (screen_reader.js); print formats by their Chinese names (print_view.js);
# charts with Chinese names on the x-axis spaced by their width (charts.js)
app_include_js = [
	"/assets/campaign_app/js/desk.js",
	"/assets/campaign_app/js/workflow_help.js",
	"/assets/campaign_app/js/screen_reader.js",
	"/assets/campaign_app/js/print_view.js",
	"/assets/campaign_app/js/charts.js",
]
# the desk at phone size: two filter boxes, an item's light and deadline on its row
app_include_css = ["/assets/campaign_app/css/desk.css"]

# Child-table labels in the form timeline in Chinese (labels_in_context.js), on the doctypes that track changes
doctype_js = {
	"Employee": "public/js/employee.js",
	"Rectification Item": ["public/js/workflow_reason.js", "public/js/labels_in_context.js"],
	"Campaign Appraisal": ["public/js/workflow_reason.js", "public/js/labels_in_context.js"],
	"Campaign Appraisal Round": "public/js/labels_in_context.js",
	"Campaign Appraisal Template": "public/js/labels_in_context.js",
	"Study Campaign": "public/js/labels_in_context.js",
	"Evaluation Survey": "public/js/select_in_context.js",
	"Study Output": "public/js/workflow_reason.js",
	"Public Feedback": ["public/js/workflow_reason.js", "public/js/feedback_issue.js"],
	"Rule Review": "public/js/workflow_reason.js",
}
# Select values of the item in the report view, in the item's own wording
doctype_list_js = {
	"Rectification Item": "public/js/select_in_context.js",
	"Public Feedback": "public/js/feedback_issue.js",
}

# Data scope by unit subtree: one criterion per doctype for lists and single documents
permission_query_conditions = {
	"Campaign Unit": "campaign_app.permissions.campaign_unit_condition",
	"Cadre": "campaign_app.permissions.cadre_condition",
	"Campaign Issue": "campaign_app.permissions.campaign_issue_condition",
	"Rectification Item": "campaign_app.permissions.rectification_item_condition",
	"Campaign Appraisal": "campaign_app.permissions.campaign_appraisal_condition",
	"Study Session": "campaign_app.permissions.study_session_condition",
	"Study Output": "campaign_app.permissions.study_output_condition",
	"Study Test Result": "campaign_app.permissions.study_test_result_condition",
	"Review Meeting": "campaign_app.permissions.review_meeting_condition",
	"Public Feedback": "campaign_app.permissions.public_feedback_condition",
	"Livelihood Project": "campaign_app.permissions.livelihood_project_condition",
	"Typical Case": "campaign_app.permissions.typical_case_condition",
	"Supervision Visit": "campaign_app.permissions.supervision_visit_condition",
	"Rule Review": "campaign_app.permissions.rule_review_condition",
	"Major Decision": "campaign_app.permissions.major_decision_condition",
	"Deviation Warning": "campaign_app.permissions.deviation_warning_condition",
	# files follow their document; child tables listed on their own keep to their parent's scope
	"File": "campaign_app.guard.files.file_condition",
	# a prepared report's result is its owner's (Frappe lets anyone who may open the report read it)
	"Prepared Report": "campaign_app.prepared_reports.condition",
	"Rectification Stage Goal": "campaign_app.permissions.child_condition",
	"Rectification Progress": "campaign_app.permissions.child_condition",
	"Rectification Deadline Change": "campaign_app.permissions.child_condition",
	"Campaign Issue Programme": "campaign_app.permissions.child_condition",
	"Campaign Appraisal Score": "campaign_app.permissions.child_condition",
	"Campaign Appraisal Indicator": "campaign_app.permissions.child_condition",
	"Campaign Appraisal Grade Band": "campaign_app.permissions.child_condition",
	"Campaign Appraisal Level": "campaign_app.permissions.child_condition",
	"Campaign Leading Group Member": "campaign_app.permissions.child_condition",
	"Evaluation Survey Question": "campaign_app.permissions.child_condition",
	"Evaluation Answer": "campaign_app.permissions.child_condition",
	"Study Attendance": "campaign_app.permissions.child_condition",
	"Review Meeting Participant": "campaign_app.permissions.child_condition",
	"Review Meeting Problem": "campaign_app.permissions.child_condition",
	"Livelihood Milestone": "campaign_app.permissions.child_condition",
	"Campaign Holiday": "campaign_app.permissions.child_condition",
	"Supervision Group Member": "campaign_app.permissions.child_condition",
	"Supervision Checklist Line": "campaign_app.permissions.child_condition",
	"Supervision Finding": "campaign_app.permissions.child_condition",
	"Supervision Sample": "campaign_app.permissions.child_condition",
	"Rule Review Issue": "campaign_app.permissions.child_condition",
	"Decision Step": "campaign_app.permissions.child_condition",
	"Decision Correction": "campaign_app.permissions.child_condition",
	"Dispatch Unit": "campaign_app.permissions.child_condition",
	"Livelihood Progress": "campaign_app.permissions.child_condition",
	"Study Session Type Level": "campaign_app.permissions.child_condition",
	"Cadre Level Output": "campaign_app.permissions.child_condition",
}
has_permission = {
	"Campaign Unit": "campaign_app.permissions.campaign_unit_has_permission",
	"Cadre": "campaign_app.permissions.cadre_has_permission",
	"Campaign Issue": "campaign_app.permissions.campaign_issue_has_permission",
	"Rectification Item": "campaign_app.permissions.rectification_item_has_permission",
	"Campaign Appraisal": "campaign_app.permissions.campaign_appraisal_has_permission",
	"Study Session": "campaign_app.permissions.study_session_has_permission",
	"Study Output": "campaign_app.permissions.study_output_has_permission",
	"Study Test Result": "campaign_app.permissions.study_test_result_has_permission",
	"Review Meeting": "campaign_app.permissions.review_meeting_has_permission",
	"Public Feedback": "campaign_app.permissions.public_feedback_has_permission",
	"Livelihood Project": "campaign_app.permissions.livelihood_project_has_permission",
	"Typical Case": "campaign_app.permissions.typical_case_has_permission",
	"Supervision Visit": "campaign_app.permissions.supervision_visit_has_permission",
	"Rule Review": "campaign_app.permissions.rule_review_has_permission",
	"Major Decision": "campaign_app.permissions.major_decision_has_permission",
	"Deviation Warning": "campaign_app.permissions.deviation_warning_has_permission",
	"File": "campaign_app.guard.files.file_has_permission",
	"Prepared Report": "campaign_app.prepared_reports.has_permission",
}

# Frappe's generic endpoints keep to the app's scope (ORG-4): a gate before every request, and the
# methods the desk calls that skip the scope by themselves, wrapped
auth_hooks = [
	"campaign_app.guard.requests.before_request",
	"campaign_app.guard.language.site_language_for_guests",
]
jinja = {"methods": ["campaign_app.printing.closeout_form", "campaign_app.printing.item_sheet"]}
doc_events = {
	"Module Profile": {"on_update": "campaign_app.desk_profile.on_profile_update"},
	# the form timeline shows people by name and an empty value as "—", not "null" (timeline.py)
	"Version": {"before_insert": "campaign_app.timeline.readable_version"},
}
override_whitelisted_methods = {
	"frappe.desk.query_report.run": "campaign_app.api.reports.run",
	"frappe.desk.query_report.export_query": "campaign_app.api.reports.export_query",
	"frappe.desk.reportview.export_query": "campaign_app.api.reports.export_list",
	"frappe.core.doctype.prepared_report.prepared_report.make_prepared_report": (
		"campaign_app.api.reports.make_prepared_report"
	),
	"frappe.client.get_count": "campaign_app.api.overrides.get_count",
	"frappe.desk.reportview.get_count": "campaign_app.api.overrides.get_list_count",
	"frappe.desk.notifications.get_open_count": "campaign_app.api.overrides.get_open_count",
	"frappe.desk.desktop.get_desktop_page": "campaign_app.api.overrides.get_desktop_page",
	"frappe.printing.page.print.print.get_print_settings_to_show": (
		"campaign_app.api.overrides.get_print_settings_to_show"
	),
	"frappe.desk.search.search_link": "campaign_app.api.overrides.search_link",
	"frappe.desk.search.search_widget": "campaign_app.api.overrides.search_widget",
	"frappe.desk.search.get_link_title": "campaign_app.api.overrides.get_link_title",
	"frappe.desk.listview.get_group_by_count": "campaign_app.api.overrides.get_group_by_count",
	"frappe.desk.form.utils.add_comment": "campaign_app.api.overrides.add_comment",
	"frappe.client.validate_link": "campaign_app.api.overrides.validate_link",
	"frappe.client.has_permission": "campaign_app.api.overrides.has_permission",
	"frappe.client.get_doc_permissions": "campaign_app.api.overrides.get_doc_permissions",
	"frappe.desk.doctype.bulk_update.bulk_update.submit_cancel_or_update_docs": (
		"campaign_app.api.overrides.submit_cancel_or_update_docs"
	),
}

# daily_long: the daily jobs (lights at 1M items, warnings, digests) run on the `long` queue
scheduler_events = {"daily_long": ["campaign_app.tasks.daily"]}

# The public evaluation form (APPR-3)
website_route_rules = [{"from_route": "/evaluation/<survey>", "to_route": "evaluation"}]
