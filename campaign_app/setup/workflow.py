"""The rectification workflow (FW-2), seeded once: administrators may edit it in the desk afterwards."""

import frappe

from campaign_app.domain import rectification as rule

WORKFLOW = "Rectification Item Workflow"
STYLES = {
	rule.DRAFT: "",
	rule.REVIEW: "Warning",
	rule.RECTIFYING: "Primary",
	rule.CLOSE_REQUESTED: "Info",
	rule.CLOSED: "Success",
}
# Who may edit an item in each state (the server enforces it too: RectificationItem.validate_state_editable)
EDITORS = {
	rule.DRAFT: ("Campaign Staff", "Unit Head", "Campaign Manager"),
	rule.REVIEW: ("Unit Head", "Campaign Leader", "Campaign Manager"),
	rule.RECTIFYING: ("Campaign Staff", "Unit Head", "Campaign Manager"),
	rule.CLOSE_REQUESTED: ("Campaign Leader", "Campaign Manager"),
	rule.CLOSED: ("Campaign Manager",),
}


def ensure_workflow():
	for state in rule.STATES:
		if not frappe.db.exists("Workflow State", state):
			frappe.get_doc(
				{"doctype": "Workflow State", "workflow_state_name": state, "style": STYLES[state]}
			).insert(ignore_permissions=True)
	for action in {t[1] for t in rule.TRANSITIONS}:
		if not frappe.db.exists("Workflow Action Master", action):
			frappe.get_doc({"doctype": "Workflow Action Master", "workflow_action_name": action}).insert(
				ignore_permissions=True
			)
	if frappe.db.exists("Workflow", WORKFLOW):
		return
	workflow = frappe.get_doc(
		{
			"doctype": "Workflow",
			"workflow_name": WORKFLOW,
			"document_type": "Rectification Item",
			"workflow_state_field": "workflow_state",
			"is_active": 1,
			"send_email_alert": 0,
			"states": [
				{"state": state, "doc_status": "0", "allow_edit": role}
				for state in rule.STATES
				for role in EDITORS[state]
			],
			"transitions": [
				{
					"state": old,
					"action": action,
					"next_state": new,
					"allowed": role,
					"allow_self_approval": self_ok,
				}
				for old, action, new, roles, self_ok in rule.TRANSITIONS
				for role in roles
			],
		}
	)
	workflow.insert(ignore_permissions=True)
