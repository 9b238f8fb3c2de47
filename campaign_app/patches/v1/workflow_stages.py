"""Sites seeded before stages: each state of the two workflows carries its stage in its update field,
every document gets its stage, and the seeded notifications key on the stage. A state an administrator
already gave an update field, or a notification condition they changed, stays as it is."""

import frappe

from campaign_app.domain import appraisal, rectification
from campaign_app.setup.appraisal_workflow import WORKFLOW as APPRAISAL_WORKFLOW
from campaign_app.setup.records import APPRAISAL_NOTIFICATIONS, NOTIFICATIONS
from campaign_app.setup.workflow import WORKFLOW as ITEM_WORKFLOW
from campaign_app.workflow_rules import STAGE_FIELD

OLD_CONDITIONS = {
	"doc.workflow_state != '已销号'": "doc.stage != 'Closed'",
	"doc.workflow_state == '自评'": "doc.stage == 'Self-assessed'",
}


def execute():
	for workflow, doctype, names in (
		(ITEM_WORKFLOW, "Rectification Item", rectification.STATE_NAMES),
		(APPRAISAL_WORKFLOW, "Campaign Appraisal", appraisal.STATE_NAMES),
	):
		if frappe.db.exists("Workflow", workflow):
			stage_states(workflow, {name: stage for stage, name in names.items()})
			fill_stages(workflow, doctype)
	for name in (*NOTIFICATIONS, *APPRAISAL_NOTIFICATIONS):
		condition = frappe.db.get_value("Notification", name, "condition")
		if condition in OLD_CONDITIONS:
			frappe.db.set_value("Notification", name, "condition", OLD_CONDITIONS[condition])
	frappe.clear_cache()


def stage_states(workflow: str, stage_of: dict):
	for row in frappe.get_all(
		"Workflow Document State", filters={"parent": workflow}, fields=["name", "state", "update_field"]
	):
		if not row.update_field and row.state in stage_of:
			frappe.db.set_value(
				"Workflow Document State",
				row.name,
				{"update_field": STAGE_FIELD, "update_value": stage_of[row.state]},
			)


def fill_stages(workflow: str, doctype: str):
	rows = frappe.get_all(
		"Workflow Document State",
		filters={"parent": workflow, "update_field": STAGE_FIELD},
		fields=["state", "update_value"],
	)
	for state, stage in {r.state: r.update_value for r in rows}.items():
		frappe.db.sql(f"update `tab{doctype}` set stage = %s where workflow_state = %s", (stage, state))
