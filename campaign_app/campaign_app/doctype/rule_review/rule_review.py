# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from campaign_app.domain import supervision as rule
from campaign_app.guard.files import check_attach_fields
from campaign_app.server_owned import refuse_client_changes
from campaign_app.workflow_rules import check_state_editable, check_transition, set_stage, take_return_reason

SERVER_OWNED = ("published_on", "last_return_reason")


class RuleReview(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.rule_review_issue.rule_review_issue import RuleReviewIssue

		attachment: DF.Attach | None
		campaign: DF.Link | None
		deadline: DF.Date | None
		decision: DF.Literal["Keep", "Revise", "Abolish", "New"]
		domain: DF.Literal[
			"Construction",
			"Maintenance",
			"Transport Management",
			"Enforcement and Service",
			"Work Safety",
			"Decision-making",
		]
		issues: DF.TableMultiSelect[RuleReviewIssue]
		last_return_reason: DF.SmallText | None
		published_on: DF.Date | None
		reason: DF.SmallText
		replaced_by: DF.Link | None
		return_reason: DF.SmallText | None
		rule_text: DF.TextEditor | None
		rule_title: DF.Data
		stage: DF.Literal["Draft", "Submitted", "Approved", "Published"]
		unit: DF.Link
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		set_stage(self)
		check_state_editable(self, _("In the state {0} you cannot change this rule review"))
		refuse_client_changes(self, SERVER_OWNED)
		check_transition(self, ("decision", "rule_title"))
		check_attach_fields(self)
		self.check_replacement()
		self.apply_transition_rules()

	def onload(self):
		self.set_onload("reason_stages", sorted(rule.RULE_RETURNS))

	def check_replacement(self):
		if self.replaced_by and self.replaced_by == self.name:
			frappe.throw(_("A rule cannot replace itself"))
		if self.replaced_by and self.decision not in (rule.REVISE, rule.ABOLISH):
			frappe.throw(_("Only a rule revised or abolished is replaced by another"))

	def apply_transition_rules(self):
		before = self.get_doc_before_save()
		old, new = (before.stage if before else None), self.stage
		if not before or old == new:
			return
		if (old, new) in rule.RULE_RETURNS:
			take_return_reason(self)
		if new == rule.R_PUBLISHED:
			self.published_on = today()
