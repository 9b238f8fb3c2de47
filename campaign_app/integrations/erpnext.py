"""ERPNext integration (FW-7): links to Employee, Department and Company when ERPNext is installed.

The fields live as Custom Fields on the app's own doctypes, so the app runs on plain Frappe; they are
added when either app is installed after the other and removed when either is uninstalled.
"""

import frappe
from frappe import _
from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

CUSTOM_FIELDS = {
	"Cadre": [
		{
			"fieldname": "employee",
			"label": "Employee",
			"fieldtype": "Link",
			"options": "Employee",
			"insert_after": "user",
			"search_index": 1,
			"no_copy": 1,
		},
	],
	"Campaign Unit": [
		{
			"fieldname": "department",
			"label": "Department",
			"fieldtype": "Link",
			"options": "Department",
			"insert_after": "head",
		},
		{
			"fieldname": "company",
			"label": "Company",
			"fieldtype": "Link",
			"options": "Company",
			"insert_after": "department",
		},
	],
	# ERPNext's Holiday List: its dates are days off for the public feedback's reply deadline too
	"Rectification Settings": [
		{
			"fieldname": "holiday_list",
			"label": "Holiday List",
			"fieldtype": "Link",
			"options": "Holiday List",
			"insert_after": "section_holidays",
		},
	],
}


def is_installed() -> bool:
	return "erpnext" in frappe.get_installed_apps()


def add_custom_fields():
	create_custom_fields(CUSTOM_FIELDS, ignore_validate=True)


def remove_custom_fields():
	for doctype, fields in CUSTOM_FIELDS.items():
		for field in fields:
			name = frappe.db.get_value("Custom Field", {"dt": doctype, "fieldname": field["fieldname"]})
			if name:
				frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		frappe.clear_cache(doctype=doctype)


def after_app_install(app_name: str):
	if app_name == "erpnext":
		add_custom_fields()


def before_app_uninstall(app_name: str):
	if app_name == "erpnext":
		remove_custom_fields()
