# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from campaign_app.domain import warnings as rule
from campaign_app.server_owned import refuse_client_changes

# Raised by the daily job: what it found is the server's; the office closes it with a note
SERVER_OWNED = (
	"cause",
	"unit",
	"campaign",
	"detail",
	"reference_doctype",
	"reference_name",
	"raised_on",
	"unit_head_user",
	"cause_key",
	"closed_by",
	"closed_on",
)


class DeviationWarning(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		campaign: DF.Link | None
		cause: DF.Literal[
			"Many Red Items",
			"Repeated Returns",
			"Same Measure Across Units",
			"Progress Jump Without Evidence",
			"Deadline Moved Repeatedly",
			"Same Evidence on Several Items",
			"Closed in Bulk on the Due Day",
			"Falling Satisfaction",
		]
		cause_key: DF.Data | None
		closed_by: DF.Link | None
		closed_on: DF.Date | None
		closing_note: DF.SmallText | None
		detail: DF.SmallText | None
		raised_on: DF.Date | None
		reference_doctype: DF.Link | None
		reference_name: DF.DynamicLink | None
		status: DF.Literal["Open", "Closed"]
		unit: DF.Link | None
		unit_head_user: DF.Link | None

	# end: auto-generated types
	def validate(self):
		refuse_client_changes(self, SERVER_OWNED)
		self.check_closing()

	def check_closing(self):
		before = self.get_doc_before_save()
		if before and before.status == rule.CLOSED and self.status != rule.CLOSED:
			frappe.throw(_("A closed warning stays closed: the daily check raises a new cause anew"))
		if self.status == rule.CLOSED and (not before or before.status != rule.CLOSED):
			if not (self.closing_note or "").strip():
				frappe.throw(_("Close the warning with a note on what was done"), title=_("Missing Note"))
			self.closed_by, self.closed_on = frappe.session.user, today()
