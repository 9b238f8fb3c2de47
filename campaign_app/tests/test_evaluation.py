"""APPR-3, APPR-4: the public evaluation form, paper entry, satisfaction and remedial items (补课)."""

import re

import frappe
from frappe.utils import add_days, today

from campaign_app.domain import evaluation as rule
from campaign_app.remedial import check_remedial
from campaign_app.settings import evaluation_settings
from campaign_app.tests.rectification_utils import (
	ensure_outbox,
	item_doc,
	make_issue,
	queued_mail,
)
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, make_unit, messages, rest

P = "zeval-"
S, B, D = rule.SATISFIED, rule.BASIC, rule.DISSATISFIED
SUBMIT = "/api/method/campaign_app.api.evaluation.submit"


def guest(method: str, path: str, ip: str, body: dict | None = None, forwarded_for: str | None = None):
	"""A request through Frappe's real WSGI application with no login at all, from the address `ip`,
	naming `forwarded_for` (any address it likes) in X-Forwarded-For."""
	headers = {"X-Forwarded-For": forwarded_for or ip, "Accept-Language": "zh-CN,zh;q=0.9"}
	return rest(None, method, path, body=body, headers=headers, remote_addr=ip)


def visible_text(html: str) -> str:
	"""What a reader sees: no markup, scripts, styles, or the off-screen honeypot."""
	html = re.sub(r"<(script|style|svg)\b.*?</\1>|<div[^>]*left:-10000px.*?</div>", "", html, flags=re.S)
	return re.sub(r"<[^>]+>", " ", html)


def set_settings(**values):
	settings = frappe.get_single("Rectification Settings")
	settings.update(values)
	settings.save(ignore_permissions=True)


class EvaluationCase(ChineseTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_outbox()
		cls.b = b = make_bureau(P)
		frappe.db.set_value("Campaign Unit", b.center, "head", b.head.name)
		issue = make_issue(b).name
		cls.item = item_doc(b, issue).insert().name
		set_settings(
			dissatisfaction_threshold=30, remedial_min_answers=5, remedial_days=30, survey_rate_limit=50
		)

	def survey(self, status=rule.OPEN, **extra):
		b = self.b
		return frappe.get_doc(
			{
				"doctype": "Evaluation Survey",
				"title": f"{P}成效评议问卷",
				"campaign": b.campaign,
				"status": status,
				"questions": [
					{"question": "养护中心整改成效", "target_type": rule.ABOUT_UNIT, "unit": b.center},
					{"question": "执法大队文明执法", "target_type": rule.ABOUT_UNIT, "unit": b.sibling},
					{
						"question": "巡查台账事项",
						"target_type": rule.ABOUT_ITEM,
						"rectification_item": self.item,
					},
					{"question": "总体成效", "target_type": rule.GENERAL},
				],
				**extra,
			}
		).insert()

	def paper(self, survey, ratings, who="Village Cadre", comment=""):
		"""One paper form entered in the desk: ratings in question order."""
		return frappe.get_doc(
			{
				"doctype": "Evaluation Response",
				"survey": survey.name,
				"respondent_type": who,
				"comment": comment,
				"answers": [
					{"question_id": q.name, "rating": r}
					for q, r in zip(survey.questions, ratings, strict=True)
				],
			}
		).insert()

	def sheet(self, survey, ratings, **extra):
		"""The body the public form posts."""
		return {
			"survey": survey.name,
			"respondent_type": "Bus Driver",
			"answers": {q.name: r for q, r in zip(survey.questions, ratings, strict=True)},
			**extra,
		}

	def count(self, survey):
		return frappe.db.count("Evaluation Response", {"survey": survey.name})


class TestPublicForm(EvaluationCase):
	chinese_site = True

	def test_guest_opens_the_form_in_chinese_and_a_draft_is_not_public(self):
		survey = self.survey()
		page = guest("get", f"/evaluation/{survey.name}", "198.51.100.1")
		self.assertEqual(page.status_code, 200)
		html = page.get_data(as_text=True)
		for text in (
			f"{P}成效评议问卷",
			"养护中心整改成效",
			"基本满意",
			"不满意",
			"客运司机",
			"基层村组干部",
			"提交",
		):
			self.assertIn(text, html)
		draft = self.survey(status=rule.DRAFT)
		self.assertEqual(guest("get", f"/evaluation/{draft.name}", "198.51.100.1").status_code, 404)

	def test_a_browser_asking_for_english_gets_the_site_language_unless_the_office_allows_it(self):
		survey = self.survey()
		english = {"Accept-Language": "en-US,en;q=0.9"}

		def page():
			r = rest(None, "get", f"/evaluation/{survey.name}", headers=english, remote_addr="198.51.100.9")
			self.assertEqual(r.status_code, 200)
			return r.get_data(as_text=True)

		html = page()
		self.assertIn('lang="zh"', html)
		shown = visible_text(html)
		self.assertIn("基本满意", shown)
		for word in ("Satisfied", "I am", "Built on"):
			self.assertNotIn(word, shown)
		set_settings(public_follows_browser=1)
		try:
			self.assertIn("Satisfied", visible_text(page()))
		finally:
			set_settings(public_follows_browser=0)

	def test_guest_submits_without_login(self):
		survey = self.survey()
		response = guest("post", SUBMIT, "198.51.100.2", self.sheet(survey, (S, B, D, S), respondent_name=""))
		self.assertEqual(response.status_code, 200, messages(response))
		stored = frappe.get_last_doc("Evaluation Response", filters={"survey": survey.name})
		self.assertEqual(
			(stored.source, stored.owner, stored.respondent_type), ("Online", "Guest", "Bus Driver")
		)
		self.assertEqual([a.rating for a in stored.answers], [S, B, D, S])
		self.assertEqual(
			[a.unit for a in stored.answers][:3], [self.b.center, self.b.sibling, self.b.station]
		)

	def test_guest_submissions_are_rate_limited(self):
		survey = self.survey()
		set_settings(survey_rate_limit=3)
		try:
			ip = "198.51.100.3"
			for _ in range(3):
				self.assertEqual(guest("post", SUBMIT, ip, self.sheet(survey, (S, S, S, S))).status_code, 200)
			refused = guest("post", SUBMIT, ip, self.sheet(survey, (S, S, S, S)))
			self.assertEqual(refused.status_code, 429)
			self.assertEqual(self.count(survey), 3)
			# a new address in a header, or another parameter, does not escape the limit
			spoofed = guest("post", SUBMIT, ip, self.sheet(survey, (S,) * 4), forwarded_for="203.0.113.9")
			self.assertEqual(spoofed.status_code, 429)
			varied = {**self.sheet(survey, (S,) * 4), "respondent_name": "另一位", "nonce": "1"}
			self.assertEqual(guest("post", SUBMIT, ip, varied).status_code, 429)
			self.assertIn("请一小时后再试", messages(spoofed))
			self.assertEqual(self.count(survey), 3)
			# another address is not held back
			self.assertEqual(
				guest("post", SUBMIT, "198.51.100.4", self.sheet(survey, (S,) * 4)).status_code, 200
			)
		finally:
			set_settings(survey_rate_limit=50)

	def test_a_trusted_proxy_may_name_the_client(self):
		"""Behind a proxy the office names in 整改设置, the address the proxy forwards counts."""
		survey = self.survey()
		set_settings(survey_rate_limit=1, trusted_proxies="10.0.0.0/8")
		try:
			proxy = "10.1.2.3"
			for client in ("198.51.100.21", "198.51.100.22"):
				sheet = self.sheet(survey, (S,) * 4)
				ok = guest("post", SUBMIT, proxy, sheet, forwarded_for=f"203.0.113.5, {client}")
				self.assertEqual(ok.status_code, 200, ok.text)
			again = guest("post", SUBMIT, proxy, self.sheet(survey, (S,) * 4), forwarded_for="198.51.100.22")
			self.assertEqual(again.status_code, 429)
		finally:
			set_settings(survey_rate_limit=50, trusted_proxies="")

	def test_a_guest_cannot_go_around_the_form(self):
		"""The REST resource needs a login: only the rate-limited, checked endpoint takes public answers."""
		survey = self.survey()
		body = {
			"survey": survey.name,
			"respondent_type": "Bus Driver",
			"answers": [{"question_id": q.name, "rating": S} for q in survey.questions],
		}
		response = guest("post", "/api/resource/Evaluation Response", "198.51.100.9", body)
		self.assertEqual(response.status_code, 403)
		self.assertEqual(guest("get", "/api/resource/Evaluation Response", "198.51.100.9").status_code, 403)
		self.assertEqual(self.count(survey), 0)

	def test_honeypot_stores_nothing(self):
		survey = self.survey()
		body = self.sheet(survey, (S, S, S, S), website="http://spam.example")
		self.assertEqual(guest("post", SUBMIT, "198.51.100.5", body).status_code, 200)
		self.assertEqual(self.count(survey), 0)

	def test_bad_input_is_refused_in_chinese_and_nothing_is_stored(self):
		survey = self.survey()
		ip = "198.51.100.6"
		cases = [
			(self.sheet(survey, (S, S, S, S), comment="长" * 501), "最多"),
			(self.sheet(survey, (S, S, S, S), respondent_type="Robot"), "请选择您的身份"),
			(
				{**self.sheet(survey, (S, S, S, S)), "answers": {survey.questions[0].name: S}},
				"请对每个问题作出评价",
			),
			({**self.sheet(survey, (S, S, S, S)), "answers": {"nope": S}}, "答复与本问卷不符"),
		]
		for body, text in cases:
			response = guest("post", SUBMIT, ip, body)
			self.assertEqual(response.status_code, 417, body)
			self.assertIn(text, messages(response))
		survey.db_set("status", rule.CLOSED)
		closed = guest("post", SUBMIT, ip, self.sheet(survey, (S, S, S, S)))
		self.assertIn("本问卷当前不接受评议", messages(closed))
		self.assertEqual(self.count(survey), 0)

	def test_script_in_free_text_is_stored_inert(self):
		survey = self.survey()
		attack = "<script>alert('x')</script><img src=x onerror=alert(1)>路面坑洼"
		body = self.sheet(
			survey, (S, S, S, S), comment=attack, respondent_name="<b onmouseover=alert(2)>张</b>"
		)
		self.assertEqual(guest("post", SUBMIT, "198.51.100.8", body).status_code, 200)
		stored = frappe.get_last_doc("Evaluation Response", filters={"survey": survey.name})
		for value in (stored.comment, stored.respondent_name):
			self.assertNotIn("<script", value)
			self.assertNotIn("onerror", value)
			self.assertNotIn("onmouseover", value)
		self.assertIn("路面坑洼", stored.comment)


class TestPaperEntry(EvaluationCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.token = api_token(cls.b.office.user)  # the leading group office enters the paper forms
		cls.worker_token = api_token(cls.b.worker.user)  # a front-line worker: Campaign Staff

	def body(self, survey, ratings, **extra):
		return {
			"survey": survey.name,
			"respondent_type": "Village Cadre",
			"answers": [
				{"question_id": q.name, "rating": r} for q, r in zip(survey.questions, ratings, strict=True)
			],
			**extra,
		}

	def test_staff_enter_paper_forms_even_after_closing(self):
		survey = self.survey(status=rule.CLOSED)
		post = rest(
			self.token,
			"post",
			"/api/resource/Evaluation Response",
			body=self.body(survey, (S, S, D, B), source="Online"),
		)
		self.assertEqual(post.status_code, 200, messages(post))
		stored = frappe.get_doc("Evaluation Response", post.json["data"]["name"])
		self.assertEqual(stored.source, "Paper")  # only the public form sends online answers
		self.assertEqual([a.question for a in stored.answers], [q.question for q in survey.questions])

	def test_a_cadre_neither_reads_nor_enters_answer_sheets(self):
		"""Answer sheets carry respondents' names and contacts, and the cadres are the ones evaluated."""
		survey = self.survey()
		self.paper(survey, (S, S, S, S), comment="联系人留了电话")
		before = self.count(survey)
		post = rest(
			self.worker_token,
			"post",
			"/api/resource/Evaluation Response",
			body=self.body(survey, (S, S, S, S)),
		)
		self.assertEqual(post.status_code, 403, messages(post))
		self.assertEqual(self.count(survey), before)
		listed = rest(self.worker_token, "get", "/api/resource/Evaluation Response")
		self.assertEqual(listed.status_code, 403)

	def test_a_draft_survey_takes_no_answers_and_every_question_needs_a_rating(self):
		draft = self.survey(status=rule.DRAFT)
		post = rest(
			self.token, "post", "/api/resource/Evaluation Response", body=self.body(draft, (S, S, S, S))
		)
		self.assertIn("本问卷当前不接受评议", messages(post))
		survey = self.survey()
		post = rest(
			self.token, "post", "/api/resource/Evaluation Response", body=self.body(survey, (S, S, S, ""))
		)
		self.assertIn("请对每个问题作出评价", messages(post))
		# a sheet that leaves a question out is refused too
		partial = self.body(survey, (S, S, S, S))
		partial["answers"] = partial["answers"][:3]
		post = rest(self.token, "post", "/api/resource/Evaluation Response", body=partial)
		self.assertIn("请对每个问题作出评价", messages(post))
		self.assertEqual(self.count(draft) + self.count(survey), 0)


class TestRemedial(EvaluationCase):
	def remedial(self, survey):
		return frappe.get_all(
			"Rectification Item",
			filters={"evaluation_survey": survey.name},
			fields=[
				"name",
				"unit",
				"remedial_for",
				"deadline",
				"responsible_cadre",
				"issue",
				"workflow_state",
			],
		)

	def test_remedial_item_is_created_once_past_the_threshold(self):
		b = self.b
		survey = self.survey()
		# 5 answers, 1 dissatisfied with the centre (20 %): below the 30 % threshold
		for ratings in [(D, S, S, S)] + [(S, S, S, S)] * 4:
			self.paper(survey, ratings)
		self.assertEqual(self.remedial(survey), [])
		# 2 more dissatisfied: 3 of 7 (42.9 %) exceeds it
		self.paper(survey, (D, S, S, S))
		self.paper(survey, (D, S, S, S))
		items = self.remedial(survey)
		self.assertEqual(len(items), 1)
		item = items[0]
		self.assertEqual((item.unit, item.remedial_for), (b.center, None))
		self.assertEqual(str(item.deadline), add_days(today(), 30))
		self.assertEqual(item.responsible_cadre, b.head.name)
		issue = frappe.get_doc("Campaign Issue", item.issue)
		self.assertEqual((issue.source, issue.unit), ("Public Opinion", b.center))
		self.assertIn("不满意率", issue.title)
		# more answers and more checks add nothing
		self.paper(survey, (D, S, S, S))
		self.assertEqual(check_remedial(survey.name), [])
		self.assertEqual(len(self.remedial(survey)), 1)
		# the office hears of it
		mails = queued_mail(item.name)
		office = [to for subject, to in mails if "成效评议补课" in subject]
		self.assertTrue(office and b.office.email in office[0], mails)

	def test_answers_from_the_public_form_lead_to_remedial_work(self):
		"""The check after a guest's answer runs as the guest (the job keeps the user who queued it)."""
		survey = self.survey()
		for n in range(5):
			body = self.sheet(survey, (S, D, S, S), respondent_type="Public Representative")
			self.assertEqual(guest("post", SUBMIT, f"198.51.100.{20 + n}", body).status_code, 200)
		frappe.set_user("Guest")
		try:
			created = check_remedial(survey.name)
		finally:
			frappe.set_user("Administrator")
		self.assertEqual(len(created), 1)
		self.assertEqual([i.unit for i in self.remedial(survey)], [self.b.sibling])
		# the office's work, not the guest's
		self.assertEqual(frappe.db.get_value("Rectification Item", created[0], "owner"), "Administrator")

	def test_the_daily_job_catches_up_on_open_surveys_only(self):
		"""Answers whose own check found nothing (a higher threshold then) are caught by the scheduler's job."""
		set_settings(dissatisfaction_threshold=90)
		try:
			open_survey, closed_survey = self.survey(), self.survey()
			# 2 of 5 dissatisfied with the centre: 40 %, below 90 % but above 30 %
			for ratings in [(D, S, S, S)] * 2 + [(S, S, S, S)] * 3:
				self.paper(open_survey, ratings)
				self.paper(closed_survey, ratings)
			frappe.db.set_value("Evaluation Survey", closed_survey.name, "status", rule.CLOSED)
			self.assertEqual(self.remedial(open_survey), [])
			set_settings(dissatisfaction_threshold=30)
			# the job exactly as the scheduler finds it in the hooks, twice
			for job in frappe.get_hooks("scheduler_events")["daily_long"] * 2:
				frappe.get_attr(job)()
		finally:
			set_settings(dissatisfaction_threshold=30)
		self.assertEqual([i.unit for i in self.remedial(open_survey)], [self.b.center])
		self.assertEqual(self.remedial(closed_survey), [])

	def test_an_item_rated_badly_gets_its_own_remedial_item(self):
		survey = self.survey()
		for _ in range(5):
			self.paper(survey, (S, S, D, S))
		items = self.remedial(survey)
		self.assertEqual([(i.remedial_for, i.unit) for i in items], [(self.item, self.b.station)])
		self.assertEqual(items[0].issue, frappe.db.get_value("Rectification Item", self.item, "issue"))
		self.assertEqual(check_remedial(survey.name), [])


class TestSatisfaction(EvaluationCase):
	def test_report_equals_an_independent_count_and_is_scoped(self):
		from campaign_app.campaign_app.report.satisfaction_statistics.satisfaction_statistics import execute

		b = self.b
		survey = self.survey()
		for ratings in [(S, D, S, S), (B, D, S, B), (D, S, S, S), (S, B, B, D)]:
			self.paper(survey, ratings)
		answers = frappe.db.sql(
			"""select a.unit, a.rating from `tabEvaluation Answer` a
			join `tabEvaluation Response` r on r.name = a.parent where r.survey = %s""",
			survey.name,
			as_dict=True,
		)
		_, data, _, _, cards = execute({"survey": survey.name, "group_by": "Unit"})
		got = {
			row["group"]: (row["total"], row["satisfied"], row["basic"], row["dissatisfied"]) for row in data
		}
		for unit in (b.center, b.sibling, b.station):
			mine = [a.rating for a in answers if a.unit == unit]
			self.assertEqual(got[unit], (len(mine), mine.count(S), mine.count(B), mine.count(D)))
		rate = next(row["satisfaction_rate"] for row in data if row["group"] == b.center)
		self.assertEqual(rate, 75.0)
		# the cards: every answer, the overall rates, and the rows past the threshold (整改设置)
		ratings = [a.rating for a in answers]
		threshold = evaluation_settings().threshold
		general = [a.rating for a in answers if not a.unit]
		over = [row for row in data if 100.0 * row["dissatisfied"] / row["total"] > threshold]
		self.assertEqual(
			[(c["label"], c["value"]) for c in cards],
			[
				("答复数", len(ratings)),
				("满意率", round(100.0 * (ratings.count(S) + ratings.count(B)) / len(ratings), 2)),
				("不满意率", round(100.0 * ratings.count(D) / len(ratings), 2)),
				("超过补课阈值", len(over)),
				("总体评价满意率", round(100.0 * (general.count(S) + general.count(B)) / len(general), 2)),
			],
		)
		# general questions are a card, not a row among the units
		self.assertTrue(all(row["unit"] for row in data))
		# the centre's head sees the centre and the station below it, not the sibling nor general questions
		frappe.set_user(b.head.user)
		try:
			_, scoped, *_ = execute({"survey": survey.name, "group_by": "Unit"})
		finally:
			frappe.set_user("Administrator")
		self.assertEqual({row["group"] for row in scoped}, {b.center, b.station})
		# per item: the question about the item counts its answers
		_, by_question, *_ = execute({"survey": survey.name, "group_by": "Question"})
		about_item = next(row for row in by_question if row["item"] == self.item)
		self.assertEqual((about_item["total"], about_item["satisfied"], about_item["basic"]), (4, 3, 1))
		_, by_type, *_ = execute({"survey": survey.name, "group_by": "Respondent Type"})
		self.assertEqual([(r["group"], r["total"]) for r in by_type], [("基层村组干部", len(answers))])

	def test_past_ten_rows_the_chart_shows_the_ten_least_satisfied(self):
		from campaign_app.campaign_app.report.satisfaction_statistics.satisfaction_statistics import chart

		rows = [
			{
				"group": f"单位{i}",
				"satisfied": i,
				"basic": 0,
				"dissatisfied": 12 - i,
				"satisfaction_rate": 100 * i / 12,
			}
			for i in range(12, 0, -1)
		]
		few = chart(rows[:4])
		self.assertEqual(few["data"]["labels"], ["单位12", "单位11", "单位10", "单位9"])
		self.assertNotIn("title", few)
		many = chart(rows)
		self.assertEqual(many["title"], "满意率最低的10项")
		self.assertEqual(many["data"]["labels"], [f"单位{i}" for i in range(1, 11)])

	def test_the_satisfaction_indicator_takes_the_rate(self):
		from campaign_app.domain import appraisal

		b = self.b
		survey = self.survey()
		for ratings in [(S, S, S, S), (D, S, D, S), (B, S, S, S)]:
			self.paper(survey, ratings)
		from campaign_app.setup.appraisal_workflow import ensure_template

		template = ensure_template(
			f"{P}满意度模板", appraisal.UNIT, [("群众满意度", 100, appraisal.SATISFACTION, "")]
		)
		doc = frappe.get_doc(
			{
				"doctype": "Campaign Appraisal",
				"campaign": b.campaign,
				"template": template,
				"period": "2026年度",
				"target_type": appraisal.UNIT,
				"target_unit": b.center,
			}
		).insert()
		# every answer of the campaign about the centre and the station below it
		lft, rgt = frappe.db.get_value("Campaign Unit", b.center, ["lft", "rgt"])
		ratings = frappe.db.sql(
			"""select a.rating from `tabEvaluation Answer` a
			join `tabEvaluation Response` r on r.name = a.parent
			join `tabCampaign Unit` u on u.name = a.unit
			where r.campaign = %s and u.lft between %s and %s""",
			(b.campaign, lft, rgt),
			pluck=True,
		)
		expected = round(100 * (ratings.count(S) + ratings.count(B)) / len(ratings), 2)
		self.assertEqual(doc.scores[0].computed_score, expected)
		self.assertEqual(doc.scores[0].computed_value, f"{expected:.1f}")
		doc.delete()
		# a unit nobody rated shows 无数据, not a score of 0
		quiet = make_unit(f"{P}未评议单位", b.center, "Subordinate Unit")
		doc.update({"name": None, "target_unit": quiet, "scores": []})
		doc = frappe.copy_doc(doc).insert()
		self.assertEqual(doc.scores[0].computed_value, "无数据")
		doc.delete()
