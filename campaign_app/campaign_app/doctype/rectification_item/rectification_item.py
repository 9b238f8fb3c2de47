# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.desk.form import assign_to
from frappe.model.document import Document
from frappe.utils import cint, getdate, now_datetime, today

from campaign_app.domain import rectification as rule
from campaign_app.guard.files import check_attach_fields
from campaign_app.permissions import get_scope, unit_in_scope
from campaign_app.server_owned import refuse_client_changes
from campaign_app.settings import yellow_days
from campaign_app.workflow_rules import (
	check_state_editable,
	check_transition,
	may_move_to,
	own_approvals,
	set_stage,
	take_return_reason,
)

# Kept by the server: a client write that changes one is refused (FIX-5)
SERVER_OWNED = (
	"closeout_requested_by",
	"closeout_requested_on",
	"verified_by",
	"closed_on",
	"relapse_count",
	"return_count",
	"red_alerted",
	"last_return_reason",
	"is_returned",
	"evaluation_survey",
	"remedial_for",
	"requested_deadline",
	"deadline_requested_by",
	"deadline_request_reason",
)
SERVER_TABLES = ("deadline_changes",)
# Cannot change in the same write as a change of state: who is responsible, and for what
FROZEN_IN_TRANSITION = ("issue", "unit", "responsible_cadre", "leader_in_charge")


class RectificationItem(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_issue_programme.campaign_issue_programme import (
			CampaignIssueProgramme,
		)
		from campaign_app.campaign_app.doctype.rectification_deadline_change.rectification_deadline_change import (
			RectificationDeadlineChange,
		)
		from campaign_app.campaign_app.doctype.rectification_progress.rectification_progress import (
			RectificationProgress,
		)
		from campaign_app.campaign_app.doctype.rectification_stage_goal.rectification_stage_goal import (
			RectificationStageGoal,
		)

		campaign: DF.Link | None
		closed_on: DF.Date | None
		closeout_evidence: DF.Attach | None
		closeout_requested_by: DF.Link | None
		closeout_requested_on: DF.Date | None
		closeout_summary: DF.SmallText | None
		deadline: DF.Date
		deadline_change_reason: DF.SmallText | None
		deadline_changes: DF.Table[RectificationDeadlineChange]
		deadline_request_reason: DF.SmallText | None
		deadline_requested_by: DF.Link | None
		evaluation_survey: DF.Link | None
		is_public: DF.Check
		issue: DF.Link
		kind: DF.Literal["Immediate", "Long-term"]
		last_return_reason: DF.SmallText | None
		leader_in_charge: DF.Link
		leader_user: DF.Link | None
		ledger: DF.Literal["Person", "Team"]
		light: DF.Literal["Green", "Yellow", "Red"]
		measure: DF.SmallText
		programmes: DF.TableMultiSelect[CampaignIssueProgramme]
		progress: DF.Percent
		progress_reports: DF.Table[RectificationProgress]
		red_alerted: DF.Check
		relapse_count: DF.Int
		remedial_for: DF.Link | None
		requested_deadline: DF.Date | None
		responsible_cadre: DF.Link
		responsible_user: DF.Link | None
		return_count: DF.Int
		return_reason: DF.SmallText | None
		stage: DF.Literal["Draft", "Review", "Rectifying", "Close Requested", "Closed"]
		stage_goals: DF.Table[RectificationStageGoal]
		start_date: DF.Date
		unit: DF.Link
		verified_by: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		set_stage(self)
		self.validate_state_editable()
		refuse_client_changes(self, SERVER_OWNED, SERVER_TABLES)
		check_transition(self, FROZEN_IN_TRANSITION)
		check_attach_fields(self)
		self.set_people_and_campaign()
		self.validate_deadline_after_found()
		self.validate_stage_goals()
		self.validate_progress_reports()
		self.record_deadline_change()
		self.apply_transition_rules()
		self.set_light()

	def onload(self):
		# the form asks for a reason before these moves (public/js/workflow_reason.js)
		self.set_onload("reason_stages", sorted([*rule.RETURNS, rule.REOPEN]))
		self.set_onload("second_person", self.second_person_note())
		self.set_onload("returned_reason", self.returned_reason())

	def second_person_note(self) -> str | None:
		"""Why the desk offers this user no approval here: a second person must act."""
		own = own_approvals(self)
		if own:
			return _("You created this item, so {0} is for another person to do").format(
				"、".join(_(action) for action in own)
			)
		mine = self.stage == rule.CLOSE_REQUESTED and frappe.session.user in self.own_closeout_people()
		if mine and may_move_to(self, rule.CLOSED):  # a verifier by role, kept off by the second-person rule
			return _(
				"You asked for this close-out or are responsible for the item: another person verifies it"
			)
		return None

	def own_closeout_people(self) -> set:
		return {self.closeout_requested_by, self.responsible_user} - {None, ""}

	def returned_reason(self) -> str | None:
		"""The reason, while the item's latest change of stage was a return or a reopening."""
		return self.last_return_reason if self.is_returned else None

	def on_update(self):
		self.assign_responsible()
		self.notify_transition()
		frappe.get_doc("Campaign Issue", self.issue).update_status()

	def on_trash(self):
		assign_to.clear(self.doctype, self.name, ignore_permissions=True)

	# ---- rules

	def validate_state_editable(self):
		if self.flags.deadline_decision:
			return
		check_state_editable(self, _("In the state {0} you cannot change this item"))

	def set_people_and_campaign(self):
		self.campaign = frappe.db.get_value("Campaign Issue", self.issue, "campaign")
		self.responsible_user = frappe.db.get_value("Cadre", self.responsible_cadre, "user")
		self.leader_user = frappe.db.get_value("Cadre", self.leader_in_charge, "user")
		if self.responsible_cadre and not self.responsible_user:
			frappe.throw(
				_("Responsible cadre {0} has no desk user: give the cadre an email first").format(
					self.responsible_cadre
				)
			)

	def validate_deadline_after_found(self):
		found_on = frappe.db.get_value("Campaign Issue", self.issue, "found_on")
		if found_on and getdate(self.deadline) < getdate(found_on):
			frappe.throw(
				_("The deadline {0} is before the problem was found ({1})").format(self.deadline, found_on),
				title=_("Invalid Deadline"),
			)
		if self.start_date and getdate(self.start_date) > getdate(self.deadline):
			frappe.throw(_("The start date cannot be after the deadline"), title=_("Invalid Deadline"))

	def validate_stage_goals(self):
		if self.kind != rule.LONG_TERM:
			return
		for row in self.stage_goals:
			if getdate(row.due_date) > getdate(self.deadline):
				frappe.throw(
					_("Stage goal {0} is due after the item's deadline {1}").format(row.goal, self.deadline),
					title=_("Invalid Stage Goal"),
				)

	def validate_progress_reports(self):
		reports = [(getdate(r.report_date), r.percent, r.backward_reason) for r in self.progress_reports]
		problem = rule.progress_problem(reports)
		if problem and problem[0] == "out_of_range":
			frappe.throw(_("Progress must be between 0 and 100 %"), title=_("Invalid Progress"))
		if problem:
			frappe.throw(
				_("Progress goes backwards: give the reason for the lower progress"),
				title=_("Invalid Progress"),
			)
		self.progress = rule.latest_progress(reports)
		self.last_report_on = max((day for day, _percent, _reason in reports), default=None)

	def record_deadline_change(self):
		"""A new deadline needs a reason. The leader in charge or the office sets it at once; anyone else
		asks for it, and the old deadline and light stand until one of them approves (FIX-5)."""
		before = self.get_doc_before_save()
		if self.flags.deadline_decision or not before or getdate(before.deadline) == getdate(self.deadline):
			return
		reason = (self.deadline_change_reason or "").strip()
		if not reason:
			frappe.throw(_("Changing the deadline needs a reason"), title=_("Missing Reason"))
		self.deadline_change_reason = None
		if may_decide_deadline(before):
			self.add_deadline_change(before.deadline, self.deadline, reason, frappe.session.user)
			return
		self.requested_deadline, self.deadline = self.deadline, before.deadline
		self.deadline_requested_by, self.deadline_request_reason = frappe.session.user, reason
		self.flags.deadline_requested = True
		frappe.msgprint(
			_("The deadline change was sent for approval: the leader in charge or the office approves it"),
			alert=True,
		)

	def add_deadline_change(self, old, new, reason: str, requested_by: str, approved_by: str | None = None):
		self.append(
			"deadline_changes",
			{
				"old_deadline": old,
				"new_deadline": new,
				"reason": reason,
				"changed_by": requested_by,
				"approved_by": approved_by or requested_by,
				"changed_on": now_datetime(),
			},
		)

	def apply_transition_rules(self):
		"""Server-side rules of the workflow: reasons, evidence, and a second person to verify."""
		before = self.get_doc_before_save()
		old, new = (before.stage if before else None), self.stage
		if not before or old == new:
			return
		self.flags.transition = (old, new)
		self.is_returned = int((old, new) in rule.RETURNS or (old, new) == rule.REOPEN)
		if (old, new) in rule.RETURNS or (old, new) == rule.REOPEN:
			take_return_reason(self)
		if (old, new) in rule.RETURNS:
			self.return_count = cint(self.return_count) + 1
		if (old, new) == rule.REOPEN:
			self.relapse_count = cint(self.relapse_count) + 1
			self.verified_by = self.closed_on = None
		if new == rule.CLOSE_REQUESTED:
			self.check_may_request_close(before)
			self.check_evidence()
			self.closeout_requested_by = frappe.session.user
			self.closeout_requested_on = today()
		if new == rule.CLOSED:
			self.check_second_person(before)
			self.verified_by = frappe.session.user
			self.closed_on = today()

	def check_evidence(self):
		if not (self.closeout_summary or "").strip() or not self.closeout_evidence:
			frappe.throw(
				_("A close-out request needs a summary and evidence attached"), title=_("Missing Evidence")
			)
		if not frappe.db.exists("File", {"file_url": self.closeout_evidence}):
			frappe.throw(_("The close-out evidence is not an uploaded file"), title=_("Missing Evidence"))

	def check_may_request_close(self, before):
		"""The responsible cadre asks for close-out, or a unit head over the item's unit, or the office."""
		user = frappe.session.user
		if user in ("Administrator", before.responsible_user) or "Campaign Manager" in frappe.get_roles():
			return
		scope = get_scope(user)
		if "Unit Head" in frappe.get_roles() and unit_in_scope(scope, before.unit):
			return
		frappe.throw(
			_("Only the responsible cadre or the head of their unit can ask for close-out"),
			frappe.PermissionError,
			title=_("Not Allowed"),
		)

	def check_second_person(self, before):
		"""Judged on the stored item: who asked and who is responsible cannot verify it."""
		user = frappe.session.user
		if user in (before.closeout_requested_by, before.responsible_user, self.responsible_user):
			frappe.throw(
				_("You cannot verify the close-out of an item you requested or are responsible for"),
				frappe.PermissionError,
				title=_("A Second Person Must Verify"),
			)

	def set_light(self):
		self.light = rule.light(
			today=getdate(today()),
			deadline=getdate(self.deadline),
			closed=self.stage == rule.CLOSED,
			yellow_days=yellow_days(),
			kind=self.kind,
			start=getdate(self.start_date) if self.start_date else None,
			progress=self.progress or 0,
			stage_dues=[(getdate(r.due_date), r.done_on and getdate(r.done_on)) for r in self.stage_goals],
		)
		if self.light != rule.RED:
			self.red_alerted = 0

	# ---- side effects

	def notify_transition(self):
		"""Fire the Notifications whose event is Method: on_return, on_reopen, on_close_requested, and
		on_deadline_request."""
		if self.flags.pop("deadline_requested", False):
			self.run_method("on_deadline_request")
		transition = self.flags.pop("transition", None)
		if not transition:
			return
		if transition in rule.RETURNS:
			self.run_method("on_return")
		elif transition == rule.REOPEN:
			self.run_method("on_reopen")
		elif transition[1] == rule.CLOSE_REQUESTED:
			self.run_method("on_close_requested")

	def assign_responsible(self):
		"""The responsible cadre holds the item's one open assignment (ToDo)."""
		before = self.get_doc_before_save()
		if before and before.responsible_user and before.responsible_user != self.responsible_user:
			assign_to.remove(self.doctype, self.name, before.responsible_user, ignore_permissions=True)
		open_todo = frappe.db.exists(
			"ToDo",
			{
				"reference_type": self.doctype,
				"reference_name": self.name,
				"allocated_to": self.responsible_user,
				"status": "Open",
			},
		)
		if self.stage != rule.CLOSED and not open_todo:
			assign_to.add(
				{
					"assign_to": [self.responsible_user],
					"doctype": self.doctype,
					"name": self.name,
					"description": self.measure,
					"date": self.deadline,
				},
				ignore_permissions=True,
			)


def may_decide_deadline(item) -> bool:
	"""The leader in charge of the item or the office decides a deadline (never the one who asked)."""
	user = frappe.session.user
	if user == "Administrator" or "Campaign Manager" in frappe.get_roles():
		return True
	return bool(item.leader_user) and user == item.leader_user


def on_doctype_update():
	from campaign_app.setup.indexes import add_rectification_indexes

	add_rectification_indexes()
