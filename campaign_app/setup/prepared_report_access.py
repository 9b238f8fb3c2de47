"""The campaign's roles read their own prepared results (#13).

Prepared Report is Frappe's doctype, readable by System Managers and Prepared Report Users only, so the
report page could show a user's prepared result (loaded on the server) but not let them download it. Each
campaign role gets a read rule on it, once, through Frappe's Role Permission Manager API (an administrator
who later takes it away keeps it away). Whose results a user may read is the app's owner rule
(`campaign_app.prepared_reports`): their own.
"""

import frappe
from frappe.permissions import add_permission

MARKER = "campaign_app:prepared_report_access"
ROLES = ("Campaign Manager", "Campaign Leader", "Unit Head", "Campaign Staff", "Campaign Supervisor")


def ensure_prepared_report_access():
	if frappe.db.get_default(MARKER):
		return
	for role in ROLES:
		if frappe.db.exists("Role", role):
			add_permission("Prepared Report", role, 0)  # read, as Frappe's Role Permission Manager adds it
	frappe.db.set_default(MARKER, "1")


def remove_prepared_report_access():
	frappe.db.delete("Custom DocPerm", {"parent": "Prepared Report", "role": ("in", ROLES)})
	frappe.db.set_default(MARKER, "")
	frappe.clear_cache(doctype="Prepared Report")
