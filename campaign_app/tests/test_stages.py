"""FW-2, FW-6: rules key on stages, not on the names of workflow states. An administrator renames states
(the Workflow State record, which renames them in the workflow and on every document); the lights,
reports, number cards, notifications and appraisal indicators give the same figures as before."""

import frappe
from frappe.desk.doctype.number_card.number_card import get_result
from frappe.model.workflow import apply_workflow
from frappe.utils import add_days, today

from campaign_app import tasks
from campaign_app.campaign_app.report.overdue_rectification_items import overdue_rectification_items
from campaign_app.campaign_app.report.rectification_progress_by_unit import (
	rectification_progress_by_unit as progress_report,
)
from campaign_app.domain import appraisal as appraisal_rule
from campaign_app.domain import rectification as rule
from campaign_app.setup.install import after_migrate
from campaign_app.tests.rectification_utils import attach_evidence, item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, make_bureau, set_stage

P = "zstage-"
ITEM = "Rectification Item"
CARDS = ("Open Rectification Items", "Red Rectification Items", "Items Closed This Month")
RENAMES = {"已销号": "销号完成", "整改中": "正在整改", "自评": "已自评"}


class TestStatesRenamed(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = cls.b = make_bureau(P)
		issue = make_issue(b).name
		cls.items = {}
		for key, stage, due, closed_on in (
			("open_late", rule.RECTIFYING, -5, None),
			("open_soon", rule.RECTIFYING, 2, None),
			("closed_on_time", rule.CLOSED, -3, -4),
			("closed_late", rule.CLOSED, -10, -1),
			("asked", rule.CLOSE_REQUESTED, 20, None),
		):
			name = item_doc(b, issue, deadline=add_days(today(), due), start_date=add_days(today(), -60))
			name = name.insert().name
			closed = add_days(today(), closed_on) if closed_on is not None else None
			set_stage(ITEM, name, stage, closed_on=closed)
			cls.items[key] = name
		template = frappe.db.get_value(
			"Campaign Appraisal Template", {"template_name": appraisal_rule.DEFAULT_TEMPLATE}
		)
		cls.appraisal = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"campaign": b.campaign,
				"template": template,
				"period": P,
				"target_type": appraisal_rule.UNIT,
				"target_unit": b.station,
			}
		).insert()
		set_stage("Campaign Appraisal", cls.appraisal.name, appraisal_rule.SELF_ASSESSED)

	@classmethod
	def tearDownClass(cls):
		# the set-up's index DDL committed the renames: name the states back for good
		rename({new: old for old, new in RENAMES.items()})
		frappe.db.commit()  # nosemgrep
		super().tearDownClass()

	def figures(self) -> dict:
		"""What users read: lights, report rows, cards, notification conditions, appraisal indicators."""
		b = self.b
		tasks.update_lights()
		filters = frappe._dict(campaign=b.campaign)
		progress = {r["unit"]: r for r in progress_report.execute(filters)[1] if r.get("unit")}
		cards = {
			card: get_result(
				frappe.get_doc("Number Card", card), [[ITEM, "campaign", "=", b.campaign, False]]
			)
			for card in CARDS
		}
		due_soon = frappe.get_doc("Notification", "Rectification Due Soon").condition
		appraisal = frappe.get_doc("Campaign Appraisal", self.appraisal.name)
		appraisal.save()  # computes its indicators from the items
		return {
			"lights": {k: frappe.db.get_value(ITEM, n, "light") for k, n in self.items.items()},
			"progress": {
				k: progress[b.station][k]
				for k in ("items", "closed", "on_time", "overdue", "relapses", "on_time_rate")
			},
			"overdue": sorted(r["item"] for r in overdue_rectification_items.execute(filters)[1]),
			"cards": cards,
			"due_soon": {
				k: bool(frappe.safe_eval(due_soon, None, {"doc": frappe.get_doc(ITEM, n)}))
				for k, n in self.items.items()
			},
			"issue": frappe.db.get_value(
				"Campaign Issue", frappe.db.get_value(ITEM, self.items["asked"], "issue"), "status"
			),
			"indicators": [(r.indicator, r.computed_score) for r in appraisal.scores],
			"appraisal_in_review": [r.final_score for r in appraisal.scores],
		}

	def test_figures_hold_when_states_are_renamed(self):
		before = self.figures()
		rename(RENAMES)
		after_migrate()  # as `bench migrate` would run the app's set-up again
		item = frappe.get_doc(ITEM, self.items["open_late"])
		self.assertEqual(item.workflow_state, "正在整改")  # the documents carry the new names
		self.assertEqual(self.figures(), before)
		# and the workflow still works under the new names: verifying lands in 销号完成 with stage Closed
		asked = self.items["asked"]
		frappe.db.set_value(
			ITEM, asked, {"closeout_summary": "完成", "closeout_evidence": attach_evidence(asked)}
		)
		frappe.set_user(self.b.leader.user)
		try:
			apply_workflow(frappe.get_doc(ITEM, asked), rule.VERIFY)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(
			frappe.db.get_value(ITEM, asked, ["workflow_state", "stage"]), ("销号完成", rule.CLOSED)
		)


def rename(names: dict):
	"""Rename Workflow State records as an administrator does in the desk (merging into a record of that
	name when one exists): the workflow's rows and every document's state follow."""
	for old, new in names.items():
		if frappe.db.exists("Workflow State", old):
			merge = bool(frappe.db.exists("Workflow State", new))
			frappe.rename_doc("Workflow State", old, new, force=True, merge=merge)
	frappe.clear_cache()
