# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain import feedback as rule
from campaign_app.server_owned import refuse_client_changes
from campaign_app.settings import days_off, feedback_settings
from campaign_app.workflow_rules import check_state_editable, check_transition, set_stage, take_return_reason

# Kept by the server: the deadline and its state, who handles and who replied, the link to the problem,
# the citizen's rating and the hash of their lookup secret
SERVER_OWNED = (
	"due_date",
	"overdue",
	"handler_user",
	"replied_on",
	"replied_by",
	"campaign_issue",
	"rating",
	"rated_on",
	"lookup_hash",
	"submitted_online",
	"last_return_reason",
)


class PublicFeedback(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		anonymous: DF.Check
		area: DF.Link | None
		campaign: DF.Link
		campaign_issue: DF.Link | None
		channel: DF.Literal[
			"",
			"Field Research",
			"Grassroots Visit",
			"Enterprise Forum",
			"Driver and Public Interview",
			"Petition Reception",
			"Suggestion Box",
			"12328 Hotline",
			"Reporting Phone",
			"Online Platform",
			"Pointed Out by Superiors",
			"Raised by Peers",
			"Rated by Subordinates",
			"Public Discussion",
		]
		contact_name: DF.Data | None
		contact_phone: DF.Data | None
		content: DF.SmallText
		due_date: DF.Date | None
		handler_user: DF.Link | None
		last_return_reason: DF.SmallText | None
		lookup_hash: DF.Data | None
		overdue: DF.Check
		rated_on: DF.Datetime | None
		rating: DF.Literal["", "Satisfied", "Basically Satisfied", "Dissatisfied"]
		received_on: DF.Date
		replied_by: DF.Link | None
		replied_on: DF.Date | None
		reply: DF.SmallText | None
		return_reason: DF.SmallText | None
		stage: DF.Literal["Received", "Handling", "Replied", "Closed"]
		submitted_online: DF.Check
		summary: DF.Data | None
		unit: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		set_stage(self)
		check_state_editable(self, _("In the state {0} you cannot change this feedback"))
		refuse_client_changes(self, SERVER_OWNED)
		check_transition(self, ("content", "channel"))
		self.check_texts()
		self.set_summary()
		self.set_due_date()
		self.set_handler()
		self.apply_transition_rules()
		self.overdue = rule.is_overdue(self.stage, getdate(self.due_date), getdate(today()))

	def onload(self):
		self.set_onload("reason_stages", sorted(rule.RETURNS))

	def on_update(self):
		if self.flags.pop("returned", False):
			self.run_method("on_return")

	# ---- rules

	def check_texts(self):
		if self.anonymous:
			self.contact_name = self.contact_phone = None
		if rule.submission_problem(self.as_dict()) == "too_long":
			frappe.throw(
				_("A text is too long: content up to 1000 characters, name up to 50, phone up to 30")
			)

	def set_summary(self):
		text = " ".join((self.content or "").split())
		self.summary = text[:60] + ("…" if len(text) > 60 else "")

	def set_due_date(self):
		"""Working days from the day received (整改设置: days and days off)."""
		before = self.get_doc_before_save()
		if before and before.received_on == self.received_on and self.due_date:
			return
		self.due_date = rule.due_date(getdate(self.received_on), feedback_settings().days, *days_off())

	def set_handler(self):
		"""The head of the target unit handles it, and hears of it."""
		head = self.unit and frappe.db.get_value("Campaign Unit", self.unit, "head")
		self.handler_user = head and frappe.db.get_value("Cadre", head, "user")

	def apply_transition_rules(self):
		before = self.get_doc_before_save()
		old, new = (before.stage if before else None), self.stage
		if not before or old == new:
			return
		if new == rule.HANDLING and not self.unit:
			frappe.throw(
				_("Choose the unit that handles the feedback before accepting it"), title=_("Missing Unit")
			)
		if (old, new) in rule.RETURNS:
			take_return_reason(self)
			self.flags.returned = True
		if new == rule.REPLIED:
			if not (self.reply or "").strip():
				frappe.throw(_("Write the reply to the citizen first"), title=_("Missing Reply"))
			self.replied_on, self.replied_by = today(), frappe.session.user
