# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class EvaluationSurveyQuestion(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		question: DF.SmallText
		rectification_item: DF.Link | None
		target_type: DF.Literal["Unit", "Rectification Item", "General"]
		unit: DF.Link | None
	# end: auto-generated types
	pass
