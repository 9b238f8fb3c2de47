# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

from frappe.model.document import Document


class CadreLevelRequirement(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.cadre_level_output.cadre_level_output import CadreLevelOutput

		appraisal_template: DF.Link | None
		focus: DF.SmallText | None
		level: DF.Literal[
			"Leadership Member", "Principal Leader", "Unit Leader", "Party Cadre", "Frontline Staff"
		]
		outputs: DF.Table[CadreLevelOutput]
		self_check_focus: DF.SmallText | None
	# end: auto-generated types
	pass
