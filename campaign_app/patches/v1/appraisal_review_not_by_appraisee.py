"""Sites whose appraisal workflow was seeded before: offer 完成审核 and 审定通过 only to someone other than the
appraisee, as a new site's workflow does. Fills only a transition without a condition: an administrator's
own condition stays."""

import frappe

from campaign_app.domain import appraisal as rule
from campaign_app.setup.appraisal_workflow import WORKFLOW


def execute():
	if not frappe.db.exists("Workflow", WORKFLOW):
		return
	workflow = frappe.get_doc("Workflow", WORKFLOW)
	changed = False
	for transition in workflow.transitions:
		condition = rule.CONDITIONS.get(transition.action)
		if condition and not transition.condition:
			transition.condition = condition
			changed = True
	if changed:
		workflow.save(ignore_permissions=True)
