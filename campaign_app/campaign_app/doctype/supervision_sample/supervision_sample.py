# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class SupervisionSample(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		note: DF.SmallText | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		rectification_item: DF.Link
		reopened: DF.Check
		result: DF.Literal["", "Confirmed", "Failed"]
		unit: DF.Link | None
	# end: auto-generated types
	pass
