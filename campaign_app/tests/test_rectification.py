"""FIX-1..6, FW-2, FW-3: the rectification workflow by role, its refusals and its notifications."""

import frappe
from frappe.model.workflow import WorkflowTransitionError

from campaign_app.demo.actions import run_as
from campaign_app.domain import rectification as rule
from campaign_app.tests.rectification_utils import (
	attach_evidence,
	ensure_outbox,
	item_doc,
	make_issue,
	queued_mail,
)
from campaign_app.tests.utils import ChineseTestCase, as_user, make_bureau, set_stage

P = "zrect-"


def act(user, item, action):
	"""A workflow action exactly as the desk sends it, as that user."""
	return run_as(user, "Rectification Item", item, action)


class RectificationCase(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_outbox()
		cls.b = make_bureau(P)

	def new_item(self, user=None, **extra):
		b = self.b
		issue = make_issue(b).name
		doc = item_doc(b, issue, **extra)
		return as_user(user, doc.insert) if user else doc.insert()

	def state(self, item):
		return frappe.db.get_value("Rectification Item", item, "stage")

	def assertRefused(self, fn, *fragments, exc=frappe.ValidationError):
		with self.assertRaises(exc) as ctx:
			fn()
		for fragment in fragments:
			self.assertIn(fragment, str(ctx.exception))


class TestWorkflowPath(RectificationCase):
	def test_full_path_by_role(self):
		b = self.b
		head, worker, office, leader, leader2 = (
			b.head.user,
			b.worker.user,
			b.office.user,
			b.leader.user,
			b.leader2.user,
		)
		item = self.new_item(head).name
		self.assertEqual(self.state(item), rule.DRAFT)
		# the responsible cadre holds the assignment and got the assignment mail
		self.assertTrue(
			frappe.db.exists("ToDo", {"reference_name": item, "allocated_to": worker, "status": "Open"})
		)
		self.assertIn(("【整改任务】建立农村公路巡查台账，每周巡查一次", {worker}), queued_mail(item))

		act(head, item, rule.SUBMIT)
		self.assertEqual(self.state(item), rule.REVIEW)
		# the head created the plan: a second person approves it
		self.assertRefused(lambda: act(head, item, rule.APPROVE), exc=frappe.ValidationError)
		act(leader, item, rule.APPROVE)
		self.assertEqual(self.state(item), rule.RECTIFYING)
		issue = frappe.db.get_value("Rectification Item", item, "issue")
		self.assertEqual(frappe.db.get_value("Campaign Issue", issue, "status"), "In Rectification")

		# periodic progress report by the responsible cadre
		doc = frappe.get_doc("Rectification Item", item)
		doc.append(
			"progress_reports", {"report_date": "2026-04-01", "percent": 60, "work_done": "完成巡查台账"}
		)
		as_user(worker, doc.save)
		self.assertEqual(frappe.db.get_value("Rectification Item", item, "progress"), 60)

		# close-out without evidence is refused and changes nothing
		self.assertRefused(lambda: act(worker, item, rule.REQUEST_CLOSE), "佐证材料")
		self.assertEqual(self.state(item), rule.RECTIFYING)
		doc = frappe.get_doc("Rectification Item", item)
		doc.closeout_summary = "巡查台账已建立并运行"
		doc.closeout_evidence = attach_evidence(item)
		as_user(worker, doc.save)
		act(worker, item, rule.REQUEST_CLOSE)
		self.assertEqual(self.state(item), rule.CLOSE_REQUESTED)
		mails = queued_mail(item)
		self.assertTrue(any(s.startswith("【销号申请】") and office in r for s, r in mails), mails)

		# the responsible cadre cannot verify (wrong role), a return needs a reason
		self.assertRaises(WorkflowTransitionError, act, worker, item, rule.VERIFY)
		self.assertRefused(lambda: act(office, item, rule.RETURN), "须填写原因")
		self.assertEqual(self.state(item), rule.CLOSE_REQUESTED)
		frappe.db.set_value("Rectification Item", item, "return_reason", "佐证材料不完整")
		act(office, item, rule.RETURN)
		self.assertEqual(self.state(item), rule.RECTIFYING)
		self.assertIn((f"【退回】整改事项 {item} 被退回", {worker}), queued_mail(item))

		# the office asks for close-out itself, so it may not verify: another leader does
		act(office, item, rule.REQUEST_CLOSE)
		self.assertRefused(lambda: act(office, item, rule.VERIFY), "不能核验", exc=frappe.PermissionError)
		self.assertEqual(self.state(item), rule.CLOSE_REQUESTED)
		act(leader2, item, rule.VERIFY)
		done = frappe.get_doc("Rectification Item", item)
		self.assertEqual((done.stage, done.verified_by), (rule.CLOSED, leader2))
		self.assertEqual(frappe.db.get_value("Campaign Issue", issue, "status"), "Rectified")

		# closed: the responsible cadre can no longer change it
		done.measure = "改写"
		self.assertRefused(lambda: as_user(worker, done.save), "不能修改", exc=frappe.PermissionError)

		# look-back reopens it and counts a relapse
		frappe.db.set_value("Rectification Item", item, "return_reason", "回头看发现台账停更")
		act(office, item, rule.LOOK_BACK)
		reopened = frappe.get_doc("Rectification Item", item)
		self.assertEqual((reopened.stage, reopened.relapse_count), (rule.RECTIFYING, 1))
		self.assertTrue(any(s.startswith("【回头看】") for s, _r in queued_mail(item)))

	def test_responsible_cadre_never_verifies_own_item(self):
		b = self.b
		# the leader is responsible for this item and has the verifier role
		item = self.new_item(responsible_cadre=b.leader.name, leader_in_charge=b.leader2.name).name
		set_stage("Rectification Item", item, rule.RECTIFYING)
		doc = frappe.get_doc("Rectification Item", item)
		doc.closeout_summary, doc.closeout_evidence = "完成", attach_evidence(item)
		doc.save()
		act(b.office.user, item, rule.REQUEST_CLOSE)
		self.assertRefused(
			lambda: act(b.leader.user, item, rule.VERIFY), "不能核验", exc=frappe.PermissionError
		)
		self.assertEqual(self.state(item), rule.CLOSE_REQUESTED)


class TestBadInput(RectificationCase):
	def test_missing_measure_responsible_or_deadline(self):
		b = self.b
		issue = make_issue(b).name
		before = frappe.db.count("Rectification Item")
		for field in ("measure", "deadline"):
			self.assertRaises(frappe.MandatoryError, item_doc(b, issue, **{field: None}).insert)
		# a problem of a team names no cadre: the item then needs its own
		team = make_issue(b, level="Leadership Team", cadre=None).name
		self.assertRaises(frappe.MandatoryError, item_doc(b, team, responsible_cadre=None).insert)
		self.assertEqual(frappe.db.count("Rectification Item"), before)
		# an individual's problem gives the item its unit and cadre when they are left empty
		doc = item_doc(b, issue, unit=None, responsible_cadre=None).insert()
		self.assertEqual((doc.unit, doc.responsible_cadre), (b.station, b.worker.name))

	def test_deadline_before_the_problem_was_found(self):
		issue = make_issue(self.b, found_on="2026-03-01").name
		doc = item_doc(self.b, issue, start_date="2026-02-01", deadline="2026-02-20")
		self.assertRefused(doc.insert, "早于问题发现日期")

	def test_stage_goal_after_deadline(self):
		doc = item_doc(self.b, make_issue(self.b).name, kind="Long-term", deadline="2026-06-30")
		doc.append("stage_goals", {"goal": "完成排查", "due_date": "2026-07-15"})
		self.assertRefused(doc.insert, "晚于事项时限")

	def test_progress_above_100_or_backwards_without_reason(self):
		doc = item_doc(self.b, make_issue(self.b).name)
		doc.append("progress_reports", {"report_date": "2026-04-01", "percent": 120, "work_done": "x"})
		self.assertRefused(doc.insert, "0 到 100")
		doc = item_doc(self.b, make_issue(self.b).name)
		doc.append("progress_reports", {"report_date": "2026-04-01", "percent": 60, "work_done": "x"})
		doc.append("progress_reports", {"report_date": "2026-05-01", "percent": 40, "work_done": "y"})
		self.assertRefused(doc.insert, "回退原因")
		doc.progress_reports[1].backward_reason = "暴雨冲毁返工"
		doc.insert()
		self.assertEqual(doc.progress, 40)

	def test_deadline_change_needs_a_reason_and_is_kept(self):
		doc = self.new_item()
		doc.deadline = "2027-01-31"
		self.assertRefused(doc.save, "调整时限须填写原因")
		self.assertEqual(str(frappe.db.get_value("Rectification Item", doc.name, "deadline")), "2026-12-31")
		doc.reload()
		doc.deadline, doc.deadline_change_reason = "2027-01-31", "冬季施工受限"
		doc.save()
		change = doc.deadline_changes[-1]
		self.assertEqual(
			(str(change.old_deadline), str(change.new_deadline), change.reason),
			("2026-12-31", "2027-01-31", "冬季施工受限"),
		)
		self.assertFalse(doc.deadline_change_reason)
