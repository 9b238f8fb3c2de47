"""FIND-2, FIND-3: public feedback from every channel, answered within working days, closed with the
citizen (reference number and secret, rating once after the rectification closes), merged into one
problem; contacts seen by the office only; as real users and as Guest, over HTTP."""

import json
import random

import frappe

from campaign_app.domain import feedback as rule
from campaign_app.domain.rectification import CLOSED
from campaign_app.satisfaction import satisfaction_of_unit
from campaign_app.tasks import update_feedback_overdue
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, messages, rest, set_stage
from campaign_app.workflow_rules import state_names

P = "zfb-"
FEEDBACK = "Public Feedback"


def address() -> str:
	"""A client address of its own per test, so that the rate limit of one test does not touch another."""
	return f"10.{random.randint(1, 250)}.{random.randint(1, 250)}.{random.randint(1, 250)}"


class FeedbackCase(ChineseTestCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		frappe.db.set_value("Campaign Unit", cls.b.center, "head", cls.b.head.name)
		frappe.db.set_value(
			"Study Campaign", cls.b.campaign, {"status": "In Progress", "start_date": "2026-11-01"}
		)
		cls.tokens = {
			who: api_token(getattr(cls.b, who).user) for who in ("head", "other_head", "office", "staff")
		}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def post(self, method, body, ip=None):
		return rest(
			None,
			"post",
			f"/api/method/campaign_app.api.feedback.{method}",
			body=body,
			remote_addr=ip or address(),
		)

	def public(self, content=None, **extra):
		r = self.post(
			"submit", {"content": content or f"{P}客运站候车厅夜间无人值守，建议延长服务时间", **extra}
		)
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["message"]

	def feedback(self, who="office", **values):
		body = {
			"channel": "12328 Hotline",
			"campaign": self.b.campaign,
			"content": f"{P}乡道坑洼多年未修",
			"unit": self.b.center,
			"contact_name": "张三",
			"contact_phone": "13800000000",
			"received_on": "2026-11-27",
			**values,
		}
		r = rest(self.tokens[who], "post", f"/api/resource/{FEEDBACK}", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["data"]

	def move(self, who, name, stage, **values):
		return rest(
			self.tokens[who],
			"put",
			f"/api/resource/{FEEDBACK}/{name}",
			body={"workflow_state": state_names(FEEDBACK)[stage], **values},
		)


class TestPublicForm(FeedbackCase):
	def test_the_citizen_gets_a_number_and_a_secret_and_only_both_open_it(self):
		mine = self.public(anonymous=1, contact_name="李四")
		self.assertTrue(mine["reference"].startswith("FB-") and len(mine["secret"]) == rule.SECRET_LENGTH)
		stored = frappe.get_doc(FEEDBACK, mine["reference"])
		self.assertEqual(
			(stored.channel, stored.owner, stored.contact_name), (rule.ONLINE_CHANNEL, "Guest", None)
		)
		self.assertNotIn(mine["secret"], json.dumps(stored.as_dict(), default=str))  # only its hash is kept
		seen = self.post("lookup", mine).json["message"]
		self.assertEqual((seen["found"], seen["state"]), (True, "待受理"))
		self.assertFalse({"contact_name", "contact_phone", "content", "unit"} & set(seen))
		other = self.public()
		for wrong in (
			{**mine, "secret": "AAAAAAAA"},
			{"reference": other["reference"], "secret": mine["secret"]},
			{"reference": "FB-2026-99999", "secret": mine["secret"]},
			{"reference": mine["reference"]},
		):
			self.assertEqual(self.post("lookup", wrong).json["message"], {"found": False})

	def test_lookups_and_submissions_are_rate_limited_per_address(self):
		frappe.db.set_single_value("Rectification Settings", "lookup_rate_limit", 3)
		try:
			ip = address()
			codes = [
				self.post("lookup", {"reference": "FB-X", "secret": "Y"}, ip).status_code for _ in range(4)
			]
			self.assertEqual(codes, [200, 200, 200, 429])
			self.assertEqual(self.post("lookup", {"reference": "FB-X", "secret": "Y"}).status_code, 200)
		finally:
			frappe.db.set_single_value("Rectification Settings", "lookup_rate_limit", 20)

	def test_an_empty_or_robot_submission_stores_nothing(self):
		before = frappe.db.count(FEEDBACK)
		r = self.post("submit", {"content": "  "})
		self.assertEqual(r.status_code, 417)
		self.assertIn("请填写", messages(r))
		self.assertEqual(self.post("submit", {"content": "x", "website": "http://spam"}).status_code, 200)
		self.assertEqual(frappe.db.count(FEEDBACK), before)

	def test_the_public_pages_speak_chinese_to_a_guest(self):
		for path in ("/feedback", "/feedback/status"):
			r = rest(None, "get", path, headers={"Accept-Language": "zh-CN"})
			self.assertEqual(r.status_code, 200, path)
			self.assertIn("意见建议" if path == "/feedback" else "查询", r.get_data(as_text=True))


class TestHandling(FeedbackCase):
	def test_the_reply_is_due_in_working_days_and_holidays_do_not_count(self):
		friday = self.feedback(received_on="2026-11-27")
		self.assertEqual(friday["due_date"], "2026-12-04")  # five working days, the weekend skipped
		# the office lists days off and a make-up working day (调休上班): 12-05 (Saturday) is worked
		settings = frappe.get_single("Rectification Settings")
		for day, kind in (
			("2026-11-30", "Holiday"),
			("2026-12-01", "Holiday"),
			("2026-12-05", "Working Day"),
		):
			settings.append("holidays", {"holiday_date": day, "kind": kind, "description": f"{P}调休"})
		settings.save()
		try:
			# 12-02, 12-03, 12-04, 12-05 (worked), 12-07
			self.assertEqual(self.feedback(received_on="2026-11-27")["due_date"], "2026-12-07")
		finally:
			settings.reload()
			settings.holidays = [h for h in settings.holidays if not (h.description or "").startswith(P)]
			settings.save()

	def test_accepted_answered_and_closed_by_the_people_who_may(self):
		f = self.feedback()
		self.assertEqual(self.move("head", f["name"], rule.HANDLING).status_code, 200)
		r = self.move("head", f["name"], rule.REPLIED)
		self.assertEqual(r.status_code, 417)
		self.assertIn("答复", messages(r))
		r = self.move("head", f["name"], rule.REPLIED, reply="已安排养护站于下周修补")
		self.assertEqual(r.status_code, 200, r.text)
		done = frappe.db.get_value(FEEDBACK, f["name"], ["replied_by", "stage"], as_dict=True)
		self.assertEqual((done.replied_by, done.stage), (self.b.head.user, rule.REPLIED))
		# only the office closes or returns it, and a return needs its reason
		self.assertEqual(self.move("head", f["name"], rule.CLOSED).status_code, 403)
		self.assertEqual(self.move("office", f["name"], rule.HANDLING).status_code, 417)
		self.assertEqual(self.move("office", f["name"], rule.CLOSED).status_code, 200)

	def test_the_contact_is_the_office_s_and_the_server_fields_are_the_server_s(self):
		f = self.feedback()
		head_view = rest(self.tokens["head"], "get", f"/api/resource/{FEEDBACK}/{f['name']}").json["data"]
		self.assertNotIn("13800000000", json.dumps(head_view))
		self.assertIsNone(head_view.get("lookup_hash"))
		office_view = rest(self.tokens["office"], "get", f"/api/resource/{FEEDBACK}/{f['name']}").json["data"]
		self.assertEqual(office_view["contact_phone"], "13800000000")
		issue = make_issue(self.b, P).name
		for field, value in (("rating", "Satisfied"), ("due_date", "2099-01-01"), ("campaign_issue", issue)):
			r = rest(
				self.tokens["office"], "put", f"/api/resource/{FEEDBACK}/{f['name']}", body={field: value}
			)
			self.assertEqual(r.status_code, 403, field)
		# staff have no access, a sibling unit's head does not see it
		self.assertEqual(
			rest(self.tokens["staff"], "get", f"/api/resource/{FEEDBACK}/{f['name']}").status_code, 403
		)
		self.assertEqual(
			rest(self.tokens["other_head"], "get", f"/api/resource/{FEEDBACK}/{f['name']}").status_code, 403
		)

	def test_overdue_feedback_is_flagged_daily_and_counted_per_unit(self):
		f = self.feedback(received_on="2026-11-02")
		update_feedback_overdue()
		self.assertEqual(frappe.db.get_value(FEEDBACK, f["name"], "overdue"), 1)
		r = rest(
			self.tokens["head"],
			"get",
			"/api/method/frappe.desk.query_report.run",
			{
				"report_name": "Feedback Handling",
				"filters": json.dumps({"campaign": self.b.campaign, "group_by": "unit"}),
			},
		)
		rows = {row["group"]: row for row in r.json["message"]["result"] if isinstance(row, dict)}
		overdue = frappe.db.count(
			FEEDBACK, {"unit": self.b.center, "overdue": 1, "campaign": self.b.campaign}
		)
		self.assertEqual(rows[self.b.center]["overdue"], overdue)
		self.assertNotIn(self.b.sibling, rows)


class TestClosingTheLoop(FeedbackCase):
	def test_feedbacks_merge_into_one_problem_linked_both_ways(self):
		a, b = self.feedback(), self.feedback(content=f"{P}乡道坑洼，雨天积水")
		r = rest(
			self.tokens["head"],
			"post",
			"/api/method/campaign_app.api.feedback.make_issue",
			body={"feedbacks": [a["name"], b["name"]], "title": f"{P}乡道坑洼未修", "area": "道路养护"},
		)
		self.assertEqual(r.status_code, 200, r.text)
		issue = frappe.get_doc("Campaign Issue", r.json["message"])
		self.assertEqual((issue.source, issue.unit), ("Petition or Hotline", self.b.center))
		linked = frappe.get_all(FEEDBACK, {"campaign_issue": issue.name}, pluck="name")
		self.assertEqual(set(linked), {a["name"], b["name"]})
		# not again, and not by a head outside the unit
		again = rest(
			self.tokens["head"],
			"post",
			"/api/method/campaign_app.api.feedback.make_issue",
			body={"feedbacks": [a["name"]], "title": "x", "area": "道路养护"},
		)
		self.assertEqual(again.status_code, 417)
		c = self.feedback()
		outsider = rest(
			self.tokens["other_head"],
			"post",
			"/api/method/campaign_app.api.feedback.make_issue",
			body={"feedbacks": [c["name"]], "title": "x", "area": "道路养护"},
		)
		self.assertEqual(outsider.status_code, 403)

	def test_the_citizen_rates_once_and_only_after_the_rectification_closes(self):
		mine = self.public()
		campaign = frappe.get_doc(
			{"doctype": "Study Campaign", "title": f"{P}{frappe.generate_hash(length=6)}"}
			| {"start_date": "2026-02-24", "end_date": "2026-07-31"}
		).insert()
		frappe.db.set_value(FEEDBACK, mine["reference"], {"unit": self.b.center, "campaign": campaign.name})
		issue = make_issue(self.b, P).name
		item = item_doc(self.b, issue).insert()
		frappe.db.set_value(FEEDBACK, mine["reference"], "campaign_issue", issue)
		seen = self.post("lookup", mine).json["message"]
		self.assertEqual((seen["can_rate"], len(seen["items"])), (False, 1))
		r = self.post("rate", {**mine, "rating": "Satisfied"})
		self.assertEqual(r.status_code, 417)
		self.assertIn("整改完成后", messages(r))
		set_stage("Rectification Item", item.name, CLOSED)
		self.assertTrue(self.post("lookup", mine).json["message"]["can_rate"])
		self.assertIsNone(satisfaction_of_unit(campaign.name, self.b.center))
		self.assertEqual(self.post("rate", {**mine, "rating": "Dissatisfied"}).status_code, 200)
		self.assertEqual(frappe.db.get_value(FEEDBACK, mine["reference"], "rating"), "Dissatisfied")
		self.assertIn("已经评价", messages(self.post("rate", {**mine, "rating": "Satisfied"})))
		# the citizen's 不满意 is the unit's only answer in that campaign: 0 % satisfied
		self.assertEqual(satisfaction_of_unit(campaign.name, self.b.center), 0.0)
