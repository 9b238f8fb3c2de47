# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class DecisionStep(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		attachment: DF.Attach | None
		done_on: DF.Date | None
		note: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		step: DF.Literal[
			"Research and Justification",
			"Risk Assessment",
			"Legality Review",
			"Expert Consultation",
			"Collective Discussion",
		]
	# end: auto-generated types
	pass
