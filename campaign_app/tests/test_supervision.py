"""SUP-1, RULE-1..4: supervision visits with a reproducible random sample whose failed items reopen as
relapses, findings that become problems, the unit's reply; rule reviews through approval and
publication; 三重一大 decisions that need their steps; early warnings raised once per cause. As real
users over HTTP."""

import json

import frappe
from frappe.utils import add_days, today

from campaign_app.deviation import raise_warnings
from campaign_app.domain import supervision as rule
from campaign_app.domain import warnings as warn
from campaign_app.domain.rectification import CLOSED, RECTIFYING
from campaign_app.item_rules import unit_subtree
from campaign_app.tests.rectification_utils import item_doc, make_issue
from campaign_app.tests.utils import (
	ChineseTestCase,
	api_token,
	make_bureau,
	make_cadre,
	messages,
	rest,
	set_stage,
)
from campaign_app.workflow_rules import state_names

P = "zsup-"
VISIT = "Supervision Visit"


THRESHOLDS = {field: default for field, default in warn.THRESHOLDS.values()}


class SupervisionCase(ChineseTestCase):
	chinese_site = True

	def set_thresholds(self):
		"""The seeded thresholds, whatever an earlier save of the settings left on this site."""
		for field, value in THRESHOLDS.items():
			frappe.db.set_single_value("Rectification Settings", field, value)

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.b = make_bureau(P)
		root = frappe.db.get_value("Campaign Unit", cls.b.center, "parent_campaign_unit")
		cls.b.supervisor = make_cadre(f"{P}supervisor", root, "Party Cadre")
		frappe.get_doc("User", cls.b.supervisor.user).add_roles("Campaign Supervisor")
		frappe.db.set_value("Campaign Unit", cls.b.center, "head", cls.b.head.name)
		cls.tokens = {
			who: api_token(getattr(cls.b, who).user)
			for who in ("head", "other_head", "office", "leader", "supervisor", "worker")
		}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def new_campaign(self) -> str:
		return (
			frappe.get_doc(
				{"doctype": "Study Campaign", "title": f"{P}{frappe.generate_hash(length=6)}"}
				| {"start_date": "2026-02-24", "end_date": "2026-12-31"}
			)
			.insert()
			.name
		)

	def closed_item(self, campaign, unit, **extra):
		issue = make_issue(self.b, f"{P}问题", unit=unit, campaign=campaign).name
		item = item_doc(self.b, issue, unit=unit, campaign=campaign, **extra).insert()
		set_stage("Rectification Item", item.name, CLOSED, closed_on=today())
		return item.name

	def visit(self, campaign, who="supervisor", **values):
		body = {
			"title": f"{P}专项督导",
			"campaign": campaign,
			"unit": self.b.center,
			"visit_date": today(),
			"method_random": 1,
			**values,
		}
		r = rest(self.tokens[who], "post", f"/api/resource/{VISIT}", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["data"]


class TestVisits(SupervisionCase):
	def test_the_sample_is_reproducible_and_a_failed_item_reopens_as_a_relapse(self):
		campaign = self.new_campaign()
		for unit in (self.b.center, self.b.center, self.b.station, self.b.station, self.b.station):
			self.closed_item(campaign, unit)
		self.closed_item(campaign, self.b.sibling)  # outside the unit visited: never drawn
		v = self.visit(campaign)
		draw = rest(
			self.tokens["supervisor"],
			"post",
			"/api/method/campaign_app.api.supervision.draw_sample",
			body={"visit": v["name"]},
		)
		self.assertEqual(draw.status_code, 200, draw.text)
		doc = frappe.get_doc(VISIT, v["name"])
		self.assertEqual(len(doc.samples), 4)  # two units, two closed items each
		# the recorded seed draws the same sample again from the same candidates
		candidates = {}
		for name, unit in frappe.db.sql(
			f"""select name, unit from `tabRectification Item` ri where campaign = %s and stage = %s
			and {unit_subtree("ri.unit", self.b.center)}""",
			(campaign, CLOSED),
		):
			candidates.setdefault(unit, []).append(name)
		again = rule.draw(candidates, 2, 2, doc.sample_seed)
		self.assertEqual([(s.unit, s.rectification_item) for s in doc.samples], again)
		twice = rest(
			self.tokens["supervisor"],
			"post",
			"/api/method/campaign_app.api.supervision.draw_sample",
			body={"visit": v["name"]},
		)
		self.assertEqual(twice.status_code, 417)
		# nobody adds a sample of their own choosing
		rows = json.loads(json.dumps([s.as_dict() for s in doc.samples], default=str))
		forged = {"rectification_item": rows[0]["rectification_item"], "unit": rows[0]["unit"]}
		r = rest(
			self.tokens["supervisor"],
			"put",
			f"/api/resource/{VISIT}/{v['name']}",
			body={"samples": [*rows, forged]},
		)
		self.assertEqual(r.status_code, 403, r.text)
		# a failed re-verification needs a note, then reopens the item as a relapse with the visit as reason
		rows[0]["result"] = rule.FAILED
		r = rest(
			self.tokens["supervisor"],
			"put",
			f"/api/resource/{VISIT}/{v['name']}",
			body={"samples": json.loads(json.dumps(rows, default=str))},
		)
		self.assertEqual(r.status_code, 417)
		rows[0]["note"] = "现场路面仍有坑槽，整改不到位"
		r = rest(
			self.tokens["supervisor"],
			"put",
			f"/api/resource/{VISIT}/{v['name']}",
			body={"samples": json.loads(json.dumps(rows, default=str))},
		)
		self.assertEqual(r.status_code, 200, r.text)
		item = frappe.get_doc("Rectification Item", rows[0]["rectification_item"])
		self.assertEqual((item.stage, item.relapse_count), (RECTIFYING, 1))
		self.assertIn(v["name"], item.last_return_reason)
		self.assertEqual(frappe.db.get_value("Supervision Sample", rows[0]["name"], "reopened"), 1)

	def test_findings_become_problems_and_the_unit_replies_to_a_criticism_notice(self):
		campaign = self.new_campaign()
		finding = {"finding": f"{P}养护台账与现场不符", "area": "道路养护", "cadre": self.b.worker.name}
		v = self.visit(campaign, findings=[finding])
		put = lambda who, body: rest(self.tokens[who], "put", f"/api/resource/{VISIT}/{v['name']}", body=body)  # noqa: E731
		self.assertEqual(put("supervisor", {"outcome": rule.CRITICISM}).status_code, 417)
		r = put(
			"supervisor",
			{"outcome": rule.CRITICISM, "reply_deadline": add_days(today(), 10), "status": rule.DONE},
		)
		self.assertEqual(r.status_code, 200, r.text)
		issue = frappe.db.get_value("Supervision Finding", {"parent": v["name"]}, "issue")
		self.assertEqual(
			frappe.db.get_value("Campaign Issue", issue, ["supervision_visit", "source", "unit"]),
			(v["name"], rule.ISSUE_SOURCE, self.b.station),
		)
		# the visited unit's head writes the reply and nothing else
		self.assertEqual(put("head", {"unit_reply": "已建立台账核对制度，限期整改"}).status_code, 200)
		self.assertEqual(str(frappe.db.get_value(VISIT, v["name"], "replied_on")), today())
		self.assertEqual(put("head", {"outcome": rule.GOOD_PRACTICE}).status_code, 403)
		self.assertEqual(
			rest(self.tokens["other_head"], "get", f"/api/resource/{VISIT}/{v['name']}").status_code, 403
		)
		self.assertEqual(
			rest(self.tokens["worker"], "get", f"/api/resource/{VISIT}/{v['name']}").status_code, 403
		)


class TestRules(SupervisionCase):
	def test_a_major_decision_is_decided_only_with_its_required_steps(self):
		steps = [{"step": s, "done_on": today()} for s in rule.STEPS if s != rule.EXPERTS]
		body = {
			"title": f"{P}县乡道改造项目安排",
			"category": rule.PROJECT,
			"unit": self.b.center,
			"steps": steps,
		}
		r = rest(self.tokens["office"], "post", "/api/resource/Major Decision", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		name = r.json["data"]["name"]
		r = rest(
			self.tokens["office"],
			"put",
			f"/api/resource/Major Decision/{name}",
			body={"status": rule.DECIDED},
		)
		self.assertEqual(r.status_code, 417)
		self.assertIn("专家咨询", messages(r))
		appointment = {
			**body,
			"title": f"{P}中层干部任免",
			"category": rule.APPOINTMENT,
			"status": rule.DECIDED,
		}
		r = rest(self.tokens["office"], "post", "/api/resource/Major Decision", body=appointment)
		self.assertEqual(r.status_code, 200, r.text)
		correction = {"corrected_on": today(), "error": "论证不充分", "accountability": "约谈分管负责人"}
		r = rest(
			self.tokens["office"],
			"put",
			f"/api/resource/Major Decision/{r.json['data']['name']}",
			body={"corrections": [correction]},
		)
		self.assertEqual(r.status_code, 200, r.text)

	def test_a_rule_review_is_approved_by_another_and_published_by_the_office(self):
		issue = make_issue(self.b, f"{P}决策程序不规范", unit=self.b.center).name
		body = {
			"rule_title": f"{P}养护资金使用管理办法",
			"domain": "Maintenance",
			"decision": rule.REVISE,
			"unit": self.b.center,
			"reason": "现行办法未规定资金拨付前的现场核验",
			"issues": [{"issue": issue}],
		}
		r = rest(self.tokens["head"], "post", "/api/resource/Rule Review", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		name = r.json["data"]["name"]
		names = state_names("Rule Review")

		def move(who, stage):
			path = f"/api/resource/Rule Review/{name}"
			return rest(self.tokens[who], "put", path, body={"workflow_state": names[stage]})

		self.assertEqual(move("head", rule.R_SUBMITTED).status_code, 200)
		self.assertEqual(move("head", rule.R_APPROVED).status_code, 403)
		self.assertEqual(move("leader", rule.R_APPROVED).status_code, 200)
		self.assertEqual(move("office", rule.R_PUBLISHED).status_code, 200)
		doc = frappe.get_doc("Rule Review", name)
		self.assertEqual((str(doc.published_on), doc.issues[0].issue), (today(), issue))


class TestWarnings(SupervisionCase):
	def test_each_cause_is_raised_once_and_the_office_closes_it_with_a_note(self):
		self.set_thresholds()
		campaign = self.new_campaign()
		issue = make_issue(self.b, f"{P}预警问题", campaign=campaign).name
		red = [
			item_doc(self.b, issue, campaign=campaign, measure=f"{P}红灯{i}").insert().name for i in range(3)
		]
		for name in red:
			frappe.db.set_value("Rectification Item", name, {"light": "Red", "stage": RECTIFYING})
		frappe.db.set_value("Rectification Item", red[0], "return_count", 2)
		same = f"{P}对照检查材料照抄照搬的整改措施"
		for unit in (self.b.center, self.b.station, self.b.sibling):
			item_doc(self.b, issue, campaign=campaign, unit=unit, measure=same).insert()
		due = add_days(today(), -2)
		for i in range(3):
			name = (
				item_doc(self.b, issue, campaign=campaign, unit=self.b.center, measure=f"{P}到期{i}")
				.insert()
				.name
			)
			frappe.db.set_value(
				"Rectification Item", name, {"stage": CLOSED, "deadline": due, "closed_on": due}
			)
		first = raise_warnings()
		causes = set(frappe.get_all("Deviation Warning", {"campaign": campaign}, pluck="cause"))
		self.assertTrue({warn.RED_ITEMS, warn.RETURNS, warn.SAME_MEASURE, warn.BULK_CLOSE} <= causes, causes)
		self.assertGreaterEqual(first, 4)
		before = frappe.db.count("Deviation Warning", {"campaign": campaign})
		raise_warnings()
		self.assertEqual(frappe.db.count("Deviation Warning", {"campaign": campaign}), before)
		red_warning = frappe.db.get_value(
			"Deviation Warning", {"campaign": campaign, "cause": warn.RED_ITEMS}
		)
		path = f"/api/resource/Deviation Warning/{red_warning}"
		self.assertEqual(
			rest(self.tokens["office"], "put", path, body={"status": warn.CLOSED}).status_code, 417
		)
		self.assertEqual(rest(self.tokens["office"], "put", path, body={"detail": "无"}).status_code, 403)
		r = rest(
			self.tokens["office"],
			"put",
			path,
			body={"status": warn.CLOSED, "closing_note": "已约谈单位负责人"},
		)
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual(
			frappe.db.get_value("Deviation Warning", red_warning, "closed_by"), self.b.office.user
		)
		# the head of the centre sees the station's warnings, the sibling's head does not
		self.assertEqual(rest(self.tokens["head"], "get", path).status_code, 200)
		self.assertEqual(rest(self.tokens["other_head"], "get", path).status_code, 403)
		r = rest(
			self.tokens["office"],
			"get",
			"/api/method/frappe.desk.query_report.run",
			{"report_name": "Deviation Warnings by Unit", "filters": json.dumps({"campaign": campaign})},
		)
		rows = r.json["message"]["result"]
		self.assertEqual(sum(row["open"] + row["closed"] for row in rows), before)


class TestRobots(SupervisionCase):
	def test_a_warning_reaches_the_group_robot_through_a_webhook_the_office_enables(self):
		import http.server
		import threading

		received = []

		class Receiver(http.server.BaseHTTPRequestHandler):
			def do_POST(self):
				received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
				self.send_response(200)
				self.end_headers()
				self.wfile.write(b'{"errcode": 0}')

			def log_message(self, *args):
				pass

		server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
		threading.Thread(target=server.serve_forever, daemon=True).start()
		seeded = frappe.get_all(
			"Webhook",
			filters={"webhook_doctype": "Deviation Warning"},
			fields=["name", "enabled", "request_url"],
		)
		self.assertTrue(len(seeded) >= 2 and not any(w.enabled for w in seeded), seeded)
		robot = frappe.get_doc("Webhook", seeded[0].name)
		saved = (robot.request_url, robot.enabled)
		robot.request_url, robot.enabled = f"http://127.0.0.1:{server.server_port}/robot", 1
		robot.save()
		try:
			self.set_thresholds()
			campaign = self.new_campaign()
			issue = make_issue(self.b, f"{P}机器人", campaign=campaign).name
			for i in range(3):
				name = item_doc(self.b, issue, campaign=campaign, measure=f"{P}机器人{i}").insert().name
				frappe.db.set_value("Rectification Item", name, {"light": "Red", "stage": RECTIFYING})
			raise_warnings()  # commits: the webhook runs after the commit
			self.assertTrue(any("偏差预警" in m["text"]["content"] for m in received), received)
		finally:
			robot.reload()
			robot.request_url, robot.enabled = saved
			robot.save()
			server.shutdown()


class TestLedgers(SupervisionCase):
	def test_my_ledger_my_team_s_ledger_and_a_programme_s_items(self):
		campaign = self.new_campaign()
		programme = "八项规定精神整改"
		tagged_issue = make_issue(
			self.b, f"{P}专项问题", campaign=campaign, programmes=[{"programme": programme}]
		).name
		plain_issue = make_issue(self.b, f"{P}一般问题", campaign=campaign).name
		mine = item_doc(self.b, plain_issue, campaign=campaign).insert().name  # the worker's, at the station
		via_issue = (
			item_doc(
				self.b,
				tagged_issue,
				campaign=campaign,
				responsible_cadre=self.b.staff.name,
				unit=self.b.center,
			)
			.insert()
			.name
		)
		tagged = (
			item_doc(
				self.b,
				plain_issue,
				campaign=campaign,
				unit=self.b.sibling,
				responsible_cadre=self.b.other_head.name,
				programmes=[{"programme": programme}],
			)
			.insert()
			.name
		)

		def ledger(who, **filters):
			r = rest(
				self.tokens[who],
				"get",
				"/api/method/frappe.desk.query_report.run",
				{
					"report_name": "Rectification Ledger",
					"filters": json.dumps({"campaign": campaign, **filters}),
				},
			)
			self.assertEqual(r.status_code, 200, r.text)
			return {
				row["item"]
				for row in r.json["message"]["result"]
				if isinstance(row, dict) and row.get("item")
			}

		self.assertEqual(ledger("worker", own="Mine"), {mine})
		self.assertEqual(ledger("head", own="My Team"), {mine, via_issue})
		self.assertEqual(ledger("office", programme=programme), {via_issue, tagged})
		r = rest(
			self.tokens["office"],
			"get",
			"/api/method/frappe.desk.query_report.run",
			{"report_name": "Programme Summary", "filters": json.dumps({"campaign": campaign})},
		)
		row = next(x for x in r.json["message"]["result"] if x["programme"] == programme)
		self.assertEqual((row["problems"], row["items"]), (1, 2))


class TestDispatch(SupervisionCase):
	def test_a_round_finds_who_did_not_report_chases_them_and_compiles_the_bulletin(self):
		import io
		import zipfile

		campaign = self.new_campaign()
		frappe.db.set_value("Campaign Unit", self.b.station, "head", self.b.head.name)
		issue = make_issue(self.b, f"{P}调度问题", campaign=campaign).name
		reported = item_doc(
			self.b, issue, campaign=campaign, unit=self.b.center, measure=f"{P}已报送措施"
		).insert()
		reported.append("progress_reports", {"report_date": today(), "percent": 40, "work_done": "完成排查"})
		reported.save()
		silent = item_doc(self.b, issue, campaign=campaign, measure=f"{P}红灯措施").insert().name
		frappe.db.set_value("Rectification Item", silent, {"light": "Red", "stage": RECTIFYING})
		body = {
			"title": f"{P}第1期调度",
			"campaign": campaign,
			"period_start": add_days(today(), -7),
			"period_end": today(),
			"report_due": add_days(today(), 3),
		}
		r = rest(self.tokens["office"], "post", "/api/resource/Dispatch Round", body=body)
		self.assertEqual(r.status_code, 200, r.text)
		name = r.json["data"]["name"]
		units = {row["unit"]: row["reported"] for row in r.json["data"]["units"]}
		self.assertEqual(units, {self.b.center: 1, self.b.station: 0})
		forged = rest(
			self.tokens["office"], "put", f"/api/resource/Dispatch Round/{name}", body={"units": []}
		)
		self.assertEqual(forged.status_code, 403)
		r = rest(
			self.tokens["office"],
			"post",
			"/api/method/campaign_app.api.dispatch.chase",
			body={"round_name": name},
		)
		self.assertEqual((r.status_code, r.json.get("message")), (200, 1), r.text)
		todo = {"reference_name": name, "allocated_to": self.b.head.user, "status": "Open"}
		self.assertTrue(frappe.db.exists("ToDo", todo))
		r = rest(
			self.tokens["office"],
			"post",
			"/api/method/campaign_app.api.dispatch.compile_bulletin",
			body={"round_name": name},
		)
		self.assertEqual(r.status_code, 200, r.text)
		bulletin = frappe.db.get_value("Dispatch Round", name, "bulletin")
		self.assertIn(f"{P}红灯措施", bulletin)
		self.assertIn("调度通报", bulletin)
		path = "/api/method/campaign_app.api.dispatch.download"
		word = rest(self.tokens["head"], "get", path, {"round_name": name, "fmt": "docx"})
		self.assertEqual(word.status_code, 200)
		with zipfile.ZipFile(io.BytesIO(word.data)) as z:
			text = z.read("word/document.xml").decode()
		self.assertIn(f"{P}红灯措施", text)
		self.assertIn(self.b.station, text)  # among the units that did not report
		self.assertIn("仿宋_GB2312", text)
		pdf = rest(self.tokens["head"], "get", path, {"round_name": name, "fmt": "pdf"})
		self.assertTrue(pdf.data.startswith(b"%PDF"))
		self.assertEqual(
			rest(self.tokens["worker"], "get", f"/api/resource/Dispatch Round/{name}").status_code, 403
		)
