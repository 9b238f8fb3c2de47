# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class ReviewMeetingProblem(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		area: DF.Link
		cadre: DF.Link | None
		issue: DF.Link | None
		kind: DF.Literal["Self-criticism", "Criticism"]
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		problem: DF.SmallText
		raised_by: DF.Link | None
	# end: auto-generated types
	pass
