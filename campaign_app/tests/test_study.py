"""STUDY-1..3 (first part): session types with their rules as data, sessions with attendance and make-up
tasks, study outputs reviewed by someone other than the author; scope like the rest, over HTTP."""

import json

import frappe

from campaign_app.domain import study as rule
from campaign_app.tests.utils import ChineseTestCase, api_token, make_bureau, messages, rest, state

P = "zstudy-"
SESSION = "Study Session"
OUTPUT = "Study Output"


class StudyCase(ChineseTestCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		cls.tokens = {
			who: api_token(getattr(cls.b, who).user) for who in ("head", "worker", "other_head", "office")
		}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def new_campaign(self):
		"""A campaign of its own, so that a report's counts are this test's alone."""
		return frappe.get_doc(
			{
				"doctype": "Study Campaign",
				"title": f"{P}{frappe.generate_hash(length=6)}",
				"start_date": "2026-02-24",
				"end_date": "2026-07-31",
			}
		).insert()

	def session(self, session_type="三会一课", start="2026-03-10", end=None, **extra):
		return frappe.get_doc(
			{
				"doctype": SESSION,
				"title": f"{P}学习习近平总书记关于树立和践行正确政绩观的重要论述",
				"campaign": self.b.campaign,
				"session_type": session_type,
				"unit": self.b.center,
				"start_date": start,
				"end_date": end,
				**extra,
			}
		)


class TestSessions(StudyCase):
	def test_the_seed_types_carry_their_rules(self):
		reading = frappe.get_doc("Study Session Type", "专题读书班")
		self.assertEqual(reading.minimum_days, 3)
		group = frappe.get_doc("Study Session Type", "理论学习中心组学习")
		self.assertEqual((group.frequency, group.frequency_unit_type), ("Monthly", "Bureau"))
		self.assertTrue(frappe.db.get_value("Study Session Type", "专题党课", "each_leader_gives_one"))

	def test_a_reading_class_of_two_days_is_refused(self):
		short = self.session("专题读书班", "2026-03-10", "2026-03-11")
		self.assertRefused(short.insert, "至少持续 3 天")
		self.session("专题读书班", "2026-03-10", "2026-03-12").insert()

	def test_attendance_is_filled_from_the_unit_and_the_levels_the_type_names(self):
		doc = self.session().insert()
		r = rest(
			self.tokens["head"],
			"post",
			"/api/method/campaign_app.api.study.fill_attendance",
			body={"session": doc.name},
		)
		self.assertEqual(r.status_code, 200, r.text)
		listed = set(frappe.get_all("Study Attendance", filters={"parent": doc.name}, pluck="cadre"))
		# 三会一课: unit leaders, party cadres and front-line staff of the centre and the station below it
		self.assertEqual(listed, {self.b.head.name, self.b.worker.name, self.b.staff.name})
		# the sibling unit's head may not fill it
		r = rest(
			self.tokens["other_head"],
			"post",
			"/api/method/campaign_app.api.study.fill_attendance",
			body={"session": doc.name},
		)
		self.assertEqual(r.status_code, 403)

	def test_an_absent_cadre_gets_a_make_up_task_closed_when_made_up(self):
		doc = self.session()
		doc.append("attendance", {"cadre": self.b.worker.name, "status": rule.ABSENT})
		doc.append("attendance", {"cadre": self.b.staff.name, "status": rule.LEAVE, "reason": "出差"})
		doc.insert()
		todo = {"reference_type": SESSION, "reference_name": doc.name, "allocated_to": self.b.worker.user}
		self.assertEqual(frappe.db.get_value("ToDo", todo, "status"), "Open")
		self.assertFalse(frappe.db.exists("ToDo", {**todo, "allocated_to": self.b.staff.user}))
		doc.attendance[0].status = rule.MADE_UP
		self.assertRefused(doc.save, "补学日期")
		doc.reload()
		doc.attendance[0].status, doc.attendance[0].made_up_on = rule.MADE_UP, "2026-03-15"
		doc.save()
		self.assertEqual(frappe.db.get_value("ToDo", todo, "status"), "Closed")

	def test_a_leave_needs_its_reason(self):
		doc = self.session()
		doc.append("attendance", {"cadre": self.b.worker.name, "status": rule.LEAVE})
		self.assertRefused(doc.insert, "请假须填写原因")

	def test_a_sibling_unit_does_not_see_the_session_or_its_attendance(self):
		doc = self.session()
		doc.append("attendance", {"cadre": self.b.worker.name, "status": rule.PRESENT})
		doc.insert()
		outsider = self.tokens["other_head"]
		self.assertEqual(rest(outsider, "get", f"/api/resource/{SESSION}/{doc.name}").status_code, 403)
		listed = rest(outsider, "get", f"/api/resource/{SESSION}", {"filters": [["name", "=", doc.name]]})
		self.assertEqual(listed.json["data"], [])
		self.assertEqual(
			rest(self.tokens["worker"], "get", f"/api/resource/{SESSION}/{doc.name}").status_code, 403
		)
		self.assertEqual(
			rest(self.tokens["head"], "get", f"/api/resource/{SESSION}/{doc.name}").status_code, 200
		)


class TestOutputs(StudyCase):
	def write(self, who="worker"):
		body = {
			"title": f"{P}学习心得",
			"cadre": getattr(self.b, who).name,
			"output_type": "Study Reflection",
			"campaign": self.b.campaign,
			"content": "<p>对照检查，立足岗位践行正确政绩观。</p>",
		}
		r = rest(self.tokens[who], "post", f"/api/resource/{OUTPUT}", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["data"]

	def act(self, who, name, action):
		doc = frappe.get_doc(OUTPUT, name).as_dict()
		body = {"doc": json.dumps(doc, default=str), "action": action}
		return rest(self.tokens[who], "post", "/api/method/frappe.model.workflow.apply_workflow", body=body)

	def test_the_author_submits_and_another_person_reviews(self):
		out = self.write()
		self.assertEqual(out["topic"], rule.DEFAULT_TOPIC)
		self.assertEqual(out["author_user"], self.b.worker.user)
		self.assertEqual(self.act("worker", out["name"], rule.SUBMIT).status_code, 200)
		# the author cannot review, neither by the action nor by a plain update
		self.assertNotEqual(self.act("worker", out["name"], rule.APPROVE).status_code, 200)
		put = rest(
			self.tokens["worker"],
			"put",
			f"/api/resource/{OUTPUT}/{out['name']}",
			body={"workflow_state": state(OUTPUT, rule.REVIEWED)},
		)
		self.assertEqual(put.status_code, 403, put.text)
		self.assertEqual(frappe.db.get_value(OUTPUT, out["name"], "stage"), rule.SUBMITTED)
		# the head of the unit above returns it with a reason, then passes it
		frappe.db.set_value(OUTPUT, out["name"], "return_reason", "请结合岗位实际补充查摆问题")
		self.assertEqual(self.act("head", out["name"], rule.RETURN).status_code, 200)
		self.assertEqual(frappe.db.get_value(OUTPUT, out["name"], "stage"), rule.DRAFT)
		self.assertEqual(self.act("worker", out["name"], rule.SUBMIT).status_code, 200)
		self.assertEqual(self.act("head", out["name"], rule.APPROVE).status_code, 200)
		self.assertEqual(
			frappe.db.get_value(OUTPUT, out["name"], ["stage", "reviewed_by"]),
			(rule.REVIEWED, self.b.head.user),
		)

	def test_a_return_needs_a_reason(self):
		out = self.write()
		self.act("worker", out["name"], rule.SUBMIT)
		r = self.act("head", out["name"], rule.RETURN)
		self.assertEqual(r.status_code, 417, r.text)
		self.assertIn("须填写", messages(r))

	def test_a_cadre_writes_only_their_own_and_sees_only_their_own(self):
		mine = self.write()
		body = {
			"title": "代写",
			"cadre": self.b.staff.name,
			"output_type": "Study Reflection",
			"campaign": self.b.campaign,
		}
		r = rest(self.tokens["worker"], "post", f"/api/resource/{OUTPUT}", body=body)
		self.assertEqual(r.status_code, 403, r.text)
		# the head of the unit above writes their own, which the worker does not see
		self.write("head")
		listed = rest(
			self.tokens["worker"],
			"get",
			f"/api/resource/{OUTPUT}",
			{
				"filters": [["title", "like", f"{P}%"]],
				"fields": ["name", "author_user"],
				"limit_page_length": 0,
			},
		)
		self.assertIn(mine["name"], {row["name"] for row in listed.json["data"]})
		self.assertEqual({row["author_user"] for row in listed.json["data"]}, {self.b.worker.user})
		forged = rest(
			self.tokens["worker"],
			"put",
			f"/api/resource/{OUTPUT}/{mine['name']}",
			body={"reviewed_by": self.b.head.user},
		)
		self.assertEqual(forged.status_code, 403, forged.text)
		self.assertEqual(
			rest(self.tokens["other_head"], "get", f"/api/resource/{OUTPUT}/{mine['name']}").status_code, 403
		)


class TestCompliance(StudyCase):
	def test_the_report_counts_what_was_held_as_an_independent_count_does(self):
		from campaign_app.campaign_app.report.study_compliance import study_compliance as report

		b = self.b
		campaign = self.new_campaign()
		root = frappe.db.get_value("Campaign Unit", b.center, "parent_campaign_unit")
		for day in ("2026-03-05", "2026-03-20", "2026-05-08"):
			self.session("理论学习中心组学习", day, unit=root, campaign=campaign.name).insert()
		self.session("专题党课", "2026-04-01", host=b.leader.name, campaign=campaign.name).insert()
		lecture = self.session("三会一课", "2026-04-02", campaign=campaign.name)
		lecture.append("attendance", {"cadre": b.worker.name, "status": rule.PRESENT})
		lecture.append("attendance", {"cadre": b.staff.name, "status": rule.ABSENT})
		lecture.insert()
		again = self.session("三会一课", "2026-05-02", campaign=campaign.name)
		again.append("attendance", {"cadre": b.worker.name, "status": rule.ABSENT})
		again.insert()

		rows = report.execute({"campaign": campaign.name, "view": "rules"})[1]
		mine = {r["period"]: r["held"] for r in rows if r["unit"] == root}
		counted = dict(
			frappe.db.sql(
				"""select date_format(start_date, '%%Y-%%m'), count(*) from `tabStudy Session`
				where campaign = %s and unit = %s and session_type = '理论学习中心组学习' group by 1""",
				(campaign.name, root),
			)
		)
		self.assertEqual(set(mine), {"2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"})
		self.assertEqual({p: n for p, n in mine.items() if n}, {p: int(n) for p, n in counted.items()})
		self.assertEqual(sum(1 for r in rows if r["unit"] == root and r["short"]), 4)

		lectures = {
			r["cadre"]: r["given"] for r in report.execute({"campaign": campaign.name, "view": "lectures"})[1]
		}
		self.assertEqual((lectures[b.leader.name], lectures[b.leader2.name]), (1, 0))

		rates = {
			r["cadre"]: r["rate"]
			for r in report.execute({"campaign": campaign.name, "view": "attendance"})[1]
		}
		self.assertEqual((rates[b.worker.name], rates[b.staff.name]), (50.0, 0.0))

		# a sibling unit head sees none of the centre's attendance
		frappe.set_user(b.other_head.user)
		try:
			seen = report.execute({"campaign": campaign.name, "view": "attendance"})[1]
		finally:
			frappe.set_user("Administrator")
		self.assertFalse({b.worker.name, b.staff.name} & {r["cadre"] for r in seen})

	def test_what_each_level_owes_is_data_and_the_report_shows_who_still_owes(self):
		from campaign_app.campaign_app.report.study_compliance import study_compliance as report

		b = self.b
		leaders = frappe.get_doc("Cadre Level Requirement", "Leadership Member")
		self.assertEqual(
			{(r.output_type, r.count) for r in leaders.outputs},
			{("Research Report", 1), ("Seminar Speech", 1)},
		)
		self.assertIn("安全生产监管", leaders.self_check_focus)
		campaign = self.new_campaign()
		for who, stage in ((b.worker, rule.SUBMITTED), (b.staff, rule.DRAFT)):
			doc = frappe.get_doc(
				{
					"doctype": OUTPUT,
					"title": f"{P}心得",
					"cadre": who.name,
					"output_type": "Study Reflection",
					"campaign": campaign.name,
				}
			).insert()
			frappe.db.set_value(OUTPUT, doc.name, "stage", stage)
		owed = {
			r["cadre"]: r["owed"] for r in report.execute({"campaign": campaign.name, "view": "outputs"})[1]
		}
		self.assertEqual(owed[b.worker.name], "")  # front-line staff: one reflection, delivered
		self.assertEqual(owed[b.staff.name], "学习心得 × 1")  # a draft is not delivered
		self.assertEqual(owed[b.leader.name], "调研报告 × 1、研讨发言 × 1")


class TestScores(StudyCase):
	def test_scores_imported_with_data_import_give_the_pass_rate_by_unit(self):
		import os
		import tempfile

		from frappe.core.doctype.data_import.data_import import import_file

		from campaign_app.campaign_app.report.study_compliance import study_compliance as report

		b = self.b
		campaign = self.new_campaign()
		test = frappe.get_doc(
			{
				"doctype": "Study Test",
				"title": f"{P}线上测试",
				"campaign": campaign.name,
				"test_date": "2026-04-15",
				"pass_mark": 60,
			}
		).insert()
		rows = [(b.head, 92), (b.staff, 58), (b.worker, 75), (b.other_head, 40)]
		with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
			f.write("Test,Cadre,Score\n" + "".join(f"{test.name},{c.name},{s}\n" for c, s in rows))
		try:
			import_file("Study Test Result", f.name, "Insert", console=True)  # reads the file from disk
		finally:
			os.unlink(f.name)
		results = frappe.get_all(
			"Study Test Result", filters={"study_test": test.name}, fields=["cadre", "unit", "passed"]
		)
		self.assertEqual(len(results), 4)
		self.assertEqual({r.cadre: r.passed for r in results}[b.staff.name], 0)
		rates = {
			r["unit"]: (r["taken"], r["passed"], r["pass_rate"])
			for r in report.execute({"campaign": campaign.name, "view": "tests"})[1]
		}
		self.assertEqual(rates[b.center], (2, 1, 50.0))
		self.assertEqual(rates[b.station], (1, 1, 100.0))
		self.assertEqual(rates[b.sibling], (1, 0, 0.0))
		# a score out of range is refused; a front-line worker sees only their own result
		bad = frappe.get_doc(
			{"doctype": "Study Test Result", "study_test": test.name, "cadre": b.leader.name, "score": 120}
		)
		self.assertRefused(bad.insert, "0 到 100")
		listed = rest(
			self.tokens["worker"],
			"get",
			"/api/resource/Study Test Result",
			{"filters": [["study_test", "=", test.name]], "fields": ["cadre"]},
		)
		self.assertEqual([r["cadre"] for r in listed.json["data"]], [b.worker.name])
