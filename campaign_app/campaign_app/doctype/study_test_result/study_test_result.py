# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.domain import study as rule


class StudyTestResult(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cadre: DF.Link
		cadre_name: DF.Data | None
		passed: DF.Check
		score: DF.Float
		study_test: DF.Link
		unit: DF.Link | None

	# end: auto-generated types
	def validate(self):
		self.set_unit()
		self.validate_one_result_per_cadre()
		self.set_passed()

	def set_unit(self):
		self.unit = frappe.db.get_value("Cadre", self.cadre, "unit")

	def validate_one_result_per_cadre(self):
		other = frappe.db.exists(
			"Study Test Result",
			{"study_test": self.study_test, "cadre": self.cadre, "name": ("!=", self.name)},
		)
		if other:
			frappe.throw(_("{0} already has a score in this test").format(self.cadre_name or self.cadre))

	def set_passed(self):
		full, pass_mark = frappe.db.get_value("Study Test", self.study_test, ["full_marks", "pass_mark"])
		if not rule.score_valid(self.score, full):
			frappe.throw(_("A score must be between 0 and {0}").format(full), title=_("Invalid Score"))
		self.passed = rule.passed(self.score, pass_mark)
