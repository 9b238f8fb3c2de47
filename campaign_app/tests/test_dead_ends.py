"""#14 dead ends, over HTTP as real users: the form says why an item came back and why no approval is
offered; a problem leads to its items and fills a new item's unit and cadre; a unit leads to its
problems and items; an item shows when it was last reported on; 满意度统计 lists units only."""

import json

import frappe
from frappe.utils import add_days, today

from campaign_app.campaign_app.report.satisfaction_statistics import satisfaction_statistics as report
from campaign_app.demo.actions import run_as
from campaign_app.domain import rectification as rule
from campaign_app.tests.rectification_utils import attach_evidence, ensure_outbox, item_doc, make_issue
from campaign_app.tests.utils import ChineseTestCase, api_token, as_user, make_bureau, rest, set_stage

P = "zdead-"
GETDOC = "/api/method/frappe.desk.form.load.getdoc"


class TestDeadEnds(ChineseTestCase):
	chinese_site = True

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		ensure_outbox()
		cls.b = make_bureau(P)
		cls.tokens = {w: api_token(getattr(cls.b, w).user) for w in ("office", "head", "worker", "leader")}
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	def onload(self, who, item):
		r = rest(self.tokens[who], "get", GETDOC, params={"doctype": "Rectification Item", "name": item})
		self.assertEqual(r.status_code, 200, r.text)
		return r.json["docs"][0].get("__onload") or {}

	def ready_to_close(self, title: str) -> str:
		"""An item in 整改中 whose responsible cadre has written the summary and attached the evidence."""
		item = item_doc(self.b, make_issue(self.b, title).name).insert().name
		set_stage("Rectification Item", item, rule.RECTIFYING)
		doc = frappe.get_doc("Rectification Item", item)
		doc.closeout_summary = "台账已建立"
		doc.closeout_evidence = attach_evidence(item)
		as_user(self.b.worker.user, doc.save)
		return item

	def test_the_office_is_told_why_it_cannot_approve_its_own_item(self):
		b = self.b
		issue = make_issue(b, f"{P}问题").name
		item = as_user(b.office.user, item_doc(b, issue).insert).name
		set_stage("Rectification Item", item, rule.REVIEW)
		note = self.onload("office", item).get("second_person")
		self.assertIn("此事项由您创建", note or "")
		self.assertIn(rule.APPROVE, note)
		# the unit head, who did not create it, is offered 批准 and needs no word
		self.assertIsNone(self.onload("head", item).get("second_person"))

	def test_a_returned_item_shows_the_reason_and_no_longer_once_it_moves_on(self):
		b = self.b
		item = self.ready_to_close(f"{P}退回")
		run_as(b.worker.user, "Rectification Item", item, rule.REQUEST_CLOSE)
		self.assertIsNone(self.onload("worker", item).get("returned_reason"))
		frappe.db.set_value("Rectification Item", item, "return_reason", "佐证照片看不清")
		run_as(b.office.user, "Rectification Item", item, rule.RETURN)
		self.assertEqual(self.onload("worker", item).get("returned_reason"), "佐证照片看不清")
		run_as(b.worker.user, "Rectification Item", item, rule.REQUEST_CLOSE)
		self.assertIsNone(self.onload("worker", item).get("returned_reason"))
		# the worker asked for close-out and is responsible; the office asked nothing and verifies freely
		self.assertIsNone(self.onload("worker", item).get("second_person"))  # not a verifier at all
		self.assertIsNone(self.onload("office", item).get("second_person"))

	def test_the_office_is_told_why_it_cannot_verify_its_own_close_out_request(self):
		b = self.b
		item = self.ready_to_close(f"{P}自申请")
		run_as(b.office.user, "Rectification Item", item, rule.REQUEST_CLOSE)
		self.assertIn("须由他人核验销号", self.onload("office", item).get("second_person") or "")
		self.assertIsNone(self.onload("leader", item).get("second_person"))  # a verifier who asked nothing

	def test_picking_a_problem_fills_the_unit_and_the_cadre(self):
		"""What the desk asks when a problem is picked on a new item (the item's fetch_from)."""
		b = self.b
		issue = make_issue(b, f"{P}带出").name
		meta = frappe.get_meta("Rectification Item")
		fetched = {f.fetch_from.split(".")[1]: f.fieldname for f in meta.fields if f.fetch_from}
		self.assertEqual(fetched, {"unit": "unit", "cadre": "responsible_cadre"})
		r = rest(
			self.tokens["worker"],
			"get",
			"/api/method/frappe.client.validate_link",
			params={"doctype": "Campaign Issue", "docname": issue, "fields": list(fetched)},
		)
		self.assertEqual(r.status_code, 200, r.text)
		self.assertEqual((r.json["message"]["unit"], r.json["message"]["cadre"]), (b.station, b.worker.name))

	def test_a_problem_and_a_unit_lead_to_their_items(self):
		b = self.b
		issue = make_issue(b, f"{P}关联").name
		for _ in range(2):
			item_doc(b, issue).insert()
		counts = rest(
			self.tokens["head"],
			"get",
			"/api/method/frappe.desk.notifications.get_open_count",
			params={"doctype": "Campaign Issue", "name": issue},
		)
		self.assertEqual(counts.status_code, 200, counts.text)
		found = {
			row["doctype"]: row["count"] for row in counts.json["message"]["count"]["external_links_found"]
		}
		self.assertEqual(found["Rectification Item"], 2)
		unit = rest(
			self.tokens["head"],
			"get",
			"/api/method/frappe.desk.notifications.get_open_count",
			params={"doctype": "Campaign Unit", "name": b.station},
		)
		self.assertEqual(unit.status_code, 200, unit.text)
		found = {
			row["doctype"]: row["count"] for row in unit.json["message"]["count"]["external_links_found"]
		}
		self.assertEqual(
			found["Rectification Item"], frappe.db.count("Rectification Item", {"unit": b.station})
		)
		self.assertEqual(found["Campaign Issue"], frappe.db.count("Campaign Issue", {"unit": b.station}))

	def test_an_item_keeps_the_date_it_was_last_reported_on(self):
		b = self.b
		issue = make_issue(b, f"{P}报告").name
		doc = item_doc(b, issue).insert()
		self.assertIsNone(doc.last_report_on)
		set_stage("Rectification Item", doc.name, rule.RECTIFYING)
		doc.reload()
		for days, percent in ((-10, 30), (-3, 60)):
			doc.append(
				"progress_reports",
				{"report_date": add_days(today(), days), "percent": percent, "work_done": "巡查两次"},
			)
		as_user(b.worker.user, doc.save)
		self.assertEqual(str(doc.last_report_on), add_days(today(), -3))
		# a client cannot set it: the server recomputes it from the reports
		doc.last_report_on = today()
		as_user(b.worker.user, doc.save)
		self.assertEqual(
			str(frappe.db.get_value("Rectification Item", doc.name, "last_report_on")), add_days(today(), -3)
		)


class TestSatisfactionByUnit(ChineseTestCase):
	def test_general_questions_are_a_card_not_a_unit(self):
		_columns, data, _message, _chart, cards = report.execute({"group_by": report.BY_UNIT})
		self.assertTrue(all(row["unit"] for row in data), data)
		everything = report.rows(frappe._dict(), report.BY_UNIT)
		if any(not row["unit"] for row in everything):
			self.assertIn("总体评价满意率", [card["label"] for card in cards])


class TestReadableTimeline(ChineseTestCase):
	chinese_site = True

	def test_a_change_shows_names_and_no_null(self):
		"""The form timeline prints a Version's stored values: people by name, "—" for nothing."""
		b = make_bureau(P)
		ensure_outbox()
		issue = make_issue(b, f"{P}时间线").name
		doc = item_doc(b, issue).insert()
		set_stage("Rectification Item", doc.name, rule.RECTIFYING)
		doc.reload()
		doc.closeout_summary = "台账已建立"
		doc.closeout_evidence = attach_evidence(doc.name)
		doc.save(ignore_version=False)
		doc.reload()
		doc.leader_in_charge = b.leader2.name
		doc.save(ignore_version=False)
		versions = frappe.get_all(
			"Version",
			filters={"ref_doctype": "Rectification Item", "docname": doc.name},
			pluck="data",
			order_by="creation",
		)
		changed = {row[0]: row[1:] for data in versions for row in frappe.parse_json(data)["changed"]}
		self.assertEqual(changed["closeout_summary"], ["—", "台账已建立"])
		# a file by its name, not its address on the server
		self.assertEqual(changed["closeout_evidence"], ["—", doc.closeout_evidence.rsplit("/", 1)[-1]])
		leader_names = [frappe.db.get_value("Cadre", c.name, "full_name") for c in (b.leader, b.leader2)]
		self.assertEqual(changed["leader_in_charge"], leader_names)
		self.assertEqual(
			changed["leader_user"], [frappe.utils.get_fullname(c.user) for c in (b.leader, b.leader2)]
		)
		self.assertNotIn(None, [v for pair in changed.values() for v in pair])

	def test_changes_recorded_before_the_hook_are_rewritten(self):
		"""A site's older Versions (ids and null, as Frappe stores them) read the same after the patch's job."""
		from campaign_app.timeline import rewrite_old_versions

		b = make_bureau(P)
		issue = make_issue(b, f"{P}旧时间线").name
		doc = item_doc(b, issue).insert()
		raw = {"changed": [["leader_in_charge", None, b.leader2.name], ["leader_user", None, b.leader2.user]]}
		version = frappe.get_doc(
			{"doctype": "Version", "ref_doctype": doc.doctype, "docname": doc.name, "data": "{}"}
		).insert(ignore_permissions=True)
		frappe.db.set_value("Version", version.name, "data", frappe.as_json(raw), update_modified=False)
		rewrite_old_versions()
		changed = frappe.parse_json(frappe.db.get_value("Version", version.name, "data"))["changed"]
		full_name = frappe.db.get_value("Cadre", b.leader2.name, "full_name")
		self.assertEqual(changed[0], ["leader_in_charge", "—", full_name])
		self.assertEqual(changed[1], ["leader_user", "—", frappe.utils.get_fullname(b.leader2.user)])
		# a second run changes nothing
		modified = frappe.db.get_value("Version", version.name, "data")
		rewrite_old_versions()
		self.assertEqual(frappe.db.get_value("Version", version.name, "data"), modified)

	def test_onboarding_steps_explain_in_chinese(self):
		from campaign_app.api.overrides import get_desktop_page

		frappe.local.lang = "zh"
		onboarding = frappe.get_doc("Module Onboarding", "Campaign Setup")
		for row in onboarding.steps:
			description = frappe.db.get_value("Onboarding Step", row.step, "description")
			self.assertRegex(frappe._(description), "[\u4e00-\u9fff]", row.step)
		# the desk's page carries them translated, whenever Frappe shows the onboarding (not once done)
		page = json.dumps({"name": "Study Education", "title": "Study Education", "public": 1})
		result = get_desktop_page(page)
		for step in [s for o in result["onboardings"]["items"] for s in o["items"]]:
			self.assertRegex(step["description"], "[\u4e00-\u9fff]", step["name"])
