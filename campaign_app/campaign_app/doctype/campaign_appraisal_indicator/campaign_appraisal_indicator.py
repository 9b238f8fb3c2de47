# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class CampaignAppraisalIndicator(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		data_source: DF.Literal[
			"",
			"On-time Close Rate",
			"Relapses",
			"Overdue Items",
			"Public Satisfaction",
			"Study Effectiveness",
		]
		indicator_name: DF.Data
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		scoring_guide: DF.SmallText | None
		weight: DF.Float
	# end: auto-generated types
	pass
