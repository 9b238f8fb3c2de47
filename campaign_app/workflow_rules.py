"""Workflow rules that Frappe's desk applies and the server must apply as well (FW-2).

Shared by every doctype with a workflow. Every write path (workflow action, REST PUT/POST,
frappe.client.set_value, bulk actions, Data Import, server code run as a user) ends in
`Document.save`, so the controller's `validate` checks here hold for all of them. Each rule is judged
on the stored document (`get_doc_before_save`) and on who acts, never on values sent with the request.
"""

from contextlib import contextmanager

import frappe
from frappe import _
from frappe.model.workflow import get_workflow_name, get_workflow_safe_globals


def acting_user() -> str:
	return frappe.session.user


def is_system() -> bool:
	"""Server code run as Administrator (jobs, patches, the demo loader) is trusted."""
	return acting_user() == "Administrator"


STAGE_FIELD = "stage"


@contextmanager
def as_system():
	"""The server's own move, taken whoever asked for it (a sampled item reopened by a supervision
	visit): Frappe's workflow checks the acting user's roles, so the move is made as Administrator and
	the reason names what caused it."""
	user = frappe.session.user
	frappe.set_user("Administrator")
	try:
		yield
	finally:
		frappe.set_user(user)


def workflow_of(doctype: str):
	name = get_workflow_name(doctype)
	return frappe.get_cached_doc("Workflow", name) if name else None


def set_stage(doc):
	"""Every save, on every path: the state's own update_field (the stage: the state's stable meaning)
	takes the state's update_value, as Frappe's workflow action would set it. Rules key on the stage,
	so an administrator may rename a state or add one in the Workflow editor."""
	workflow = workflow_of(doc.doctype)
	if not workflow or not workflow.states:
		return
	if not doc.get(workflow.workflow_state_field) and doc.is_new():
		doc.set(workflow.workflow_state_field, workflow.states[0].state)
	state = doc.get(workflow.workflow_state_field)
	row = next((s for s in workflow.states if s.state == state), None)
	if row and row.update_field:
		doc.set(row.update_field, row.update_value)


def state_names(doctype: str) -> dict[str, str]:
	"""{stage: the name of the first workflow state that carries it}, for showing a stage as the desk does."""
	workflow = workflow_of(doctype)
	names = {}
	for s in workflow.states if workflow else []:
		if s.update_field == STAGE_FIELD and s.update_value not in names:
			names[s.update_value] = s.state
	return names


def check_state_editable(doc, message: str):
	"""The workflow's "only these roles may edit in this state", on every save that is not a transition.

	message: a translated text with {0} for the state.
	"""
	before = doc.get_doc_before_save()
	if not before or before.workflow_state != doc.workflow_state or is_system() or doc.flags.server_write:
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


def check_transition(doc, frozen: tuple[str, ...] = ()):
	"""A change of state must be a transition of the active workflow, for a role the user holds, whose
	condition holds on the stored document, and not an approval of one's own document where the
	transition forbids self-approval. `frozen`: fields that cannot change in the same write (who is
	responsible, what is appraised), so that nobody moves them to pass a rule of the transition.

	Returns the transition row, or None when the state does not change.
	"""
	before = doc.get_doc_before_save()
	workflow_name = get_workflow_name(doc.doctype)
	if not workflow_name:
		return None
	workflow = frappe.get_cached_doc("Workflow", workflow_name)
	old = before.get(workflow.workflow_state_field) if before else None
	new = doc.get(workflow.workflow_state_field)
	if not before:
		first = workflow.states[0].state if workflow.states else None
		if new and new != first and not is_system():
			refuse_transition(first, new)
		return None
	if old == new:
		return None
	if is_system():
		return workflow_transition(workflow, before, old, new, roles=None)
	transition = workflow_transition(workflow, before, old, new, roles=set(frappe.get_roles()))
	if not transition:
		refuse_transition(old, new)
	if not transition.allow_self_approval and before.owner == acting_user():
		frappe.throw(
			_("You cannot approve a document you created: another person must do it"),
			frappe.PermissionError,
			title=_("A Second Person Must Approve"),
		)
	changed = [f for f in frozen if not same_value(before.get(f), doc.get(f))]
	if changed:
		refuse_fields(
			doc, changed, _("A change of state cannot change {0} at the same time: save that change first")
		)
	return transition


def refuse_fields(doc, fields: list[str], message: str):
	"""Refuse a write that touched these fields: `message` has {0} for their labels."""
	labels = "、".join(_(doc.meta.get_label(f), context=doc.doctype) for f in fields)  # as the form labels it
	frappe.throw(message.format(labels), frappe.PermissionError, title=_("Not Allowed"))


def workflow_transition(workflow, before, old: str, new: str, roles: set | None):
	"""The first transition old → new that one of `roles` may take (any role when None) and whose
	condition holds on the stored document."""
	for t in workflow.transitions:
		if t.state != old or t.next_state != new or (roles is not None and t.allowed not in roles):
			continue
		if t.condition and not frappe.safe_eval(
			t.condition, get_workflow_safe_globals(), {"doc": before.as_dict()}
		):
			continue
		return t
	return None


def own_approvals(doc) -> list[str]:
	"""Actions from the document's state that the user's roles allow but that the desk does not offer
	because the user created the document and the transition forbids self-approval."""
	workflow = workflow_of(doc.doctype)
	if not workflow or doc.owner != acting_user() or is_system():
		return []
	roles = set(frappe.get_roles())
	state = doc.get(workflow.workflow_state_field)
	return [
		t.action
		for t in workflow.transitions
		if t.state == state and t.allowed in roles and not t.allow_self_approval
	]


def may_move_to(doc, stage: str) -> bool:
	"""Whether the user's roles allow a transition from the document's state to a state of `stage`."""
	workflow = workflow_of(doc.doctype)
	if not workflow:
		return False
	targets = {s.state for s in workflow.states if s.update_field == STAGE_FIELD and s.update_value == stage}
	roles = set(frappe.get_roles())
	state = doc.get(workflow.workflow_state_field)
	return any(
		t.state == state and t.next_state in targets and t.allowed in roles for t in workflow.transitions
	)


def refuse_transition(old: str | None, new: str):
	frappe.throw(
		_("You may not move this document from {0} to {1}").format(_(old or ""), _(new)),
		frappe.PermissionError,
		title=_("Not Allowed"),
	)


def same_value(a, b) -> bool:
	"""Equal as stored: None, "" and 0 alike for empty; dates and numbers by value."""
	return normal(a) == normal(b)


def normal(value):
	if value in (None, "", 0, 0.0, "0"):
		return None
	if isinstance(value, bool):
		return int(value)
	if isinstance(value, int | float):
		return float(value)
	return str(value)


def take_return_reason(doc):
	"""A return (or reopening) needs the reason typed into return_reason; it moves to last_return_reason."""
	reason = (doc.return_reason or "").strip()
	if not reason:
		frappe.throw(
			_("Returning or reopening needs a reason: fill in the reason first"), title=_("Missing Reason")
		)
	doc.last_return_reason = reason
	doc.return_reason = None
