# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain.rectification import issue_status
from campaign_app.server_owned import refuse_client_changes

LEADERSHIP_TEAM = "Leadership Team"
# Kept by the server: the review meeting or supervision visit that raised the problem
SERVER_OWNED = ("review_meeting", "supervision_visit")


class CampaignIssue(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_issue_programme.campaign_issue_programme import (
			CampaignIssueProgramme,
		)

		area: DF.Link
		cadre: DF.Link | None
		campaign: DF.Link
		cause_style: DF.Check
		cause_system: DF.Check
		cause_thinking: DF.Check
		description: DF.TextEditor | None
		found_on: DF.Date
		is_public: DF.Check
		level: DF.Literal["Leadership Team", "Leading Cadre", "Individual"]
		programmes: DF.TableMultiSelect[CampaignIssueProgramme]
		review_meeting: DF.Link | None
		source: DF.Literal[
			"Self Inspection",
			"Solicited Opinion",
			"Pointed Out by Superiors",
			"Raised by Peers",
			"Rated by Subordinates",
			"Public Opinion",
			"Democratic Life Meeting",
			"Organisational Life Meeting",
			"Special Meeting",
			"Supervision",
			"Petition or Hotline",
			"Other",
		]
		status: DF.Literal["Not Rectified", "In Rectification", "Rectified"]
		supervision_visit: DF.Link | None
		theme: DF.Link | None
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		refuse_client_changes(self, SERVER_OWNED)
		self.validate_cadre_for_personal_levels()
		self.validate_found_on_not_in_future()
		self.status = issue_status(self.item_states())

	def validate_cadre_for_personal_levels(self):
		if self.level != LEADERSHIP_TEAM and not self.cadre:
			frappe.throw(
				_("A problem of a leading cadre or an individual needs the cadre"), title=_("Missing Cadre")
			)
		if self.level == LEADERSHIP_TEAM:
			self.cadre = None

	def validate_found_on_not_in_future(self):
		if self.found_on and getdate(self.found_on) > getdate(today()):
			frappe.throw(_("A problem cannot be found in the future"))

	def item_states(self) -> list[str]:
		if self.is_new():
			return []
		return frappe.get_all("Rectification Item", filters={"issue": self.name}, pluck="stage")

	def update_status(self):
		"""Called when one of its rectification items changes."""
		status = issue_status(self.item_states())
		if status != self.status:
			self.db_set("status", status)
