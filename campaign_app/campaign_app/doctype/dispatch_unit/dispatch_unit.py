# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class DispatchUnit(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		chased_on: DF.Date | None
		last_report_on: DF.Date | None
		open_items: DF.Int
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		reported: DF.Check
		reports: DF.Int
		unit: DF.Link | None
	# end: auto-generated types
	pass
