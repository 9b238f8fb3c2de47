# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
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
		sessions_to_attend: DF.SmallText | None
	# end: auto-generated types

	@property
	def sessions_to_attend(self) -> str:
		"""ORG-5 in one place: the study forms that name this level (or name no level: everyone attends)."""
		named = frappe.get_all(
			"Study Session Type Level",
			filters={"parenttype": "Study Session Type"},
			fields=["parent", "level"],
		)
		types = frappe.get_all("Study Session Type", filters={"is_active": 1}, pluck="name", order_by="name")
		levels = {}
		for row in named:
			levels.setdefault(row.parent, set()).add(row.level)
		return "、".join(_(t) for t in types if not levels.get(t) or self.level in levels[t])
