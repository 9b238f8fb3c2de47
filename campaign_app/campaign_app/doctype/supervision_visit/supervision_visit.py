# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from campaign_app.domain import supervision as rule
from campaign_app.domain.rectification import CLOSED, RECTIFYING
from campaign_app.raised_issues import raise_issue
from campaign_app.server_owned import refuse_client_changes, refuse_row_changes, table_values
from campaign_app.workflow_rules import as_system, refuse_fields, same_value, state_names

# Kept by the server: the sample's seed, when the unit replied, who heads the unit visited
SERVER_OWNED = ("sample_seed", "replied_on", "unit_head_user")
SUPERVISORS = {"Campaign Manager", "Campaign Supervisor", "System Manager"}
# What the visited unit's head may write: the unit's reply, nothing else
UNIT_FIELDS = ("unit_reply",)


class SupervisionVisit(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.supervision_checklist_line.supervision_checklist_line import (
			SupervisionChecklistLine,
		)
		from campaign_app.campaign_app.doctype.supervision_finding.supervision_finding import (
			SupervisionFinding,
		)
		from campaign_app.campaign_app.doctype.supervision_group_member.supervision_group_member import (
			SupervisionGroupMember,
		)
		from campaign_app.campaign_app.doctype.supervision_sample.supervision_sample import SupervisionSample

		campaign: DF.Link
		checklist: DF.Table[SupervisionChecklistLine]
		findings: DF.Table[SupervisionFinding]
		follow_up_of: DF.Link | None
		group_members: DF.Table[SupervisionGroupMember]
		method_documents: DF.Check
		method_interview: DF.Check
		method_random: DF.Check
		method_site: DF.Check
		outcome: DF.Literal["", "Criticism Notice", "Good Practice"]
		replied_on: DF.Date | None
		reply_deadline: DF.Date | None
		sample_items: DF.Int
		sample_seed: DF.Int
		sample_units: DF.Int
		samples: DF.Table[SupervisionSample]
		status: DF.Literal["Planned", "Done"]
		summary: DF.SmallText | None
		title: DF.Data
		unit: DF.Link
		unit_head_user: DF.Link | None
		unit_reply: DF.SmallText | None
		visit_date: DF.Date

	# end: auto-generated types
	def validate(self):
		refuse_client_changes(self, SERVER_OWNED)
		refuse_row_changes(self, "samples", ("unit", "rectification_item", "reopened"))
		refuse_row_changes(self, "findings", ("issue",))
		self.check_unit_head_writes_only_the_reply()
		self.check_outcome()
		self.check_failed_samples_have_a_note()
		self.set_replied_on()
		self.set_unit_head()

	def on_update(self):
		self.reopen_failed_samples()
		self.raise_findings()

	# ---- rules

	def check_unit_head_writes_only_the_reply(self):
		if self.is_new() or SUPERVISORS & set(frappe.get_roles()) or frappe.session.user == "Administrator":
			return
		before = self.get_doc_before_save()
		skip = {*UNIT_FIELDS, *SERVER_OWNED, "modified", "modified_by"}
		changed = [
			df.fieldname
			for df in self.meta.fields
			if df.fieldname not in skip
			and (
				table_values(before, df.fieldname) != table_values(self, df.fieldname)
				if df.fieldtype == "Table"
				else not same_value(before.get(df.fieldname), self.get(df.fieldname))
			)
		]
		if changed:
			refuse_fields(
				self, changed, _("The visited unit writes its reply only: {0} are the supervisors'")
			)

	def check_outcome(self):
		if rule.outcome_problem(self.outcome, self.reply_deadline):
			frappe.throw(
				_("A criticism notice sets the deadline for the unit's reply"), title=_("Missing Deadline")
			)

	def check_failed_samples_have_a_note(self):
		for row in self.samples:
			if row.result == rule.FAILED and not (row.note or "").strip():
				frappe.throw(_("Row {0}: say why the sampled item failed re-verification").format(row.idx))

	def set_replied_on(self):
		before = self.get_doc_before_save()
		if (self.unit_reply or "").strip() and not same_value(before and before.unit_reply, self.unit_reply):
			self.replied_on = today()

	def set_unit_head(self):
		head = frappe.db.get_value("Campaign Unit", self.unit, "head")
		self.unit_head_user = head and frappe.db.get_value("Cadre", head, "user")

	# ---- side effects: a failed sample reopens its item as a relapse; findings become issues

	def reopen_failed_samples(self):
		for row in self.samples:
			if row.result != rule.FAILED or row.reopened:
				continue
			item = frappe.get_doc("Rectification Item", row.rectification_item)
			if item.stage == CLOSED:
				item.workflow_state = state_names(item.doctype)[RECTIFYING]
				item.return_reason = _("Supervision visit {0}: re-verification failed. {1}").format(
					self.name, row.note
				)
				with as_system():
					item.save(ignore_permissions=True)
			row.db_set("reopened", 1, update_modified=False)

	def raise_findings(self):
		if self.status != rule.DONE:
			return
		for row in self.findings:
			if not row.issue:
				name = raise_issue(
					self, row, row.finding, rule.ISSUE_SOURCE, "supervision_visit", self.visit_date
				)
				row.db_set("issue", name, update_modified=False)
