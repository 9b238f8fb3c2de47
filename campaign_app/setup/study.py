"""Study (STUDY-1..3, ORG-5), seeded once: the seed's session types with their rules, the study output
workflow, and what each cadre level is asked (分类指导: what is stressed, self-check focus, outputs owed). Administrators edit both in the desk afterwards; nothing here touches an existing record."""

import frappe

from campaign_app.domain import study as rule
from campaign_app.setup.workflow import seed_workflow

WORKFLOW = "Study Output Workflow"
STYLES = {rule.DRAFT: "", rule.SUBMITTED: "Warning", rule.REVIEWED: "Success"}
EDITORS = {
	rule.DRAFT: rule.AUTHOR_ROLES,
	rule.SUBMITTED: rule.REVIEWER_ROLES,
	rule.REVIEWED: ("Campaign Manager",),
}


def ensure_study_setup():
	for name, minimum, frequency, unit_type, each_leader, levels in rule.SEED_TYPES:
		if frappe.db.exists("Study Session Type", name):
			continue
		frappe.get_doc(
			{
				"doctype": "Study Session Type",
				"type_name": name,
				"minimum_days": minimum,
				"frequency": frequency,
				"frequency_unit_type": unit_type,
				"each_leader_gives_one": each_leader,
				"attendee_levels": [{"level": level} for level in levels],
			}
		).insert(ignore_permissions=True)
	seed_workflow(WORKFLOW, "Study Output", STYLES, EDITORS, list(rule.TRANSITIONS), rule.STATE_NAMES)
	for level, focus, self_check, outputs in rule.SEED_LEVEL_REQUIREMENTS:
		if frappe.db.exists("Cadre Level Requirement", level):
			continue
		frappe.get_doc(
			{
				"doctype": "Cadre Level Requirement",
				"level": level,
				"focus": focus,
				"self_check_focus": self_check,
				"outputs": [{"output_type": t, "count": n} for t, n in outputs],
			}
		).insert(ignore_permissions=True)
