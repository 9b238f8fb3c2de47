# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class LivelihoodMilestone(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		done_on: DF.Date | None
		due_date: DF.Date
		evidence: DF.Attach | None
		milestone: DF.Data
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
	# end: auto-generated types
	pass
