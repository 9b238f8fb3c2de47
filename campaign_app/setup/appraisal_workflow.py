"""The appraisal workflow and the default appraisal template (APPR-1, APPR-2), seeded once.

Administrators may edit both in the desk afterwards: nothing here touches an existing record.
"""

import frappe

from campaign_app.domain import appraisal as rule

WORKFLOW = "Campaign Appraisal Workflow"
STYLES = {rule.DRAFT: "", rule.SELF_ASSESSED: "Warning", rule.REVIEWED: "Primary", rule.APPROVED: "Success"}
EDITORS = {
	rule.DRAFT: rule.APPRAISEE_ROLES,
	rule.SELF_ASSESSED: rule.REVIEWER_ROLES,
	rule.REVIEWED: rule.APPROVER_ROLES,
	rule.APPROVED: ("Campaign Manager",),
}


def ensure_appraisal_setup():
	ensure_appraisal_workflow()
	ensure_default_template()


def ensure_appraisal_workflow():
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
	frappe.get_doc(
		{
			"doctype": "Workflow",
			"workflow_name": WORKFLOW,
			"document_type": "Campaign Appraisal",
			"workflow_state_field": "workflow_state",
			"is_active": 1,
			"send_email_alert": 0,
			"states": [
				{"state": state, "doc_status": "0", "allow_edit": role}
				for state in rule.STATES
				for role in EDITORS[state]
			],
			# who the user must (not) be is enforced by CampaignAppraisal.apply_transition_rules
			"transitions": [
				{"state": old, "action": action, "next_state": new, "allowed": role, "allow_self_approval": 1}
				for old, action, new, roles in rule.TRANSITIONS
				for role in roles
			],
		}
	).insert(ignore_permissions=True)


def ensure_default_template():
	if frappe.db.exists("Campaign Appraisal Template", rule.DEFAULT_TEMPLATE):
		return
	frappe.get_doc(
		{
			"doctype": "Campaign Appraisal Template",
			"template_name": rule.DEFAULT_TEMPLATE,
			"target_type": rule.UNIT,
			"is_active": 1,
			"indicators": [
				{"indicator_name": name, "weight": weight, "data_source": source, "scoring_guide": guide}
				for name, weight, source, guide in rule.DEFAULT_INDICATORS
			],
			"grade_bands": [{"grade": grade, "min_score": low} for grade, low in rule.DEFAULT_BANDS],
		}
	).insert(ignore_permissions=True)
