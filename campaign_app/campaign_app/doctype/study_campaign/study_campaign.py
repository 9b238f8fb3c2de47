# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import formatdate, getdate

from campaign_app.current_campaign import refresh_default
from campaign_app.domain.org import duplicate_cadres, leading_group_problem, period_is_valid


class StudyCampaign(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_leading_group_member.campaign_leading_group_member import (
			CampaignLeadingGroupMember,
		)

		end_date: DF.Date
		goals: DF.TextEditor | None
		leading_group: DF.Table[CampaignLeadingGroupMember]
		office_unit: DF.Link | None
		start_date: DF.Date
		status: DF.Literal["Planned", "In Progress", "Completed"]
		title: DF.Data
	# end: auto-generated types

	def on_update(self):
		refresh_default()  # report filters open on the latest campaign in progress

	def on_trash(self):
		frappe.db.after_commit.add(refresh_default)

	def validate(self):
		self.validate_period()
		self.validate_leading_group()

	def validate_period(self):
		if not period_is_valid(getdate(self.start_date), getdate(self.end_date)):
			frappe.throw(
				_("The campaign cannot end ({0}) before it starts ({1})").format(
					formatdate(self.end_date), formatdate(self.start_date)
				),
				title=_("Invalid Period"),
			)

	def validate_leading_group(self):
		rows = [(row.cadre, row.group_role) for row in self.leading_group]
		problem = leading_group_problem(rows)
		if problem == "duplicate_cadre":
			names = ", ".join(
				frappe.db.get_value("Cadre", c, "full_name") or c for c in duplicate_cadres(rows)
			)
			frappe.throw(_("Cadre {0} appears more than once in the leading group").format(names))
		elif problem:
			frappe.throw(_("The leading group needs exactly one leader"), title=_("Invalid Leading Group"))
