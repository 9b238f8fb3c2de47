"""Idempotent set-up run on install and on every migrate: roles and the ERPNext fields."""

import frappe

from campaign_app import prepared_reports
from campaign_app.current_campaign import refresh_default
from campaign_app.desk_profile import ensure_desk_profile
from campaign_app.integrations import erpnext
from campaign_app.setup import china
from campaign_app.setup.appraisal_workflow import ensure_appraisal_setup
from campaign_app.setup.data_import import ensure_data_import_access, remove_data_import_access
from campaign_app.setup.feedback import ensure_feedback_setup
from campaign_app.setup.indexes import add_rectification_indexes
from campaign_app.setup.prepared_report_access import (
	ensure_prepared_report_access,
	remove_prepared_report_access,
)
from campaign_app.setup.records import MAKE_UP_NOTIFICATIONS, ensure_records
from campaign_app.setup.rules import WEBHOOK_MARKER, ensure_rules_setup
from campaign_app.setup.study import ensure_study_setup
from campaign_app.setup.views import ensure_views, remove_views
from campaign_app.setup.workflow import ensure_workflow

ROLES = ("Campaign Manager", "Campaign Leader", "Unit Head", "Campaign Staff", "Campaign Supervisor")
APP_DOCTYPES = (
	"Campaign Unit",
	"Cadre",
	"Study Campaign",
	"Campaign Leading Group Member",
	"Campaign Issue Area",
	"Campaign Theme",
	"Rectification Programme",
	"Campaign Issue Programme",
	"Campaign Issue",
	"Rectification Stage Goal",
	"Rectification Progress",
	"Rectification Deadline Change",
	"Rectification Item",
	"Rectification Settings",
	"Campaign Appraisal Level",
	"Campaign Appraisal Indicator",
	"Campaign Appraisal Grade Band",
	"Campaign Appraisal Template",
	"Campaign Appraisal Score",
	"Campaign Appraisal",
	"Campaign Appraisal Round",
	"Evaluation Survey Question",
	"Evaluation Survey",
	"Evaluation Answer",
	"Evaluation Response",
	"Study Session Type Level",
	"Study Session Type",
	"Study Attendance",
	"Study Session",
	"Study Output",
	"Cadre Level Output",
	"Cadre Level Requirement",
	"Study Test",
	"Study Test Result",
	"Review Meeting Participant",
	"Review Meeting Problem",
	"Review Meeting",
	"Public Feedback",
	"Livelihood Milestone",
	"Livelihood Progress",
	"Livelihood Project",
	"Typical Case",
	"Campaign Holiday",
	"Supervision Group Member",
	"Supervision Checklist Line",
	"Supervision Finding",
	"Supervision Sample",
	"Supervision Visit",
	"Rule Review Issue",
	"Rule Review",
	"Decision Step",
	"Decision Correction",
	"Major Decision",
	"Deviation Warning",
	"Dispatch Unit",
	"Dispatch Round",
)


def after_install():
	ensure_roles()
	ensure_workflow()
	ensure_records()
	ensure_appraisal_setup()
	ensure_study_setup()
	ensure_feedback_setup()
	ensure_rules_setup()
	ensure_views()
	ensure_desk_profile()
	ensure_data_import_access()
	ensure_prepared_report_access()
	china.on_install()
	if erpnext.is_installed():
		erpnext.add_custom_fields()


def after_migrate():
	frappe.cache.delete_value("campaign_app:doctypes")  # the request gate's list of the app's doctypes
	after_install()
	# on_doctype_update runs only when a doctype's JSON changed; a new index must reach every site
	add_rectification_indexes()
	refresh_default()
	prepared_reports.apply()  # a report's JSON may have come back without the setting's choice


def before_uninstall():
	erpnext.remove_custom_fields()
	remove_views()
	remove_data_import_access()
	remove_prepared_report_access()
	notifications = frappe.get_all(
		"Notification", filters={"document_type": ("in", APP_DOCTYPES)}, pluck="name"
	) + [n for n in MAKE_UP_NOTIFICATIONS if frappe.db.exists("Notification", n)]  # on Frappe's ToDo
	for name in notifications:
		frappe.delete_doc("Notification", name, ignore_permissions=True, force=True)
	for name in frappe.get_all("Webhook", filters={"webhook_doctype": ("in", APP_DOCTYPES)}, pluck="name"):
		frappe.delete_doc("Webhook", name, ignore_permissions=True, force=True)
	frappe.db.set_default(WEBHOOK_MARKER, "")
	for name in frappe.get_all("Workflow", filters={"document_type": ("in", APP_DOCTYPES)}, pluck="name"):
		frappe.delete_doc("Workflow", name, ignore_permissions=True, force=True)
	for doctype in APP_DOCTYPES:
		for name in frappe.get_all("Custom Field", filters={"dt": doctype}, pluck="name"):
			frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		frappe.db.delete("Property Setter", {"doc_type": doctype})


def ensure_roles():
	"""Create the campaign roles once; never touch an existing one (admins may have edited it)."""
	for role in ROLES:
		if not frappe.db.exists("Role", role):
			frappe.get_doc({"doctype": "Role", "role_name": role, "desk_access": 1}).insert(
				ignore_permissions=True
			)
