# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class EvaluationAnswer(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		question: DF.SmallText | None
		question_id: DF.Data | None
		rating: DF.Literal["", "Satisfied", "Basically Satisfied", "Dissatisfied"]
		rectification_item: DF.Link | None
		target_type: DF.Data | None
		unit: DF.Link | None
	# end: auto-generated types
	pass
