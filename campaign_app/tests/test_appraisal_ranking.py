"""APPR-2: returns need a reason, edits follow the workflow's states, notifications, and the ranking."""

import frappe

from campaign_app.campaign_app.report.appraisal_ranking.appraisal_ranking import execute
from campaign_app.domain import appraisal as rule
from campaign_app.tests.rectification_utils import ensure_outbox, queued_mail
from campaign_app.tests.test_appraisal import INDICATORS, AppraisalCase, act
from campaign_app.tests.utils import api_token, make_unit, messages, rest, set_stage


class TestReturnAndStates(AppraisalCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_outbox()
		cls.token = api_token(cls.b.head.user)
		frappe.db.commit()  # nosemgrep

	def test_return_needs_a_reason_and_tells_the_appraisee(self):
		b = self.b
		name = self.appraisal(scores=((90, 0), (85, 0), (95, 0))).name
		act(b.head.user, name, rule.SUBMIT_SELF)
		with self.assertRaises(frappe.ValidationError) as ctx:
			act(b.leader.user, name, rule.RETURN)
		self.assertIn("原因", str(ctx.exception))
		self.assertEqual(self.state(name), rule.SELF_ASSESSED)
		frappe.db.set_value("Campaign Appraisal", name, "return_reason", "自评分偏高，请补充佐证")
		act(b.leader.user, name, rule.RETURN)
		self.assertEqual(self.state(name), rule.DRAFT)
		self.assertEqual(
			frappe.db.get_value("Campaign Appraisal", name, "last_return_reason"), "自评分偏高，请补充佐证"
		)
		subjects = {subject: to for subject, to in queued_mail(name, "Campaign Appraisal")}
		self.assertIn(b.head.email, next(to for s, to in subjects.items() if "考核退回" in s))
		self.assertIn(b.head.email, next(to for s, to in subjects.items() if "考核自评" in s))
		# the self-assessment went to the office for review
		self.assertIn(b.office.email, next(to for s, to in subjects.items() if "待审核" in s))

	def test_edits_outside_the_state_are_refused_over_rest(self):
		name = self.appraisal(scores=((90, 0), (85, 0), (95, 0))).name
		set_stage("Campaign Appraisal", name, rule.REVIEWED)
		# in 审核 only the leading group edits; the unit head (a reviewer, not an approver) may not
		put = rest(
			self.token, "put", f"/api/resource/Campaign Appraisal/{name}", body={"self_summary": "改一下"}
		)
		self.assertEqual(put.status_code, 403)
		self.assertIn("在“审核”状态下您不能修改此考核", messages(put))
		self.assertIsNone(frappe.db.get_value("Campaign Appraisal", name, "self_summary"))


class TestRanking(AppraisalCase):
	def test_ranking_equals_an_independent_ranking_and_is_scoped(self):
		b = self.b
		period = "2026年排名测试"
		extra = make_unit(f"{self.b.center}-二站", b.center, "Subordinate Unit")
		totals = {b.center: ((90, 0), (80, 0), (70, 0)), b.station: ((60, 0), (60, 0), (60, 0))}
		totals[b.sibling] = ((90, 0), (80, 0), (70, 0))  # ties with the centre
		totals[extra] = ((95, 0), (90, 0), (80, 0))
		for unit, scores in totals.items():
			self.appraisal(rule.UNIT, unit, scores=scores, period=period)
		filters = {"campaign": b.campaign, "period": period, "target_type": rule.UNIT}
		columns, data, _, chart, cards = execute(filters)
		stored = frappe.get_all(
			"Campaign Appraisal",
			filters={"campaign": b.campaign, "period": period},
			fields=["name", "total_score", "grade"],
		)
		by_total = sorted(s.total_score for s in stored)[::-1]
		expected = {s.name: (by_total.index(s.total_score) + 1, s.total_score, s.grade) for s in stored}
		self.assertEqual(
			{row["name"]: (row["rank"], row["total_score"], row["grade"]) for row in data}, expected
		)
		self.assertEqual([row["rank"] for row in data], [1, 2, 2, 4])
		# a unit's ranking names the unit once; indicator columns show each indicator's final score
		labels = [c["label"] for c in columns]
		self.assertEqual(labels[:2], ["名次", "考核对象"])
		self.assertEqual(labels[2:5], [name for name, _w, _s in INDICATORS])
		top = frappe.get_doc("Campaign Appraisal", data[0]["name"])
		self.assertEqual([data[0][f"ind_{i}"] for i in range(3)], [r.final_score for r in top.scores])
		self.assertEqual(chart["data"]["datasets"][0]["values"], [row["total_score"] for row in data])
		self.assertEqual(chart["title"], "加权总分前4名")
		# the cards above the chart: how many, their average, and each grade's count
		best_of = {}  # grade: its best total, to order the grades best first
		for row in stored:
			best_of[row.grade] = max(best_of.get(row.grade, 0), row.total_score)
		by_grade = [
			(grade, sum(1 for row in stored if row.grade == grade))
			for grade in sorted(best_of, key=best_of.get, reverse=True)
		]
		average = sum(row.total_score for row in stored) / len(stored)
		self.assertAlmostEqual(float(cards[1]["value"]), average, delta=0.005)  # shown to 2 decimals
		self.assertEqual(
			[(c["label"], c["value"]) for c in cards[:1] + cards[2:]], [("参评数", 4), *by_grade]
		)
		self.assertEqual(cards[1]["label"], "平均加权总分")
		# the centre's head ranks only the centre and what lies below it
		frappe.set_user(b.head.user)
		try:
			_, scoped, *_ = execute(filters)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual({row["unit"] for row in scoped}, {b.center, b.station, extra})
		# a cadre's ranking shows the cadre's unit beside the name
		columns, *_ = execute({**filters, "target_type": rule.CADRE})
		self.assertEqual([c["label"] for c in columns][:3], ["名次", "考核对象", "单位"])
