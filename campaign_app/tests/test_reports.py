"""FIX-2, FIX-6, FIX-7: the rectification reports, number cards, chart and board.

Figures are checked against counts made here independently with plain SQL or frappe.get_all, and the
scope of each report is checked as a real Unit Head: nothing of a sibling unit, through execute(),
frappe.desk.query_report.run, the report's export and the report view's export.
"""

import csv
import io
import json

import frappe
from frappe.desk import query_report, reportview
from frappe.desk.doctype.number_card import number_card
from frappe.tests.utils import FrappeTestCase
from frappe.utils import add_days, date_diff, getdate, today

from campaign_app.api import reports as api_reports
from campaign_app.campaign_app.report.issue_statistics import issue_statistics
from campaign_app.campaign_app.report.overdue_rectification_items import overdue_rectification_items
from campaign_app.campaign_app.report.rectification_ledger import rectification_ledger
from campaign_app.campaign_app.report.rectification_progress_by_unit import (
	rectification_progress_by_unit as progress_report,
)
from campaign_app.domain import rectification as rule
from campaign_app.domain.rectification import CLOSE_REQUESTED, CLOSED, DRAFT, RECTIFYING
from campaign_app.setup import views
from campaign_app.tests.utils import delete_campaign_records, make_bureau
from campaign_app.workflow_rules import state_names

P = "zrep-"
ITEM = "Rectification Item"
REPORTS = ("Rectification Ledger", "Overdue Rectification Items", "Rectification Progress by Unit")

# (key, issue key, unit key, stage, deadline from today, closed_on from today, relapses, light, ledger)
ITEMS = (
	("a1", "road", "center", RECTIFYING, -10, None, 0, "Red", "Person"),
	("a2", "road", "center", CLOSED, -5, -7, 0, "Green", "Team"),
	("a3", "law", "center", CLOSED, -20, -3, 2, "Green", "Person"),
	("s1", "station", "station", DRAFT, 30, None, 0, "Green", "Team"),
	("s2", "station", "station", CLOSE_REQUESTED, -1, None, 1, "Red", "Person"),
	("b1", "sibling", "sibling", RECTIFYING, -3, None, 0, "Red", "Person"),
	("b2", "sibling", "sibling", CLOSED, 5, -1, 0, "Green", "Team"),
)
# key: (unit key, level, area, source, theme index or None)
ISSUES = {
	"road": ("center", "Leadership Team", "道路养护", "Self Inspection", 0),
	"law": ("center", "Individual", "行业执法", "Petition or Hotline", None),
	"station": ("station", "Leading Cadre", "道路养护", "Supervision", 1),
	"sibling": ("sibling", "Leadership Team", "运输服务", "Self Inspection", 0),
}


def delete_fixture():
	delete_campaign_records(P)


class TestRectificationReports(FrappeTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		delete_fixture()
		b = make_bureau(P)
		cls.units = {"root": f"{P}局", "center": b.center, "sibling": b.sibling, "station": b.station}
		cls.head, cls.worker, cls.other_head, cls.leader = b.head, b.worker, b.other_head, b.leader
		people = {"center": cls.head, "station": cls.worker, "sibling": cls.other_head}
		cls.campaign = b.campaign
		themes = frappe.get_all("Campaign Theme", order_by="name", limit=2, pluck="name")
		cls.issues = {}
		for key, (unit, level, area, source, theme) in ISSUES.items():
			cls.issues[key] = (
				frappe.get_doc(
					{
						"doctype": "Campaign Issue",
						"title": f"{P}{key}",
						"campaign": cls.campaign,
						"level": level,
						"unit": cls.units[unit],
						"cadre": people[unit].name if level != "Leadership Team" else None,
						"area": area,
						"source": source,
						"theme": themes[theme] if theme is not None else None,
						"found_on": add_days(today(), -60),
					}
				)
				.insert(ignore_permissions=True)
				.name
			)
		cls.items = {}
		for key, issue, unit, state, due, closed_on, relapses, light, ledger in ITEMS:
			doc = frappe.get_doc(
				{
					"doctype": ITEM,
					"issue": cls.issues[issue],
					"measure": f"{P}{key} 整改措施",
					"kind": "Immediate",
					"ledger": ledger,
					"start_date": add_days(today(), -60),
					"deadline": add_days(today(), due),
					"unit": cls.units[unit],
					"responsible_cadre": people[unit].name,
					"leader_in_charge": cls.leader.name,
				}
			).insert(ignore_permissions=True)
			frappe.db.set_value(
				ITEM,
				doc.name,
				{
					"workflow_state": state_names(ITEM)[state],
					"stage": state,
					"closed_on": add_days(today(), closed_on) if closed_on is not None else None,
					"relapse_count": relapses,
					"light": light,
				},
				update_modified=False,
			)
			cls.items[key] = doc.name
		frappe.db.set_value("Campaign Issue", cls.issues["law"], "status", "Rectified")
		frappe.db.set_value("Campaign Issue", cls.issues["road"], "status", "In Rectification")
		frappe.db.commit()  # nosemgrep: fixtures shared by every test of the class

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		delete_fixture()
		frappe.db.commit()  # nosemgrep
		super().tearDownClass()

	def tearDown(self):
		frappe.set_user("Administrator")

	# ---- helpers: independent figures

	def subtree_units(self, unit_key: str) -> set[str]:
		lft, rgt = frappe.db.get_value("Campaign Unit", self.units[unit_key], ["lft", "rgt"])
		return set(
			frappe.db.sql_list(
				"select name from `tabCampaign Unit` where lft >= %s and rgt <= %s", (lft, rgt)
			)
		)

	def item_rows(self, **filters):
		return frappe.get_all(
			ITEM,
			filters={"campaign": self.campaign, **filters},
			fields=["name", "unit", "stage", "deadline", "closed_on", "relapse_count", "light"],
		)

	def ask_export(self, report: str | None, file_format: str):
		"""The request of the report page's export (or, without a report, of the item list's), as form_dict
		holds it."""
		frappe.local.form_dict = (
			frappe._dict(
				report_name=report,
				file_format_type=file_format,
				filters=json.dumps({"campaign": self.campaign}),
				visible_idx=json.dumps(list(range(20))),
			)
			if report
			else frappe._dict(
				doctype=ITEM,
				file_format_type=file_format,
				fields=json.dumps(["`tabRectification Item`.`name`"]),
				filters=json.dumps([[ITEM, "campaign", "=", self.campaign]]),
			)
		)

	def mine(self, *keys) -> set[str]:
		return {self.items[k] for k in keys}

	@property
	def center_items(self):
		return self.mine("a1", "a2", "a3", "s1", "s2")

	@property
	def sibling_items(self):
		return self.mine("b1", "b2")

	# ---- figures

	def test_ledger_lists_every_item_with_its_problem(self):
		_columns, rows = rectification_ledger.execute({"campaign": self.campaign})
		expected = {r.name for r in self.item_rows()}
		self.assertEqual({r["item"] for r in rows}, expected)
		self.assertEqual(len(rows), len(expected))
		row = next(r for r in rows if r["item"] == self.items["a1"])
		self.assertEqual(row["problem"], f"{P}road")
		self.assertEqual(row["unit"], self.units["center"])
		self.assertEqual(row["responsible_cadre"], self.head.full_name)
		self.assertEqual(row["leader_in_charge"], self.leader.full_name)
		self.assertEqual(row["workflow_state"], "整改中")
		self.assertEqual(getdate(row["deadline"]), getdate(add_days(today(), -10)))

	def test_ledger_filters(self):
		cases = {
			"unit": ({"unit": self.units["center"]}, {"unit": ("in", list(self.subtree_units("center")))}),
			"leaf unit": ({"unit": self.units["station"]}, {"unit": self.units["station"]}),
			"light": ({"light": "Red"}, {"light": "Red"}),
			"state": ({"stage": CLOSED}, {"stage": CLOSED}),
			"ledger": ({"ledger": "Team"}, {"ledger": "Team"}),
		}
		for label, (report_filters, orm_filters) in cases.items():
			with self.subTest(label):
				_columns, rows = rectification_ledger.execute({"campaign": self.campaign, **report_filters})
				self.assertEqual({r["item"] for r in rows}, {r.name for r in self.item_rows(**orm_filters)})
		level_issues = frappe.get_all(
			"Campaign Issue", filters={"campaign": self.campaign, "level": "Leadership Team"}, pluck="name"
		)
		_columns, rows = rectification_ledger.execute(
			{"campaign": self.campaign, "issue_level": "Leadership Team"}
		)
		self.assertEqual(
			{r["item"] for r in rows}, {r.name for r in self.item_rows(issue=("in", level_issues))}
		)
		theme = frappe.db.get_value("Campaign Issue", self.issues["station"], "theme")
		_columns, rows = rectification_ledger.execute({"campaign": self.campaign, "theme": theme})
		self.assertEqual({r["item"] for r in rows}, self.mine("s1", "s2"))

	def test_progress_by_unit_equals_independent_counts(self):
		for report_filters, orm_filters in (
			({"campaign": self.campaign}, {}),
			(
				{"campaign": self.campaign, "unit": self.units["center"]},
				{"unit": ("in", list(self.subtree_units("center")))},
			),
		):
			expected = {}
			for r in self.item_rows(**orm_filters):
				e = expected.setdefault(
					r.unit, {"items": 0, "closed": 0, "on_time": 0, "overdue": 0, "relapses": 0}
				)
				e["items"] += 1
				closed = r.stage == CLOSED
				e["closed"] += closed
				e["on_time"] += closed and r.closed_on <= r.deadline
				e["overdue"] += not closed and r.deadline < getdate(today())
				e["relapses"] += r.relapse_count or 0
			_columns, rows, _message, chart, summary = progress_report.execute(report_filters)
			self.assertEqual({r["unit"] for r in rows}, set(expected))
			# in the unit tree's order: each unit before the units under it
			tree = [frappe.db.get_value("Campaign Unit", r["unit"], "lft") for r in rows]
			self.assertEqual(tree, sorted(tree))
			for row in rows:
				e = expected[row["unit"]]
				self.assertEqual(row["items"], e["items"])
				self.assertEqual(row["closed"], e["closed"])
				self.assertEqual(row["overdue"], e["overdue"])
				self.assertEqual(row["relapses"], e["relapses"])
				rate = round(100.0 * e["on_time"] / e["closed"], 1) if e["closed"] else 0
				self.assertAlmostEqual(row["on_time_rate"], rate)
			self.assertEqual(sorted(chart["data"]["labels"]), sorted(expected))
			self.assertEqual(summary[0]["value"], sum(e["items"] for e in expected.values()))
		# the center itself: 3 items, 2 closed, 1 of them on time, 1 overdue, 2 relapses
		center = next(r for r in rows if r["unit"] == self.units["center"])
		self.assertEqual(
			(
				center["items"],
				center["closed"],
				center["on_time_rate"],
				center["overdue"],
				center["relapses"],
			),
			(3, 2, 50.0, 1, 2),
		)

	def test_overdue_lists_open_items_past_deadline(self):
		_columns, rows = overdue_rectification_items.execute({"campaign": self.campaign})
		expected = {
			r.name: date_diff(today(), r.deadline)
			for r in self.item_rows(deadline=("<", today()), stage=("!=", CLOSED))
		}
		self.assertEqual({r["item"]: r["days_overdue"] for r in rows}, expected)
		self.assertEqual(set(expected), self.mine("a1", "s2", "b1"))

	def test_issue_statistics_by_each_dimension(self):
		for dimension in ("area", "source", "level", "theme"):
			with self.subTest(dimension):
				counts = frappe.db.sql(
					f"""select `{dimension}`, count(*) from `tabCampaign Issue`
					where campaign = %s group by `{dimension}`""",
					self.campaign,
				)
				_columns, rows, _message, chart = issue_statistics.execute(
					{"campaign": self.campaign, "group_by": dimension}
				)
				self.assertEqual(sorted(r["issues"] for r in rows), sorted(c for _v, c in counts))
				self.assertEqual(sum(r["issues"] for r in rows), len(ISSUES))
				self.assertEqual(len(chart["data"]["labels"]), len(counts))
		_columns, rows, _message, _chart = issue_statistics.execute(
			{"campaign": self.campaign, "group_by": "area"}
		)
		road = next(r for r in rows if r["value"] == "道路养护")
		self.assertEqual((road["issues"], road["in_rectification"]), (2, 1))
		law = next(r for r in rows if r["value"] == "行业执法")
		self.assertEqual((law["issues"], law["rectified"], law["not_rectified"]), (1, 1, 0))

	# ---- scope: a Unit Head of the center sees nothing of the sibling unit

	def test_unit_head_sees_only_the_subtree_in_every_report(self):
		frappe.set_user(self.head.user)
		filters = {"campaign": self.campaign}
		_c, rows = rectification_ledger.execute(filters)
		self.assertEqual({r["item"] for r in rows}, self.center_items)
		_c, rows = overdue_rectification_items.execute(filters)
		self.assertEqual({r["item"] for r in rows}, self.mine("a1", "s2"))
		_c, rows, *_rest = progress_report.execute(filters)
		self.assertEqual({r["unit"] for r in rows}, {self.units["center"], self.units["station"]})
		self.assertEqual(sum(r["items"] for r in rows), 5)
		# asking for the sibling unit explicitly gives nothing either
		_c, rows = rectification_ledger.execute({**filters, "unit": self.units["sibling"]})
		self.assertEqual(rows, [])
		_c, rows, *_rest = issue_statistics.execute({**filters, "group_by": "source"})
		self.assertEqual(sum(r["issues"] for r in rows), 3)

	def test_unit_head_through_query_report_run(self):
		frappe.set_user(self.head.user)
		filters = json.dumps({"campaign": self.campaign})
		result = query_report.run("Rectification Ledger", filters)
		self.assertEqual({r["item"] for r in result["result"]}, self.center_items)
		result = query_report.run("Overdue Rectification Items", filters)
		self.assertEqual({r["item"] for r in result["result"]}, self.mine("a1", "s2"))
		result = query_report.run("Rectification Progress by Unit", filters)
		self.assertNotIn(self.units["sibling"], {r["unit"] for r in result["result"]})
		result = query_report.run(
			"Issue Statistics", json.dumps({"campaign": self.campaign, "group_by": "area"})
		)
		self.assertEqual(sum(r["issues"] for r in result["result"]), 3)
		self.assertNotIn("运输服务", {r["value"] for r in result["result"]})

	def test_unit_head_exports(self):
		frappe.set_user(self.head.user)
		# the report's own export (Excel/CSV from the report view)
		self.ask_export("Rectification Ledger", "CSV")
		query_report.export_query()
		text = frappe.response["filecontent"].decode("utf-8")
		for name in self.center_items:
			self.assertIn(name, text)
		for name in self.sibling_items:
			self.assertNotIn(name, text)
		# the report view's export of the doctype
		self.ask_export(None, "CSV")
		reportview.export_query()
		rows = list(csv.reader(io.StringIO(frappe.response["filecontent"].decode("utf-8"))))
		self.assertEqual({r[1] for r in rows[1:]}, self.center_items)
		names = frappe.get_list(ITEM, filters={"campaign": self.campaign}, pluck="name")
		self.assertEqual(set(names), self.center_items)

	def test_excel_export_names_its_sheet_in_chinese(self):
		"""Frappe names every report's sheet "Query Report" and a list's after its doctype in English."""
		from io import BytesIO

		from openpyxl import load_workbook

		frappe.set_user(self.head.user)
		lang, frappe.local.lang = frappe.local.lang, "zh"
		try:
			self.ask_export("Overdue Rectification Items", "Excel")
			api_reports.export_query()
			book = load_workbook(BytesIO(frappe.response["filecontent"]))
			self.assertEqual(book.sheetnames, ["逾期清单"])
			self.assertEqual(frappe.response["filename"], "逾期清单.xlsx")
			cells = {c.value for row in book.active.iter_rows() for c in row}
			self.assertIn(self.items["a1"], cells)
			self.assertNotIn(self.items["b1"], cells)
			self.ask_export(None, "Excel")
			api_reports.export_list()
			book = load_workbook(BytesIO(frappe.response["filecontent"]))
			self.assertEqual(book.sheetnames, ["整改事项"])
		finally:
			frappe.local.lang = lang

	def test_staff_sees_own_unit_only(self):
		frappe.set_user(self.worker.user)
		_c, rows = rectification_ledger.execute({"campaign": self.campaign})
		self.assertEqual({r["item"] for r in rows}, self.mine("s1", "s2"))

	# ---- number cards and chart, as the Unit Head

	def test_number_cards_are_scoped(self):
		frappe.set_user(self.head.user)
		center = [r for r in self.item_rows() if r.name in self.center_items]
		month = getdate(today()).strftime("%Y-%m")
		expected = {
			"Open Rectification Items": sum(r.stage != CLOSED for r in center),
			"Red Rectification Items": sum(r.light == "Red" and r.stage != CLOSED for r in center),
			"Items Closed This Month": sum(
				r.stage == CLOSED and r.closed_on.strftime("%Y-%m") == month for r in center
			),
		}
		for name, value in expected.items():
			with self.subTest(name):
				card = frappe.get_doc("Number Card", name)
				result = number_card.get_result(card.as_json(), card.filters_json)
				self.assertEqual(result, value)
		rate = api_reports.completion_rate(json.dumps({"campaign": self.campaign}))
		closed = sum(r.stage == CLOSED for r in center)
		self.assertEqual(rate["fieldtype"], "Percent")
		self.assertAlmostEqual(rate["value"], round(100.0 * closed / len(center), 1))
		card = frappe.get_doc("Number Card", "Rectification Completion Rate")
		self.assertTrue(frappe.get_attr(card.method))

	def test_the_list_count_named_unit_by_unit_counts_the_same_rows(self):
		from campaign_app.api.overrides import get_list_count
		from campaign_app.permissions import rectification_item_scope_parts

		listed = rectification_item_scope_parts(self.head.user, listed=True)[0]
		self.assertIn(f"'{self.units['station']}'", listed)  # the subtree, named
		frappe.set_user(self.head.user)
		frappe.local.form_dict = frappe._dict(doctype=ITEM, filters="[]", limit=1001)
		try:
			counted = get_list_count()
		finally:
			frappe.local.form_dict = frappe._dict()
		listed_page = {r.name for r in frappe.get_list(ITEM, limit_page_length=0)}
		self.assertEqual(counted, len(listed_page))
		self.assertTrue(set(self.center_items) <= listed_page)

	def test_chart_by_state_is_scoped_lists_every_state_and_keeps_its_colour(self):
		from frappe.desk.query_report import run

		self.assertEqual(
			frappe.db.get_value("Dashboard Chart", "Rectification Items by State", "report_name"),
			"Rectification Items by Stage",
		)
		frappe.set_user(self.head.user)
		data = run("Rectification Items by Stage", filters={"campaign": self.campaign})["chart"]
		counts = dict(zip(data["data"]["labels"], data["data"]["datasets"][0]["values"], strict=True))
		names = state_names(ITEM)
		expected = {frappe._(names[stage]): 0 for stage in rule.STAGES}
		for r in self.item_rows():
			if r.name in self.center_items:
				expected[frappe._(names[r.stage])] += 1
		self.assertEqual(counts, expected)
		self.assertEqual(list(counts), [frappe._(names[stage]) for stage in rule.STAGES])
		self.assertEqual(len(set(data["colors"])), len(rule.STAGES))

	# ---- kanban board

	def test_board_is_created_once_and_kept(self):
		views.ensure_views()
		self.assertTrue(frappe.db.exists("Kanban Board", views.KANBAN_BOARD))
		columns = frappe.get_all(
			"Kanban Board Column", filters={"parent": views.KANBAN_BOARD}, pluck="column_name"
		)
		self.assertEqual(sorted(columns), sorted(rule.STATE_NAMES[stage] for stage in views.INDICATORS))
		shown = frappe.db.get_value("Kanban Board", views.KANBAN_BOARD, "show_labels")
		frappe.db.set_value("Kanban Board", views.KANBAN_BOARD, "show_labels", 0 if shown else 1)
		try:
			views.ensure_views()
			self.assertEqual(frappe.db.count("Kanban Board", {"kanban_board_name": views.KANBAN_BOARD}), 1)
			self.assertEqual(
				frappe.db.get_value("Kanban Board", views.KANBAN_BOARD, "show_labels"), 0 if shown else 1
			)
		finally:
			frappe.db.set_value("Kanban Board", views.KANBAN_BOARD, "show_labels", shown)
