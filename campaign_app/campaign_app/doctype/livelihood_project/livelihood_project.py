# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain import livelihood as rule
from campaign_app.domain.rectification import latest_progress, progress_problem
from campaign_app.guard.files import check_attach_fields
from campaign_app.server_owned import refuse_client_changes, refuse_row_changes
from campaign_app.settings import yellow_days

# Kept by the server: figures computed from the milestones and reports (a new project's are computed
# before it is stored, whatever the form's defaults were)
SERVER_OWNED = ("status", "progress", "light")


class LivelihoodProject(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.livelihood_milestone.livelihood_milestone import (
			LivelihoodMilestone,
		)
		from campaign_app.campaign_app.doctype.livelihood_progress.livelihood_progress import (
			LivelihoodProgress,
		)

		campaign: DF.Link
		deadline: DF.Date
		is_public: DF.Check
		lead_leader: DF.Link
		lead_leader_name: DF.Data | None
		lead_leader_user: DF.Link | None
		light: DF.Literal["Green", "Yellow", "Red"]
		milestones: DF.Table[LivelihoodMilestone]
		progress: DF.Percent
		progress_reports: DF.Table[LivelihoodProgress]
		start_date: DF.Date
		status: DF.Literal["Planned", "In Progress", "Completed"]
		target: DF.SmallText
		title: DF.Data
		unit: DF.Link

	# end: auto-generated types
	def validate(self):
		if not self.is_new():
			refuse_client_changes(self, SERVER_OWNED)
		refuse_row_changes(self, "progress_reports", ("reported_by",))
		check_attach_fields(self)
		self.check_lead_leader()
		self.check_dates()
		self.check_progress_reports()
		self.set_figures()

	def check_lead_leader(self):
		level = frappe.db.get_value("Cadre", self.lead_leader, "level")
		others = frappe.db.count(
			self.doctype,
			{"campaign": self.campaign, "lead_leader": self.lead_leader, "name": ("!=", self.name or "")},
		)
		problem = rule.lead_problem(level, others)
		if problem == "not_a_leader":
			frappe.throw(
				_("A livelihood project is led by a member of the leadership"), title=_("Not a Leader")
			)
		if problem == "too_many":
			frappe.throw(
				_("{0} already leads {1} livelihood projects in this campaign").format(
					self.lead_leader_name or self.lead_leader, rule.MAX_PER_LEADER
				),
				title=_("Too Many Projects"),
			)

	def check_dates(self):
		if getdate(self.deadline) < getdate(self.start_date):
			frappe.throw(_("The deadline cannot be before the start date"), title=_("Invalid Dates"))
		for row in self.milestones:
			if row.done_on and getdate(row.done_on) > getdate(today()):
				frappe.throw(_("Row {0}: a milestone cannot be done in the future").format(row.idx))

	def check_progress_reports(self):
		for row in self.progress_reports:
			if not row.reported_by:
				row.reported_by = frappe.session.user
		problem = progress_problem(
			[(getdate(r.report_date), r.progress, r.note) for r in self.progress_reports]
		)
		if problem and problem[0] == "out_of_range":
			frappe.throw(_("Progress must be between 0 and 100 %"), title=_("Invalid Progress"))

	def set_figures(self):
		milestones = [(getdate(m.due_date), m.done_on and getdate(m.done_on)) for m in self.milestones]
		reports = [(getdate(r.report_date), r.progress, r.note) for r in self.progress_reports]
		self.status = rule.status(milestones, len(reports))
		self.progress = rule.progress(milestones, latest_progress(reports) if reports else None)
		self.light = rule.light(
			getdate(today()),
			getdate(self.start_date),
			getdate(self.deadline),
			milestones,
			self.progress,
			yellow_days(),
		)
