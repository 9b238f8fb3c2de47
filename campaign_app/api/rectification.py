"""Whitelisted actions on rectification items that are not workflow transitions."""

import frappe
from frappe import _
from frappe.utils import getdate

from campaign_app.campaign_app.doctype.rectification_item.rectification_item import may_decide_deadline


@frappe.whitelist(methods=["POST"])
def decide_deadline_change(item: str, approve: bool | int | str, reason: str | None = None):
	"""The leader in charge or the office approves or rejects a pending deadline change; never the
	one who asked for it. The history keeps who asked, who approved, when and why."""
	doc = frappe.get_doc("Rectification Item", item)
	doc.check_permission("read")
	if not doc.requested_deadline:
		frappe.throw(_("This item has no deadline change waiting for approval"))
	if not may_decide_deadline(doc) or frappe.session.user == doc.deadline_requested_by:
		frappe.throw(
			_("Only the leader in charge or the office, not the one who asked, can decide a deadline change"),
			frappe.PermissionError,
			title=_("A Second Person Must Approve"),
		)
	approve = frappe.utils.sbool(approve)
	if approve:
		doc.add_deadline_change(
			doc.deadline,
			doc.requested_deadline,
			doc.deadline_request_reason,
			doc.deadline_requested_by,
			frappe.session.user,
		)
		doc.deadline = getdate(doc.requested_deadline)
	else:
		if not (reason or "").strip():
			frappe.throw(_("Rejecting a deadline change needs a reason"), title=_("Missing Reason"))
		doc.add_comment(
			"Comment", _("Deadline change to {0} rejected: {1}").format(doc.requested_deadline, reason)
		)
	doc.requested_deadline = doc.deadline_requested_by = doc.deadline_request_reason = None
	doc.flags.server_write = doc.flags.deadline_decision = True
	doc.save(ignore_permissions=True)
	return {"deadline": str(doc.deadline)}
