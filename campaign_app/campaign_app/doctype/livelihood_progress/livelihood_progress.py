# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class LivelihoodProgress(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		evidence: DF.Attach | None
		note: DF.SmallText
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		progress: DF.Percent
		report_date: DF.Date
		reported_by: DF.Link | None
	# end: auto-generated types
	pass
