"""#13: the item-by-item reports as Prepared Reports above the number of items set in 整改设置, and a
prepared result read only by the user it was prepared for (Frappe's own rule lets anyone who may open the
report read every other user's result). Tried over HTTP as real unit heads, as an attacker would."""

import frappe
from frappe.core.doctype.prepared_report.prepared_report import generate_report
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, today

from campaign_app.prepared_reports import HEAVY_REPORTS, should_prepare
from campaign_app.tests.utils import api_token, delete_campaign_records, make_bureau, rest

P = "zprep-"
ITEM = "Rectification Item"
OVERDUE = "Overdue Rectification Items"
RUN = "/api/method/frappe.desk.query_report.run"


def delete_fixture():
	delete_campaign_records(P)


def set_threshold(items: int):
	settings = frappe.get_single("Rectification Settings")
	settings.prepared_report_items = items
	settings.save(ignore_permissions=True)


class TestPreparedReports(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		delete_fixture()
		b = make_bureau(P)
		cls.b = b
		cls.previous = frappe.db.get_single_value("Rectification Settings", "prepared_report_items")
		cls.items = {}
		for key, unit, cadre in (("center", b.center, b.head), ("sibling", b.sibling, b.other_head)):
			issue = frappe.get_doc(
				{
					"doctype": "Campaign Issue",
					"title": f"{P}{key}",
					"campaign": b.campaign,
					"level": "Individual",
					"unit": unit,
					"cadre": cadre.name,
					"area": "道路养护",
					"source": "Self Inspection",
					"found_on": add_days(today(), -60),
				}
			).insert(ignore_permissions=True)
			cls.items[key] = (
				frappe.get_doc(
					{
						"doctype": ITEM,
						"issue": issue.name,
						"measure": f"{P}{key} 整改措施",
						"kind": "Immediate",
						"ledger": "Person",
						"start_date": add_days(today(), -60),
						"deadline": add_days(today(), -5),
						"unit": unit,
						"responsible_cadre": cadre.name,
						"leader_in_charge": b.leader.name,
					}
				)
				.insert(ignore_permissions=True)
				.name
			)
		cls.head_token = api_token(b.head.user)
		cls.other_token = api_token(b.other_head.user)
		set_threshold(1)
		frappe.db.commit()  # nosemgrep: REST requests run on their own connection

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		set_threshold(200_000 if cls.previous is None else cls.previous)
		for name in frappe.get_all("Prepared Report", filters={"report_name": OVERDUE}, pluck="name"):
			frappe.delete_doc("Prepared Report", name, force=True, ignore_permissions=True)
		delete_fixture()
		frappe.db.commit()  # nosemgrep
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")

	def prepared(self) -> dict:
		return {r: frappe.db.get_value("Report", r, "prepared_report") for r in HEAVY_REPORTS}

	def prepare_as_head(self) -> str:
		"""The unit head asks for the overdue list, and the long queue's worker prepares it (run here as
		the worker runs it: as the user who asked)."""
		filters = {"campaign": self.b.campaign}
		response = rest(
			self.head_token,
			"post",
			"/api/method/frappe.core.doctype.prepared_report.prepared_report.make_prepared_report",
			body={"report_name": OVERDUE, "filters": frappe.as_json(filters)},
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		name = response.json["message"]["name"]
		frappe.set_user(self.b.head.user)
		generate_report(name)
		frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("Prepared Report", name, "status"), "Completed")
		return name

	def test_the_setting_decides_which_reports_are_prepared(self):
		self.assertTrue(should_prepare(200_001, 200_000))
		self.assertFalse(should_prepare(200_000, 200_000))
		self.assertFalse(should_prepare(10**7, 0))
		self.assertEqual(set(self.prepared().values()), {1})
		self.assertEqual(
			frappe.db.get_value("Report", "Rectification Progress by Unit", "prepared_report"), 0
		)
		set_threshold(0)
		self.assertEqual(set(self.prepared().values()), {0})
		set_threshold(10**9)
		self.assertEqual(set(self.prepared().values()), {0})
		set_threshold(1)
		# a report's JSON synced again by migrate comes back as the setting says
		frappe.db.set_value("Report", OVERDUE, "prepared_report", 0, update_modified=False)
		from campaign_app.setup.install import after_migrate

		after_migrate()
		self.assertEqual(frappe.db.get_value("Report", OVERDUE, "prepared_report"), 1)

	def test_the_unit_head_reads_their_own_prepared_result(self):
		name = self.prepare_as_head()
		filters = {"campaign": self.b.campaign}
		response = rest(self.head_token, "get", RUN, params={"report_name": OVERDUE, "filters": filters})
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		result = response.json["message"]
		self.assertTrue(result["prepared_report"])
		self.assertEqual(result["doc"]["name"], name)
		self.assertEqual({r["item"] for r in result["result"]}, {self.items["center"]})

	def test_another_unit_head_cannot_read_it(self):
		name = self.prepare_as_head()
		filters = {"campaign": self.b.campaign}
		file_url = frappe.db.get_value(
			"File", {"attached_to_doctype": "Prepared Report", "attached_to_name": name}, "file_url"
		)
		attempts = {
			"by name in the filters": (
				"get",
				RUN,
				{"report_name": OVERDUE, "filters": {**filters, "prepared_report_name": name}},
			),
			"as the other user": (
				"get",
				RUN,
				{"report_name": OVERDUE, "filters": filters, "user": self.b.head.user},
			),
			"the record": ("get", f"/api/resource/Prepared Report/{name}", None),
			"the download": (
				"get",
				"/api/method/frappe.core.doctype.prepared_report.prepared_report.download_attachment",
				{"dn": name},
			),
			"the file": ("get", file_url, None),
		}
		for label, (method, path, params) in attempts.items():
			with self.subTest(label):
				response = rest(self.other_token, method, path, params=params)
				# 417: Frappe's own refusal of the download (无权下载)
				self.assertIn(response.status_code, (403, 404, 417), response.get_data(as_text=True)[:300])
				self.assertNotIn(self.items["center"], response.get_data(as_text=True))
		# the list of prepared results and their count hold only one's own
		response = rest(
			self.other_token,
			"get",
			"/api/resource/Prepared Report",
			params={"filters": [["report_name", "=", OVERDUE]], "fields": ["name"]},
		)
		self.assertNotIn(name, {r["name"] for r in response.json.get("data", [])})
		# run without a name finds no result of theirs, and never the head's
		response = rest(self.other_token, "get", RUN, params={"report_name": OVERDUE, "filters": filters})
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertFalse(response.json["message"].get("doc"))
		self.assertNotIn(self.items["center"], response.get_data(as_text=True))
		# the owner still downloads it
		response = rest(
			self.head_token,
			"get",
			"/api/method/frappe.core.doctype.prepared_report.prepared_report.download_attachment",
			params={"dn": name},
		)
		self.assertEqual(response.status_code, 200)
		self.assertIn(self.items["center"], response.get_data(as_text=True))

	def test_a_prepared_report_without_a_campaign_is_of_the_current_one(self):
		"""The desk asks for the result once before the campaign filter's default has arrived: that
		request finds the result prepared for the current campaign."""
		from campaign_app.current_campaign import current_campaign

		name = self.prepare_as_head()
		current = current_campaign()
		response = rest(self.head_token, "get", RUN, params={"report_name": OVERDUE, "filters": {}})
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		doc = response.json["message"].get("doc")
		if current == self.b.campaign:
			self.assertEqual(doc["name"], name)
		else:  # another campaign is the site's current one: the head's result is not of it
			self.assertFalse(doc and doc["name"] == name)
		# a report that is not prepared runs over what it is asked
		response = rest(
			self.head_token,
			"get",
			RUN,
			params={"report_name": "Rectification Progress by Unit", "filters": {}},
		)
		self.assertEqual(response.status_code, 200)
		self.assertNotIn("doc", response.json["message"])
