"""Workflow rules that Frappe's desk applies and the server must apply as well (FW-2).

Shared by the rectification item and the appraisal: who may edit in a state, and a reason to return.
"""

import frappe
from frappe import _
from frappe.model.workflow import get_workflow_name


def check_state_editable(doc, message: str):
	"""The workflow's "only these roles may edit in this state", on every save that is not a transition.

	message: a translated text with {0} for the state.
	"""
	before = doc.get_doc_before_save()
	if not before or before.workflow_state != doc.workflow_state or frappe.session.user == "Administrator":
		return
	workflow = get_workflow_name(doc.doctype)
	if not workflow:
		return
	editors = {
		s.allow_edit
		for s in frappe.get_cached_doc("Workflow", workflow).states
		if s.state == doc.workflow_state
	}
	if editors and not editors & set(frappe.get_roles()):
		frappe.throw(message.format(_(doc.workflow_state)), frappe.PermissionError)


def take_return_reason(doc):
	"""A return (or reopening) needs the reason typed into return_reason; it moves to last_return_reason."""
	reason = (doc.return_reason or "").strip()
	if not reason:
		frappe.throw(
			_("Returning or reopening needs a reason: fill in the reason first"), title=_("Missing Reason")
		)
	doc.last_return_reason = reason
	doc.return_reason = None
