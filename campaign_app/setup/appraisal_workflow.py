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
	seed_workflow(
		WORKFLOW, "Campaign Appraisal", STYLES, EDITORS, transitions, rule.STATE_NAMES, rule.CONDITIONS
	)


def ensure_default_template():
	ensure_template(rule.DEFAULT_TEMPLATE, rule.UNIT)


def ensure_template(
	name: str,
	target_type: str,
	indicators=rule.DEFAULT_INDICATORS,
	levels: tuple[str, ...] = (),
	bands=rule.DEFAULT_BANDS,
) -> str:
	"""An appraisal template, created once (the setup's, the demo's and the tests' alike).

	indicators: (name, weight, data source, scoring guide) tuples.
	"""
	if not frappe.db.exists("Campaign Appraisal Template", name):
		frappe.get_doc(
			{
				"doctype": "Campaign Appraisal Template",
				"template_name": name,
				"target_type": target_type,
				"is_active": 1,
				"levels": [{"level": level} for level in levels],
				"indicators": [
					{"indicator_name": n, "weight": weight, "data_source": source, "scoring_guide": guide}
					for n, weight, source, guide in indicators
				],
				"grade_bands": [{"grade": grade, "min_score": low} for grade, low in bands],
			}
		).insert(ignore_permissions=True)
	return name
