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
