"""Idempotent set-up run on install and on every migrate: roles and the ERPNext fields."""

import frappe

from campaign_app.integrations import erpnext

ROLES = ("Campaign Manager", "Campaign Leader", "Unit Head", "Campaign Staff", "Campaign Supervisor")
APP_DOCTYPES = ("Campaign Unit", "Cadre", "Study Campaign", "Campaign Leading Group Member")


def after_install():
	ensure_roles()
	if erpnext.is_installed():
		erpnext.add_custom_fields()


def after_migrate():
	after_install()


def before_uninstall():
	erpnext.remove_custom_fields()
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
