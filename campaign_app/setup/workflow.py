"""The rectification workflow (FW-2), seeded once: administrators may edit it in the desk afterwards."""

import frappe

from campaign_app.domain import rectification as rule
from campaign_app.workflow_rules import STAGE_FIELD

WORKFLOW = "Rectification Item Workflow"
STYLES = {
	rule.DRAFT: "",
	rule.REVIEW: "Warning",
	rule.RECTIFYING: "Primary",
	rule.CLOSE_REQUESTED: "Info",
	rule.CLOSED: "Success",
}
# Who may edit an item in each stage (the server enforces it too: RectificationItem.validate_state_editable)
EDITORS = {
	rule.DRAFT: ("Campaign Staff", "Unit Head", "Campaign Manager"),
	rule.REVIEW: ("Unit Head", "Campaign Leader", "Campaign Manager"),
	rule.RECTIFYING: ("Campaign Staff", "Unit Head", "Campaign Manager"),
	rule.CLOSE_REQUESTED: ("Campaign Leader", "Campaign Manager"),
	rule.CLOSED: ("Campaign Manager",),
}


def ensure_workflow():
	seed_workflow(WORKFLOW, "Rectification Item", STYLES, EDITORS, list(rule.TRANSITIONS), rule.STATE_NAMES)


def seed_workflow(
	name: str,
	doctype: str,
	styles: dict,
	editors: dict,
	transitions: list,
	names: dict,
	conditions: dict | None = None,
):
	"""Create a workflow with its states and actions once; an existing one is the administrators'.

	styles, editors and transitions are keyed by stage; each state is named from `names` and carries
	its stage in its update field (`stage`), which every save sets (workflow_rules.set_stage).
	transitions: (stage, action, next stage, roles allowed, self-approval allowed) tuples.
	conditions: {action: condition} for the desk to offer an action only when the condition holds.
	"""
	for stage, style in styles.items():
		if not frappe.db.exists("Workflow State", names[stage]):
			frappe.get_doc(
				{"doctype": "Workflow State", "workflow_state_name": names[stage], "style": style}
			).insert(ignore_permissions=True)
	for action in {t[1] for t in transitions}:
		if not frappe.db.exists("Workflow Action Master", action):
			frappe.get_doc({"doctype": "Workflow Action Master", "workflow_action_name": action}).insert(
				ignore_permissions=True
			)
	if frappe.db.exists("Workflow", name):
		return
	frappe.get_doc(
		{
			"doctype": "Workflow",
			"workflow_name": name,
			"document_type": doctype,
			"workflow_state_field": "workflow_state",
			"is_active": 1,
			"send_email_alert": 0,
			"states": [
				{
					"state": names[stage],
					"doc_status": "0",
					"allow_edit": role,
					"update_field": STAGE_FIELD,
					"update_value": stage,
				}
				for stage in styles
				for role in editors[stage]
			],
			"transitions": [
				{
					"state": names[old],
					"action": action,
					"next_state": names[new],
					"allowed": role,
					"allow_self_approval": ok,
					"condition": (conditions or {}).get(action),
				}
				for old, action, new, roles, ok in transitions
				for role in roles
			],
		}
	).insert(ignore_permissions=True)
