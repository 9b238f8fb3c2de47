"""Frappe's generated type blocks on every controller of the app, as the desk writes them on save in
developer mode: `bench --site S execute campaign_app.tools.types.export`."""

import frappe


def export():
	from frappe.types.exporter import TypeExporter

	for name in frappe.get_all("DocType", filters={"module": "Campaign App", "custom": 0}, pluck="name"):
		TypeExporter(frappe.get_doc("DocType", name)).export_types()
		print(name)
