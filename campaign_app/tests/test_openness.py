"""FIX-8, PUB-1, PUB-2: livelihood projects led by the leadership (one or two each), their progress and
light; typical cases; the public progress page with people's names masked; the Open311 read API. As real
users and as Guest, over HTTP."""

import json

import frappe

from campaign_app.domain import livelihood as rule
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, rest

P = "zopen-"
PROJECT = "Livelihood Project"


class OpennessCase(ChineseTestCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		frappe.db.set_value(
			"Study Campaign", cls.b.campaign, {"status": "In Progress", "start_date": "2026-11-20"}
		)
		cls.tokens = {
			who: api_token(getattr(cls.b, who).user) for who in ("head", "office", "leader", "worker")
		}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def setUp(self):
		"""A campaign of the test's own, the latest in progress: the public page shows it."""
		frappe.cache.delete_keys("campaign_app:public_progress")
		self.campaign = (
			frappe.get_doc(
				{"doctype": "Study Campaign", "title": f"{P}{frappe.generate_hash(length=6)}"}
				| {"start_date": "2026-11-25", "end_date": "2026-12-31", "status": "In Progress"}
			)
			.insert()
			.name
		)

	def project(self, who="office", leader=None, **values):
		body = {
			"title": f"{P}农村客运班线通达{frappe.generate_hash(length=4)}",
			"campaign": self.campaign,
			"lead_leader": leader or self.b.leader.name,
			"unit": self.b.center,
			"target": "年底前实现建制村客运班线全覆盖",
			"start_date": "2026-03-01",
			"deadline": "2026-12-31",
			**values,
		}
		return rest(self.tokens[who], "post", f"/api/resource/{PROJECT}", body=body)


class TestLivelihood(OpennessCase):
	def test_each_leader_leads_one_or_two_and_the_report_shows_who_leads_none(self):
		for _ in range(rule.MAX_PER_LEADER):
			self.assertEqual(self.project().status_code, 200)
		third = self.project()
		self.assertEqual(third.status_code, 417)
		self.assertIn("已牵头", third.text.encode().decode("unicode_escape"))
		not_leader = self.project(leader=self.b.worker.name)
		self.assertEqual(not_leader.status_code, 417)
		r = rest(
			self.tokens["office"],
			"get",
			"/api/method/frappe.desk.query_report.run",
			{
				"report_name": "Livelihood Progress",
				"filters": json.dumps({"view": "leaders", "campaign": self.campaign}),
			},
		)
		led = {row["cadre"]: row["led"] for row in r.json["message"]["result"]}
		self.assertEqual((led[self.b.leader.name], led[self.b.leader2.name]), (2, 0))

	def test_progress_status_and_light_come_from_milestones_and_reports(self):
		r = self.project(milestones=[{"milestone": "完成线路调研", "due_date": "2026-04-30"}])
		self.assertEqual(r.status_code, 200, r.text)
		p = r.json["data"]
		# a milestone past due and not done: behind plan
		self.assertEqual((p["status"], p["light"]), (rule.PLANNED, "Yellow"))
		report = {
			"report_date": "2026-11-20",
			"progress": 60,
			"note": "已开通 12 条班线",
			"reported_by": "Administrator",
		}
		forged = rest(
			self.tokens["head"],
			"put",
			f"/api/resource/{PROJECT}/{p['name']}",
			body={"progress_reports": [report]},
		)
		self.assertEqual(forged.status_code, 403, forged.text)
		report.pop("reported_by")
		r = rest(
			self.tokens["head"],
			"put",
			f"/api/resource/{PROJECT}/{p['name']}",
			body={"progress_reports": [report]},
		)
		self.assertEqual(r.status_code, 200, r.text)
		saved = frappe.get_doc(PROJECT, p["name"])
		self.assertEqual(
			(saved.status, saved.progress, saved.progress_reports[0].reported_by),
			(rule.IN_PROGRESS, 60, self.b.head.user),
		)
		put = rest(
			self.tokens["office"], "put", f"/api/resource/{PROJECT}/{p['name']}", body={"light": "Green"}
		)
		self.assertEqual(put.status_code, 403)


class TestPublicPages(OpennessCase):
	def test_the_progress_page_shows_what_is_published_with_names_masked(self):
		public, private = self.project(is_public=1), self.project()
		self.assertEqual((public.status_code, private.status_code), (200, 200), public.text)
		public, private = public.json["data"], private.json["data"]
		issue = make_issue(self.b, f"{P}公开问题", campaign=self.campaign)
		item = item_doc(self.b, issue.name, measure=f"{P}公开整改措施", campaign=self.campaign).insert()
		frappe.db.set_value("Rectification Item", item.name, "is_public", 1)
		for title, published in ((f"{P}养护一线先进典型", 1), (f"{P}未发布的案例", 0)):
			frappe.get_doc(
				{
					"doctype": "Typical Case",
					"title": title,
					"kind": "Advanced Example",
					"campaign": self.campaign,
					"unit": self.b.station,
					"cadre": self.b.worker.name,
					"story": "<p>坚持每日巡查<script>alert(1)</script></p>",
					"published": published,
				}
			).insert()
		r = rest(None, "get", "/progress", headers={"Accept-Language": "zh-CN"})
		self.assertEqual(r.status_code, 200)
		page = r.get_data(as_text=True)
		self.assertIn(public["title"], page)
		self.assertNotIn(private["title"], page)
		self.assertIn(f"{P}公开整改措施", page)
		self.assertIn(f"{P}养护一线先进典型", page)
		self.assertNotIn(f"{P}未发布的案例", page)
		worker_name = frappe.db.get_value("Cadre", self.b.worker.name, "full_name")
		self.assertNotIn(worker_name, page)
		self.assertIn(worker_name[0] + "*", page)
		self.assertNotIn("<script>alert(1)", page)
		self.assertIn("民生实事", page)

	def test_only_the_office_publishes_a_case(self):
		r = rest(
			self.tokens["head"],
			"post",
			"/api/resource/Typical Case",
			body={
				"title": f"{P}自行发布",
				"kind": "Negative Example",
				"campaign": self.b.campaign,
				"unit": self.b.center,
				"story": "<p>x</p>",
				"published": 1,
			},
		)
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual(frappe.db.get_value("Typical Case", r.json["data"]["name"], "published"), 0)

	def test_open311_reads_a_request_by_its_id_and_nothing_personal(self):
		body = {"content": f"{P}公交站台缺少遮雨棚", "contact_name": "王五", "contact_phone": "13900000000"}
		mine = rest(
			None, "post", "/api/method/campaign_app.api.feedback.submit", body=body, remote_addr="10.9.9.9"
		).json["message"]
		r = rest(
			None,
			"get",
			"/api/method/campaign_app.api.open311.requests",
			{"service_request_id": mine["reference"]},
		)
		self.assertEqual(r.status_code, 200, r.text)
		[request] = r.json["message"]
		self.assertEqual((request["service_request_id"], request["status"]), (mine["reference"], "open"))
		self.assertEqual(request["status_notes"], "待受理")
		text = json.dumps(r.json, ensure_ascii=False)
		for personal in ("王五", "13900000000", "遮雨棚"):
			self.assertNotIn(personal, text)
		none = rest(
			None,
			"get",
			"/api/method/campaign_app.api.open311.requests",
			{"service_request_id": "FB-1900-00001"},
		)
		self.assertEqual(none.json["message"], [])
