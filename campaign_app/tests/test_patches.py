"""Patches: a site migrated from the shared name counter never reuses a name."""

import frappe
from frappe.tests.utils import FrappeTestCase

from campaign_app.domain import appraisal as rule
from campaign_app.patches.v1 import appraisal_review_not_by_appraisee, per_prefix_naming_series
from campaign_app.setup.appraisal_workflow import WORKFLOW


class TestPerPrefixNamingSeries(FrappeTestCase):
	def test_counters_start_above_the_names_in_use(self):
		frappe.get_doc(
			{
				"doctype": "Evaluation Survey",
				"title": "zpatch-问卷",
				"campaign": self.campaign(),
				"questions": [],
			}
		).insert(set_name="EVS-98765", ignore_mandatory=True)
		frappe.db.sql("update `tabSeries` set current = 3 where name = 'EVS-'")
		per_prefix_naming_series.execute()
		current = frappe.db.sql("select current from `tabSeries` where name = 'EVS-'")[0][0]
		self.assertEqual(current, 98765)
		after = frappe.get_doc(
			{
				"doctype": "Evaluation Survey",
				"title": "zpatch-新问卷",
				"campaign": self.campaign(),
				"questions": [{"question": "总体", "target_type": "General"}],
			}
		).insert()
		self.assertEqual(after.name, "EVS-98766")

	def campaign(self) -> str:
		title = "zpatch-学习教育"
		return frappe.db.get_value("Study Campaign", {"title": title}) or (
			frappe.get_doc(
				{
					"doctype": "Study Campaign",
					"title": title,
					"start_date": "2026-02-24",
					"end_date": "2026-07-31",
				}
			)
			.insert()
			.name
		)


class TestAppraisalReviewCondition(FrappeTestCase):
	def test_fills_an_empty_condition_and_keeps_an_administrators(self):
		workflow = frappe.get_doc("Workflow", WORKFLOW)
		saved = {t.name: t.condition for t in workflow.transitions}
		try:
			for t in workflow.transitions:
				if t.action == rule.REVIEW:
					t.condition = None
				elif t.action == rule.APPROVE:
					t.condition = "doc.total_score > 0"  # an administrator's own
			workflow.save()
			appraisal_review_not_by_appraisee.execute()
			workflow.reload()
			conditions = {
				(t.action, t.condition) for t in workflow.transitions if t.action in rule.CONDITIONS
			}
			self.assertEqual(
				conditions,
				{(rule.REVIEW, rule.NOT_THE_APPRAISEE), (rule.APPROVE, "doc.total_score > 0")},
			)
		finally:
			workflow.reload()
			for t in workflow.transitions:
				t.condition = saved.get(t.name)
			workflow.save()


class TestWorkflowStages(FrappeTestCase):
	def test_a_site_seeded_before_stages_gets_them(self):
		from campaign_app.domain import rectification
		from campaign_app.patches.v1 import workflow_stages
		from campaign_app.setup.workflow import WORKFLOW as ITEM_WORKFLOW

		frappe.db.sql(
			"update `tabWorkflow Document State` set update_field = null, update_value = null where parent = %s",
			ITEM_WORKFLOW,
		)
		frappe.db.sql("update `tabRectification Item` set stage = 'Draft'")
		frappe.db.set_value(
			"Notification", "Rectification Overdue", "condition", "doc.workflow_state != '已销号'"
		)
		workflow_stages.execute()
		rows = frappe.get_all(
			"Workflow Document State", filters={"parent": ITEM_WORKFLOW}, fields=["state", "update_value"]
		)
		names = {stage: name for stage, name in rectification.STATE_NAMES.items()}
		self.assertEqual({r.state: r.update_value for r in rows}, {n: s for s, n in names.items()})
		wrong = frappe.db.sql(
			"""select count(*) from `tabRectification Item` ri join `tabWorkflow Document State` s
			on s.parent = %s and s.state = ri.workflow_state where s.update_value != ri.stage""",
			ITEM_WORKFLOW,
		)[0][0]
		self.assertEqual(wrong, 0)
		self.assertEqual(
			frappe.db.get_value("Notification", "Rectification Overdue", "condition"), "doc.stage != 'Closed'"
		)
