# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime

from campaign_app.domain import study as rule
from campaign_app.guard.files import check_attach_fields
from campaign_app.server_owned import refuse_client_changes
from campaign_app.workflow_rules import check_state_editable, check_transition, set_stage, take_return_reason

# Kept by the server: whose output it is, who reviewed it and when
SERVER_OWNED = ("author_user", "reviewed_by", "reviewed_on", "last_return_reason")
OFFICE_ROLES = {"Campaign Manager", "Unit Head"}


class StudyOutput(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		attachment: DF.Attach | None
		author_user: DF.Link | None
		cadre: DF.Link
		campaign: DF.Link
		content: DF.TextEditor | None
		last_return_reason: DF.SmallText | None
		output_type: DF.Literal[
			"Study Reflection",
			"Research Report",
			"Seminar Speech",
			"Self-examination Material",
			"Personal Analysis Material",
		]
		return_reason: DF.SmallText | None
		reviewed_by: DF.Link | None
		reviewed_on: DF.Datetime | None
		stage: DF.Literal["Draft", "Submitted", "Reviewed"]
		title: DF.Data
		topic: DF.Data | None
		unit: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		set_stage(self)
		check_state_editable(self, _("In the state {0} you cannot change this study output"))
		refuse_client_changes(self, SERVER_OWNED)
		check_transition(self, ("cadre",))
		check_attach_fields(self)
		self.set_author()
		self.apply_transition_rules()

	def onload(self):
		# the form asks for a reason before these moves (public/js/workflow_reason.js)
		self.set_onload("reason_stages", sorted(rule.RETURNS))

	def on_update(self):
		if self.flags.pop("returned", False):
			self.run_method("on_return")  # the "Study Output Returned" notification

	def set_author(self):
		"""A cadre writes their own outputs; a unit head or the office may enter one for a cadre."""
		cadre = frappe.db.get_value("Cadre", self.cadre, ["user", "unit"], as_dict=True)
		if not cadre:
			frappe.throw(_("Choose the cadre"))
		user = frappe.session.user
		if self.is_new() and user != "Administrator" and cadre.user != user:
			if not OFFICE_ROLES & set(frappe.get_roles()):
				frappe.throw(_("You can only write your own study outputs"), frappe.PermissionError)
		self.author_user, self.unit = cadre.user, cadre.unit

	def apply_transition_rules(self):
		before = self.get_doc_before_save()
		old, new = (before.stage if before else None), self.stage
		if not before or old == new:
			return
		user = frappe.session.user
		if (old, new) in rule.RETURNS:
			take_return_reason(self)
			self.flags.returned = True
		if new == rule.REVIEWED or (old, new) in rule.RETURNS:
			if user == before.author_user:
				frappe.throw(
					_("You cannot review your own study output"),
					frappe.PermissionError,
					title=_("Another Person Must Review"),
				)
			self.reviewed_by, self.reviewed_on = user, now_datetime()
		if (old, new) == (rule.DRAFT, rule.SUBMITTED) and user not in ("Administrator", before.author_user):
			if "Campaign Manager" not in frappe.get_roles():
				frappe.throw(_("Only the author submits a study output"), frappe.PermissionError)
