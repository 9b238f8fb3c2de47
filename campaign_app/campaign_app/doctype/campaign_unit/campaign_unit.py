# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils.nestedset import NestedSet

from campaign_app.permissions import get_scope


class CampaignUnit(NestedSet):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		head: DF.Link | None
		is_active: DF.Check
		is_group: DF.Check
		lft: DF.Int
		old_parent: DF.Link | None
		parent_campaign_unit: DF.Link | None
		rgt: DF.Int
		unit_name: DF.Data
		unit_type: DF.Literal["Bureau", "Section", "Subordinate Unit", "Party Branch", "Other"]
	# end: auto-generated types

	nsm_parent_field = "parent_campaign_unit"

	def validate(self):
		self.validate_parent_not_self()
		self.validate_parent_not_below()

	def validate_parent_not_self(self):
		if self.parent_campaign_unit and self.parent_campaign_unit in (self.name, self.unit_name):
			frappe.throw(_("A unit cannot be its own parent unit"), title=_("Invalid Parent Unit"))

	def validate_parent_not_below(self):
		if self.is_new() or not self.parent_campaign_unit:
			return
		own = frappe.db.get_value("Campaign Unit", self.name, ["lft", "rgt"])
		parent_lft = frappe.db.get_value("Campaign Unit", self.parent_campaign_unit, "lft")
		if own and parent_lft is not None and own[0] <= parent_lft <= own[1]:
			frappe.throw(
				_("Unit {0} lies below {1}, so it cannot be its parent unit").format(
					self.parent_campaign_unit, self.name
				),
				title=_("Invalid Parent Unit"),
			)


def on_doctype_update():
	"""Scope queries select units by a range of `lft`: Frappe does not index a tree's columns."""
	frappe.db.add_index("Campaign Unit", ["lft", "rgt"])
