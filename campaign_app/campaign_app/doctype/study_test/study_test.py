# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class StudyTest(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		campaign: DF.Link
		description: DF.SmallText | None
		full_marks: DF.Float
		pass_mark: DF.Float
		test_date: DF.Date
		title: DF.Data

	# end: auto-generated types
	def validate(self):
		if not (0 < (self.pass_mark or 0) <= (self.full_marks or 0)):
			frappe.throw(
				_("The pass mark must be above 0 and not above the full marks"), title=_("Invalid Score")
			)
