"""APPR-1, APPR-2, ORG-5: appraisal templates, scores, the review by another person, rounds, computed indicators."""

import json

import frappe
from frappe.model.workflow import WorkflowTransitionError, get_transitions
from frappe.utils import getdate, today

from campaign_app.demo.actions import run_as
from campaign_app.domain import appraisal as rule
from campaign_app.domain.rectification import CLOSED, RECTIFYING
from campaign_app.patches.v1 import review_scores_start_from_self
from campaign_app.setup.appraisal_workflow import ensure_template
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, messages, rest, set_stage

P = "zappr-"
UNIT_TEMPLATE, CADRE_TEMPLATE = f"{P}单位考核模板", f"{P}干部考核模板"
# (indicator, weight, data source)
INDICATORS = (
	("交通运输高质量发展", 50, ""),
	("农村公路养护质量", 30, rule.ON_TIME_RATE),
	("行业安全生产", 20, rule.OVERDUE),
)


def make_template(name, target_type=rule.UNIT, indicators=INDICATORS, levels=()):
	return ensure_template(name, target_type, [(n, w, s, "按完成情况评分") for n, w, s in indicators], levels)


SELF_REVIEW = "不能审核或审定本人的考核"


def act(user, name, action):
	return run_as(user, "Campaign Appraisal", name, action)


def actions_for(user, name) -> list[str]:
	"""The workflow actions the desk offers `user` on the appraisal."""
	current = frappe.session.user
	frappe.set_user(user)
	try:
		return [t.action for t in get_transitions(frappe.get_doc("Campaign Appraisal", name))]
	finally:
		frappe.set_user(current)


class AppraisalCase(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		frappe.db.set_value("Campaign Unit", cls.b.center, "head", cls.b.head.name)
		make_template(UNIT_TEMPLATE)
		make_template(CADRE_TEMPLATE, rule.CADRE, levels=("Unit Leader",))

	@classmethod
	def tearDownClass(cls):
		rounds = frappe.get_all("Campaign Appraisal Round", {"template": ("like", f"{P}%")}, pluck="name")
		for name in frappe.get_all("Campaign Appraisal", {"template": ("like", f"{P}%")}, pluck="name"):
			frappe.delete_doc("Campaign Appraisal", name, force=True, ignore_permissions=True)
		for name in rounds:
			frappe.delete_doc("Campaign Appraisal Round", name, force=True, ignore_permissions=True)
		frappe.db.commit()  # nosemgrep: REST tests committed their rows
		super().tearDownClass()

	def appraisal(self, target_type=rule.CADRE, target=None, scores=(), **extra):
		b = self.b
		doc = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"campaign": b.campaign,
				"template": CADRE_TEMPLATE if target_type == rule.CADRE else UNIT_TEMPLATE,
				"period": "2026年上半年",
				"target_type": target_type,
				"cadre" if target_type == rule.CADRE else "target_unit": target or b.head.name,
				**extra,
			}
		)
		doc.run_method("load_indicators")
		for row, (self_score, reviewer_score) in zip(doc.scores, scores, strict=False):
			row.self_score, row.reviewer_score = self_score, reviewer_score
		return doc.insert()

	def state(self, name):
		return frappe.db.get_value("Campaign Appraisal", name, "stage")


class TestTemplateAndScores(AppraisalCase):
	def test_weights_not_100_are_refused_in_chinese(self):
		name = f"{P}权重错误模板"
		with self.assertRaises(frappe.ValidationError) as ctx:
			make_template(name, indicators=(("甲", 50, ""), ("乙", 40, "")))
		self.assertIn("不等于 100", str(ctx.exception))
		self.assertFalse(frappe.db.exists("Campaign Appraisal Template", name))

	def test_default_template_is_seeded(self):
		template = frappe.get_doc("Campaign Appraisal Template", rule.DEFAULT_TEMPLATE)
		self.assertEqual(
			[r.indicator_name for r in template.indicators], [i[0] for i in rule.DEFAULT_INDICATORS]
		)
		self.assertEqual(template.total_weight, 100)

	def test_score_out_of_range_is_refused(self):
		for scores in (((120, 0),), ((80, -5),)):
			with self.assertRaises(frappe.ValidationError) as ctx:
				self.appraisal(scores=scores)
			self.assertIn("0 到 100", str(ctx.exception))

	def test_weighted_total_and_grade(self):
		doc = self.appraisal(scores=((90, 0), (80, 0), (100, 0)))
		self.assertEqual([r.final_score for r in doc.scores], [90, 80, 100])
		self.assertEqual((doc.total_score, doc.grade), (89, "良好"))  # (50×90 + 30×80 + 20×100) / 100
		act(self.b.head.user, doc.name, rule.SUBMIT_SELF)
		doc.reload()
		# the reviewer starts from the self scores and changes what they disagree with
		self.assertEqual([r.reviewer_score for r in doc.scores], [90, 80, 100])
		doc.scores[1].reviewer_score = 70
		doc.save()
		self.assertEqual([r.final_score for r in doc.scores], [90, 70, 100])
		self.assertEqual((doc.total_score, doc.grade), (86, "良好"))
		doc.scores[0].reviewer_score = 100
		doc.scores[1].reviewer_score = 90
		doc.save()
		self.assertEqual((doc.total_score, doc.grade), (97, "优秀"))
		# a reviewer may give 0 (一票否决): it counts, the self score does not come back
		doc.scores[2].reviewer_score = 0
		doc.save()
		self.assertEqual([r.final_score for r in doc.scores], [100, 90, 0])
		self.assertEqual((doc.total_score, doc.grade), (77, "一般"))

	def test_reviewer_scores_in_a_draft_do_not_count(self):
		doc = self.appraisal(scores=((90, 50), (80, 0), (100, 0)))
		self.assertEqual([r.final_score for r in doc.scores], [90, 80, 100])

	def test_patch_keeps_the_final_scores_of_older_appraisals(self):
		draft = self.appraisal(scores=((90, 0), (80, 0), (100, 0)))
		older = self.appraisal(scores=((70, 0), (60, 0), (50, 0)))
		act(self.b.head.user, older.name, rule.SUBMIT_SELF)
		# as saved before the change: under review, a reviewer score of 0 meant "not given"
		rows = [r.name for r in frappe.get_doc("Campaign Appraisal", older.name).scores]
		for name in rows:
			frappe.db.set_value("Campaign Appraisal Score", name, "reviewer_score", 0)
		review_scores_start_from_self.execute()
		after = frappe.get_doc("Campaign Appraisal", older.name)
		self.assertEqual([r.reviewer_score for r in after.scores], [70, 60, 50])
		after.save()
		self.assertEqual([r.final_score for r in after.scores], [70, 60, 50])
		draft.reload()
		self.assertEqual([r.reviewer_score for r in draft.scores], [0, 0, 0])


class TestReviewByAnotherPerson(AppraisalCase):
	def test_appraisee_self_assesses_and_never_reviews(self):
		b = self.b
		name = self.appraisal(scores=((90, 0), (85, 0), (95, 0))).name
		self.assertEqual(self.state(name), rule.DRAFT)
		with self.assertRaises(frappe.PermissionError):
			act(b.leader.user, name, rule.SUBMIT_SELF)  # only the appraisee self-assesses
		act(b.head.user, name, rule.SUBMIT_SELF)
		self.assertEqual(frappe.db.get_value("Campaign Appraisal", name, "self_assessed_by"), b.head.user)
		# the desk offers the review to a reviewer, never to the appraisee, and the server refuses it
		self.assertNotIn(rule.REVIEW, actions_for(b.head.user, name))
		self.assertIn(rule.REVIEW, actions_for(b.leader.user, name))
		with self.assertRaises((frappe.PermissionError, WorkflowTransitionError)):
			act(b.head.user, name, rule.REVIEW)
		self.assertEqual(self.state(name), rule.SELF_ASSESSED)
		act(b.leader.user, name, rule.REVIEW)
		self.assertEqual(frappe.db.get_value("Campaign Appraisal", name, "reviewer_user"), b.leader.user)
		act(b.leader2.user, name, rule.APPROVE)
		self.assertEqual(self.state(name), rule.APPROVED)

	def test_unit_head_self_assesses_for_the_unit(self):
		b = self.b
		doc = self.appraisal(rule.UNIT, b.center)
		self.assertEqual((doc.appraisee_user, doc.unit), (b.head.user, b.center))
		act(b.head.user, doc.name, rule.SUBMIT_SELF)
		self.assertEqual(self.state(doc.name), rule.SELF_ASSESSED)


class TestAppraisalOverREST(AppraisalCase):
	chinese_site = True  # token requests speak the site's language

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		b = cls.b
		cls.tokens = {who: api_token(getattr(b, who).user) for who in ("head", "worker")}
		frappe.db.commit()  # nosemgrep: the REST requests run on their own connection

	def test_self_review_is_refused_over_rest(self):
		name = self.appraisal(scores=((90, 0), (85, 0), (95, 0))).name
		set_stage("Campaign Appraisal", name, rule.SELF_ASSESSED)
		doc = frappe.get_doc("Campaign Appraisal", name).as_dict()
		body = {"doc": json.dumps(doc, default=str), "action": rule.REVIEW}
		response = rest(
			self.tokens["head"], "post", "/api/method/frappe.model.workflow.apply_workflow", body=body
		)
		self.assertEqual(response.status_code, 417)  # not an action the appraisee is offered
		self.assertIn("不是有效的工作流程操作", messages(response))
		self.assertEqual(self.state(name), rule.SELF_ASSESSED)
		self.assertIsNone(frappe.db.get_value("Campaign Appraisal", name, "reviewer_user"))
		# nor can the appraisee give the reviewer's scores by editing the document
		row = doc["scores"][0]["name"]
		path = f"/api/resource/Campaign Appraisal/{name}"
		put = rest(self.tokens["head"], "put", path, body={"scores": [{"name": row, "reviewer_score": 100}]})
		self.assertEqual(put.status_code, 403)
		self.assertIn(SELF_REVIEW, messages(put))
		self.assertEqual(frappe.db.get_value("Campaign Appraisal Score", row, "reviewer_score"), 0)
		# a front-line worker does not even see a colleague's appraisal
		self.assertEqual(rest(self.tokens["worker"], "get", path).status_code, 403)


class TestRounds(AppraisalCase):
	def make_round(self, template, target_type, levels=()):
		return frappe.get_doc(
			{
				"doctype": "Campaign Appraisal Round",
				"campaign": self.b.campaign,
				"template": template,
				"period": "2026年度",
				"target_type": target_type,
				"levels": [{"level": level} for level in levels],
			}
		).insert()

	def count(self, round_name):
		return frappe.db.count("Campaign Appraisal", {"appraisal_round": round_name})

	def test_unit_round_is_idempotent(self):
		round_doc = self.make_round(UNIT_TEMPLATE, rule.UNIT)
		units = frappe.db.count("Campaign Unit", {"is_active": 1})
		round_doc.create_appraisals()
		self.assertEqual(self.count(round_doc.name), units)
		round_doc.create_appraisals()
		self.assertEqual(self.count(round_doc.name), units)
		summary = round_doc.summary()
		self.assertEqual(summary["total"], units)
		self.assertEqual(len(summary["not_self_assessed"]), units)

	def test_cadre_round_takes_the_levels(self):
		round_doc = self.make_round(CADRE_TEMPLATE, rule.CADRE)
		self.assertEqual([r.level for r in round_doc.levels], ["Unit Leader"])
		cadres = frappe.db.count("Cadre", {"is_active": 1, "level": "Unit Leader"})
		round_doc.create_appraisals()
		round_doc.create_appraisals()
		self.assertEqual(self.count(round_doc.name), cadres)
		self.assertFalse(
			frappe.db.exists(
				"Campaign Appraisal", {"appraisal_round": round_doc.name, "cadre": self.b.worker.name}
			)
		)


class TestComputedIndicators(AppraisalCase):
	def test_computed_scores_equal_an_independent_count(self):
		b = self.b
		issue = make_issue(b).name
		overdue = item_doc(b, issue, deadline="2026-03-10").insert().name
		set_stage("Rectification Item", overdue, RECTIFYING)
		on_time = item_doc(b, issue, deadline="2026-03-10").insert().name
		set_stage("Rectification Item", on_time, CLOSED, closed_on="2026-03-05")
		item_doc(b, issue, deadline="2099-12-31").insert()  # not due yet
		doc = self.appraisal(rule.UNIT, b.center)
		lft, rgt = frappe.db.get_value("Campaign Unit", b.center, ["lft", "rgt"])
		units = frappe.get_all(
			"Campaign Unit", filters=[["lft", ">=", lft], ["lft", "<=", rgt]], pluck="name"
		)
		items = frappe.get_all(
			"Rectification Item",
			filters={"campaign": b.campaign, "unit": ("in", units)},
			fields=["stage", "deadline", "closed_on"],
		)
		now = getdate(today())
		late = sum(1 for i in items if i.stage != CLOSED and i.deadline < now)
		due = sum(1 for i in items if i.stage == CLOSED or i.deadline < now)
		kept = sum(1 for i in items if i.stage == CLOSED and i.closed_on and i.closed_on <= i.deadline)
		self.assertGreaterEqual(late, 1)
		computed = {r.data_source: r.computed_score for r in doc.scores}
		self.assertEqual(computed[rule.OVERDUE], max(0, 100 - 10 * late))
		self.assertEqual(computed[rule.ON_TIME_RATE], round(100 * kept / due, 2))
		# a cadre's appraisal counts the items the cadre is responsible for
		mine = frappe.db.count(
			"Rectification Item",
			{
				"campaign": b.campaign,
				"responsible_cadre": b.worker.name,
				"stage": ("!=", CLOSED),
				"deadline": ("<", today()),
			},
		)
		worker = self.appraisal(rule.CADRE, b.worker.name)
		self.assertEqual(
			{r.data_source: r.computed_score for r in worker.scores}[rule.OVERDUE], max(0, 100 - 10 * mine)
		)
