"""The leading group office imports cadres and test scores with Frappe's Data Import (#14 onboarding).

Data Import is Frappe's doctype, open to System Managers only: the office (Campaign Manager) gets its own
rule on it, once, through Frappe's Role Permission Manager API, so that an administrator who later takes
it away keeps it away. What the office may import is still each doctype's own import permission, and each
imported row is saved with the office's own rights.
"""

import frappe
from frappe.permissions import add_permission, update_permission_property

MARKER = "campaign_app:data_import_access"
ROLE = "Campaign Manager"
RIGHTS = ("read", "write", "create", "delete")


def ensure_data_import_access():
	if frappe.db.get_default(MARKER):
		return
	add_permission("Data Import", ROLE, 0)
	for right in RIGHTS:
		update_permission_property("Data Import", ROLE, 0, right, 1, validate=False)
	frappe.db.set_default(MARKER, "1")


def remove_data_import_access():
	frappe.db.delete("Custom DocPerm", {"parent": "Data Import", "role": ROLE})
	frappe.db.set_default(MARKER, "")
	frappe.clear_cache(doctype="Data Import")
