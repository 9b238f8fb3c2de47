"""Checks the test command runs on a whole site between bench commands (migrate, uninstall).

Run as `bench --site S execute campaign_app.tools.site_checks.<name>`; each prints one JSON line.
"""

import json

import frappe

from campaign_app.setup.install import APP_DOCTYPES, ROLES

TWEAK_LABEL = "岗位（管理员改）"


def _print(value):
	print(json.dumps(value, default=str, sort_keys=True, ensure_ascii=False))


def fingerprint():
	"""What a migrate could change: the app's doctypes, schema, roles, workspace and customisations."""
	_print(
		{
			"doctypes": frappe.get_all(
				"DocType", {"module": "Campaign App"}, ["name", "modified"], order_by="name"
			),
			"workspaces": frappe.get_all("Workspace", {"module": "Campaign App"}, ["name", "modified"]),
			"roles": frappe.get_all("Role", {"name": ("in", ROLES)}, ["name", "modified", "desk_access"]),
			"custom_fields": frappe.get_all(
				"Custom Field", {"dt": ("in", APP_DOCTYPES)}, ["name", "modified"], order_by="name"
			),
			"property_setters": frappe.get_all(
				"Property Setter", {"doc_type": ("in", APP_DOCTYPES)}, ["name", "value"], order_by="name"
			),
			"tables": {
				dt: frappe.db.sql(f"show create table `tab{dt}`")[0][1]
				for dt in APP_DOCTYPES
				if not frappe.get_meta(dt).issingle
			},
		}
	)


def tweak():
	"""What an administrator does in the desk: Customize Form on Cadre, an edited workspace and role."""
	from frappe.custom.doctype.property_setter.property_setter import make_property_setter

	make_property_setter("Cadre", "post", "label", TWEAK_LABEL, "Data")
	ws = frappe.get_doc("Workspace", "Study Education")
	ws.shortcuts[0].color = "Red"
	ws.save(ignore_permissions=True)
	frappe.db.set_value("Role", "Campaign Supervisor", "two_factor_auth", 1)
	frappe.db.set_value("Notification", "Rectification Assigned", "subject", TWEAK_LABEL)
	workflow = frappe.get_doc("Workflow", "Rectification Item Workflow")
	workflow.transitions = [
		t for t in workflow.transitions if t.allowed != "Campaign Leader" or t.action != "批准"
	]
	workflow.save(ignore_permissions=True)
	frappe.db.commit()  # nosemgrep: bench execute does not commit
	_print({"tweaked": True})


def tweaks_present():
	_print(
		{
			"label": frappe.get_meta("Cadre").get_label("post") == TWEAK_LABEL,
			"workspace": frappe.get_doc("Workspace", "Study Education").shortcuts[0].color == "Red",
			"role": frappe.db.get_value("Role", "Campaign Supervisor", "two_factor_auth") == 1,
			"notification": frappe.db.get_value("Notification", "Rectification Assigned", "subject")
			== TWEAK_LABEL,
			"workflow": not frappe.db.exists(
				"Workflow Transition",
				{"parent": "Rectification Item Workflow", "allowed": "Campaign Leader", "action": "批准"},
			),
		}
	)


def app_doctypes_sql():
	"""The app's doctypes as a SQL list, for the checks after uninstall (the app is gone by then)."""
	print(", ".join(frappe.db.escape(dt) for dt in APP_DOCTYPES))


def security():
	"""The demo's security baseline (System Settings) and who among the cadres is a System Manager."""
	from campaign_app.setup.security import BASELINE

	settings = frappe.get_single("System Settings")
	_print(
		{
			"baseline": all(str(settings.get(k)) == str(v) for k, v in BASELINE.items()),
			"cadres_with_system_manager": frappe.db.sql(
				"""select count(*) from `tabCadre` c join `tabHas Role` r
				on r.parent = c.user and r.parenttype = 'User' and r.role = 'System Manager'"""
			)[0][0],
		}
	)
