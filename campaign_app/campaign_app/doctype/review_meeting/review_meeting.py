# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain import study as rule
from campaign_app.guard.files import check_attach_fields
from campaign_app.raised_issues import raise_issue
from campaign_app.server_owned import refuse_row_changes

MATERIAL_MESSAGES = {
	"missing": "{0} has no material",
	"not_theirs": "The material of {0} is not their own",
	"not_reviewed": "The material of {0} has not been reviewed",
	"reviewed_late": "The material of {0} was reviewed after the meeting date",
	"not_by_level_above": "The material of {0} was not reviewed by the level above",
}


class ReviewMeeting(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.review_meeting_participant.review_meeting_participant import (
			ReviewMeetingParticipant,
		)
		from campaign_app.campaign_app.doctype.review_meeting_problem.review_meeting_problem import (
			ReviewMeetingProblem,
		)

		campaign: DF.Link
		criticism_record: DF.TextEditor | None
		host: DF.Link | None
		meeting_date: DF.Date
		meeting_type: DF.Literal["Democratic Life Meeting", "Organisational Life Meeting", "Special Meeting"]
		minutes: DF.Attach | None
		participants: DF.Table[ReviewMeetingParticipant]
		place: DF.Data | None
		problems: DF.Table[ReviewMeetingProblem]
		status: DF.Literal["Planned", "Held"]
		team_material: DF.Link | None
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		check_attach_fields(self)
		refuse_row_changes(self, "problems", ("issue",))
		self.check_participants()
		self.check_materials_are_theirs()
		self.check_held()
		self.check_not_unheld()

	def on_update(self):
		self.raise_issues()

	# ---- rules

	def check_participants(self):
		seen = set()
		for row in self.participants:
			if row.cadre in seen:
				frappe.throw(_("Row {0}: {1} is listed twice").format(row.idx, row.cadre_name or row.cadre))
			seen.add(row.cadre)

	def check_materials_are_theirs(self):
		for row in self.participants:
			if row.material and frappe.db.get_value("Study Output", row.material, "cadre") != row.cadre:
				frappe.throw(
					_(MATERIAL_MESSAGES["not_theirs"]).format(row.cadre_name or row.cadre),
					title=_("Wrong Material"),
				)

	def check_held(self):
		"""Held only on or after its date, with every material reviewed before it by the level above."""
		if self.status != rule.HELD:
			return
		if getdate(self.meeting_date) > getdate(today()):
			frappe.throw(_("A meeting cannot be marked held before its date"), title=_("Not Held Yet"))
		if not self.participants:
			frappe.throw(_("List the participants before marking the meeting held"))
		materials = [(row.cadre_name or row.cadre, row.cadre, row.material) for row in self.participants]
		if self.meeting_type == rule.DEMOCRATIC:
			owner = self.team_material and frappe.db.get_value("Study Output", self.team_material, "cadre")
			materials.append((_("Team Comparison Material"), owner, self.team_material))
		problems = [p for p in (self.material_problem(*m) for m in materials) if p]
		if problems:
			frappe.throw("<br>".join(problems), title=_("Materials Not Ready"))

	def material_problem(self, label: str, cadre: str | None, material: str | None) -> str | None:
		out = material and frappe.db.get_value(
			"Study Output", material, ["cadre", "stage", "reviewed_on", "reviewed_by"], as_dict=True
		)
		problem = rule.material_problem(
			out.cadre if out else None,
			cadre,
			out.stage if out else None,
			getdate(out.reviewed_on) if out and out.reviewed_on else None,
			getdate(self.meeting_date),
			bool(out) and self.reviewed_from_above(out.reviewed_by),
		)
		return _(MATERIAL_MESSAGES[problem]).format(label) if problem else None

	def reviewed_from_above(self, reviewer: str | None) -> bool:
		"""The office or a member of the leading group, or a cadre of a unit above the meeting's unit; never
		one of the participants."""
		if not reviewer:
			return False
		participants = {row.cadre for row in self.participants}
		cadre = frappe.db.get_value("Cadre", {"user": reviewer}, ["name", "unit"], as_dict=True)
		if cadre and cadre.name in participants:
			return False
		if {"Campaign Manager", "Campaign Leader"} & set(frappe.get_roles(reviewer)):
			return True
		if not cadre:
			return False
		mine = frappe.db.get_value("Campaign Unit", cadre.unit, ["lft", "rgt"], as_dict=True)
		theirs = frappe.db.get_value("Campaign Unit", self.unit, ["lft", "rgt"], as_dict=True)
		return bool(mine and theirs) and mine.lft < theirs.lft and mine.rgt > theirs.rgt

	def check_not_unheld(self):
		before = self.get_doc_before_save()
		if before and before.status == rule.HELD and self.status != rule.HELD:
			if any(row.issue for row in self.problems):
				frappe.throw(
					_("The meeting's problems are already campaign issues; it stays held"),
					title=_("Not Allowed"),
				)

	# ---- problems raised become campaign issues, linked both ways

	def raise_issues(self):
		if self.status != rule.HELD:
			return
		for row in self.problems:
			if not row.issue:
				row.db_set("issue", self.make_issue(row), update_modified=False)

	def make_issue(self, row) -> str:
		source = rule.MEETING_ISSUE_SOURCE[self.meeting_type]
		return raise_issue(self, row, row.problem, source, "review_meeting", self.meeting_date)
