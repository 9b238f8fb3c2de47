"""Printing (the desk's Print and PDF) in Chinese: Frappe's standard print format translates the columns of a
child table without the doctype as context, so those labels must translate on their own."""

import re

import frappe

from campaign_app.domain import appraisal as rule
from campaign_app.tests.rectification_utils import attach_evidence, item_doc, make_issue
from campaign_app.tests.test_appraisal import AppraisalCase, P, make_template
from campaign_app.tests.utils import ChineseTestCase, make_bureau, set_stage

CLOSEOUT = "Rectification Close-out Form"
ITEM_SHEET = "Rectification Item Sheet"

LATIN = re.compile(r"[A-Za-z]")


def printed(doctype: str, name: str) -> str:
	return frappe.get_print(doctype, name, print_format="Standard", no_letterhead=1)


def headings(html: str) -> list[str]:
	"""What a reader sees as labels: the field labels, the table columns and the title."""
	texts = re.findall(r"<label>(.*?)</label>|<th(?:\s[^>]*)?>\s*(.*?)\s*</th>", html, re.S)
	title = re.search(r'class="print-heading">\s*<h2>\s*<div>(.*?)</div>', html, re.S)
	return [a or b for a, b in texts] + [title.group(1) if title else "no title"]


class TestPrint(AppraisalCase):
	def test_every_printed_column_of_a_child_table_is_in_chinese(self):
		for doctype in frappe.get_all("DocType", {"module": "Campaign App", "istable": 1}, pluck="name"):
			for df in frappe.get_meta(doctype).fields:
				if df.label and not df.print_hide and df.fieldtype not in frappe.model.no_value_fields:
					self.assertNotRegex(frappe._(df.label), LATIN, f"{doctype}.{df.fieldname}")

	def test_an_appraisal_and_its_template_print_in_chinese(self):
		doc = self.appraisal(scores=((90, 85), (80, 70), (100, 95)))
		template = make_template(f"{P}打印模板", rule.CADRE, levels=("Unit Leader",))
		for doctype, name in (("Campaign Appraisal", doc.name), ("Campaign Appraisal Template", template)):
			html = printed(doctype, name)
			labels = headings(html)
			self.assertIn("序号", labels)
			self.assertEqual([t for t in labels if LATIN.search(t)], [], doctype)
		self.assertIn("权重（%）", headings(printed("Campaign Appraisal", doc.name)))
		self.assertIn("考核评价", headings(printed("Campaign Appraisal", doc.name)))

	def test_close_out_evidence_is_not_printed_as_a_broken_image(self):
		b = self.b
		item = item_doc(b, make_issue(b).name).insert()
		item.db_set("closeout_evidence", attach_evidence(item.name))
		html = printed("Rectification Item", item.name)
		self.assertNotIn("<img", html)
		self.assertEqual([t for t in headings(html) if LATIN.search(t)], [])


class TestCloseoutForm(ChineseTestCase):
	"""#14: 整改销号审批表, signed as offices sign it: names, dates, the evidence by file name."""

	def closed_item(self):
		"""An item reported on, asked to close by its cadre and verified by its leader; and its bureau."""
		from campaign_app.demo.actions import run_as
		from campaign_app.domain import rectification as rule

		b = make_bureau("zprint-")
		item = item_doc(
			b, make_issue(b, "窗口服务推诿扯皮", description="<p>群众反映<b>多次跑腿</b></p>").name
		).insert()
		set_stage("Rectification Item", item.name, rule.RECTIFYING)
		item.reload()
		item.append(
			"progress_reports", {"report_date": "2026-04-01", "percent": 100, "work_done": "建立首问负责制"}
		)
		item.closeout_summary = "首问负责制已落实"
		item.closeout_evidence = attach_evidence(item.name)
		item.save()
		run_as(b.worker.user, "Rectification Item", item.name, rule.REQUEST_CLOSE)
		run_as(b.leader.user, "Rectification Item", item.name, rule.VERIFY)
		return b, item

	def read(self, item, print_format: str, expected: list) -> None:
		"""The form as a reader sees it: each expected text, names not account ids, all else Chinese."""
		html = frappe.get_print("Rectification Item", item.name, print_format=print_format, no_letterhead=1)
		text = re.sub(r"<[^>]+>|\s+", " ", re.sub(r"<(style|script)\b.*?</\1>", "", html, flags=re.S))
		for each in expected:
			self.assertIn(each, text)
		self.assertNotIn("@", text)  # no account ids
		self.assertNotIn("/private/files", text)
		self.assertNotIn("None", text)
		# the test's people and units are named by their logins; all else is Chinese
		rest = re.sub(r"zprint-[\w.-]*|" + re.escape(f"{item.name}-evidence.txt"), "", text)
		rest = rest.replace(item.name, "").replace("PDF", "")
		self.assertEqual(re.findall(r"[A-Za-z]+", rest), [])

	def test_the_close_out_form_shows_who_signed_with_names_and_the_evidence_list(self):
		b, item = self.closed_item()
		campaign = frappe.db.get_value("Study Campaign", b.campaign, "title")
		people = (b.worker.full_name, b.leader.full_name)
		self.read(
			item,
			CLOSEOUT,
			[
				*("整改销号审批表", campaign, "窗口服务推诿扯皮", "群众反映多次跑腿", "首问负责制已落实"),
				*(*people, f"{item.name}-evidence.txt", "同意销号", "分管领导意见", "领导小组办公室意见"),
			],
		)

	def test_the_item_prints_as_a_sheet_with_a_heading_and_names(self):
		"""整改事项单, the item's own print (its default): a heading, the campaign, names and words."""
		b, item = self.closed_item()
		self.assertEqual(frappe.get_meta("Rectification Item").default_print_format, ITEM_SHEET)
		campaign = frappe.db.get_value("Study Campaign", b.campaign, "title")
		self.read(
			item,
			ITEM_SHEET,
			[
				*("整改事项单", campaign, "窗口服务推诿扯皮", "首问负责制已落实", "建立首问负责制", "已销号"),
				*(b.worker.full_name, b.leader.full_name, "立行立改", f"{item.name}-evidence.txt"),
			],
		)

	def test_a_user_shows_by_name_in_links(self):
		self.assertTrue(frappe.get_meta("User").show_title_field_in_link)

	def test_a_print_format_shows_by_its_name_in_the_users_language(self):
		from frappe.translate import get_translated_doctypes

		self.assertIn("Print Format", get_translated_doctypes())
		frappe.local.lang = "zh"
		self.assertEqual(frappe._(ITEM_SHEET), "整改事项单")
		self.assertEqual(frappe._(CLOSEOUT), "整改销号审批表")
