# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class StudyAttendance(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		cadre: DF.Link
		cadre_name: DF.Data | None
		made_up_on: DF.Date | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		reason: DF.Data | None
		status: DF.Literal["Present", "Leave", "Absent", "Made Up"]
	# end: auto-generated types
	pass
