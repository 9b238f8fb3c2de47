"""A workflow action applied as the person who would act: used by the demo and by the tests."""

import frappe
from frappe.model.workflow import apply_workflow


def run_as(user: str, doctype: str, name: str, action: str):
	"""Apply `action` to the document as `user`, then go back to whoever was acting before."""
	current = frappe.session.user
	frappe.set_user(user)
	try:
		return apply_workflow(frappe.get_doc(doctype, name), action)
	finally:
		frappe.set_user(current)
