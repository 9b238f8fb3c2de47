# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class CampaignAppraisalScore(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		computed_score: DF.Float
		computed_value: DF.Data | None
		data_source: DF.Literal[
			"",
			"On-time Close Rate",
			"Relapses",
			"Overdue Items",
			"Public Satisfaction",
			"Study Effectiveness",
		]
		final_score: DF.Float
		indicator: DF.Data | None
		parent: DF.Data
		parentfield: DF.Data
		parenttype: DF.Data
		reviewer_score: DF.Float
		scoring_guide: DF.SmallText | None
		self_score: DF.Float
		weight: DF.Float
	# end: auto-generated types
	pass
