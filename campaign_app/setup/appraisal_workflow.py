"""The appraisal workflow and the default appraisal template (APPR-1, APPR-2), seeded once.

Administrators may edit both in the desk afterwards: nothing here touches an existing record.
"""

import frappe

from campaign_app.domain import appraisal as rule
from campaign_app.setup.workflow import seed_workflow

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
	# who the user must (not) be is enforced by CampaignAppraisal.apply_transition_rules
	transitions = [(old, action, new, roles, 1) for old, action, new, roles in rule.TRANSITIONS]
	seed_workflow(WORKFLOW, "Campaign Appraisal", STYLES, EDITORS, transitions, rule.CONDITIONS)


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
