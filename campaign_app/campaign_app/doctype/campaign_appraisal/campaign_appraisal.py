# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import today

from campaign_app.domain import appraisal as rule
from campaign_app.item_rules import item_counts
from campaign_app.satisfaction import satisfaction_of_unit
from campaign_app.server_owned import refuse_client_changes
from campaign_app.study_effect import study_effect
from campaign_app.workflow_rules import (
	check_state_editable,
	check_transition,
	same_value,
	set_stage,
	take_return_reason,
)

# Kept by the server: who acted, the round, and the indicators and weights copied from the template
SERVER_OWNED = ("self_assessed_by", "reviewer_user", "approved_by", "last_return_reason", "appraisal_round")
TEMPLATE_COLUMNS = {"scores": ("indicator", "weight", "data_source", "scoring_guide")}
# What is appraised: set when the appraisal is made, changed afterwards only by the office in the draft
TARGET = ("campaign", "template", "target_type", "target_unit", "cadre")


class CampaignAppraisal(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_appraisal_score.campaign_appraisal_score import (
			CampaignAppraisalScore,
		)

		appraisal_round: DF.Link | None
		appraisee_name: DF.Data | None
		appraisee_user: DF.Link | None
		approved_by: DF.Link | None
		cadre: DF.Link | None
		campaign: DF.Link
		grade: DF.Data | None
		last_return_reason: DF.SmallText | None
		period: DF.Data
		return_reason: DF.SmallText | None
		review_comment: DF.SmallText | None
		reviewer_user: DF.Link | None
		scores: DF.Table[CampaignAppraisalScore]
		self_assessed_by: DF.Link | None
		self_summary: DF.SmallText | None
		stage: DF.Literal["Draft", "Self-assessed", "Reviewed", "Approved"]
		target_type: DF.Literal["Unit", "Cadre"]
		target_unit: DF.Link | None
		template: DF.Link
		total_score: DF.Float
		unit: DF.Link | None
		workflow_state: DF.Link | None

	# end: auto-generated types
	def validate(self):
		set_stage(self)
		check_state_editable(self, _("In the state {0} you cannot change this appraisal"))
		refuse_client_changes(self, SERVER_OWNED)
		self.validate_target_unchanged()
		check_transition(self, TARGET)
		self.set_appraisee()
		self.validate_reviewer_scores_not_by_appraisee()
		if not self.is_new():
			refuse_client_changes(self, tables=TEMPLATE_COLUMNS)
		self.load_indicators()
		self.validate_score_range()
		self.apply_transition_rules()
		self.compute_indicators()
		self.set_totals()

	def onload(self):
		# the form asks for a reason before these moves (public/js/workflow_reason.js)
		self.set_onload("reason_stages", sorted(rule.RETURNS))

	def on_update(self):
		if self.flags.pop("returned", False):
			self.run_method("on_return")  # the "Appraisal Returned" notification

	# ---- rules

	def set_appraisee(self):
		"""The unit of the appraisal and the appraisee's user: the cadre's, or the unit head's."""
		if self.target_type == rule.UNIT:
			if not self.target_unit:
				frappe.throw(_("Choose the unit to appraise"))
			self.cadre = None
			self.unit = self.target_unit
			self.appraisee_name = frappe.db.get_value("Campaign Unit", self.unit, "unit_name")
			head = frappe.db.get_value("Campaign Unit", self.unit, "head")
			self.appraisee_user = head and frappe.db.get_value("Cadre", head, "user")
		else:
			self.target_unit = None
			cadre = frappe.db.get_value("Cadre", self.cadre, ["unit", "full_name", "user"], as_dict=True)
			if not cadre:
				frappe.throw(_("Choose the cadre to appraise"))
			self.unit, self.appraisee_name, self.appraisee_user = cadre.unit, cadre.full_name, cadre.user

	def validate_target_unchanged(self):
		"""The appraised unit or cadre and the template stay; the office may correct them in the draft."""
		before = self.get_doc_before_save()
		if not before or all(same_value(before.get(f), self.get(f)) for f in TARGET):
			return
		office = frappe.session.user == "Administrator" or "Campaign Manager" in frappe.get_roles()
		if not (office and (before.stage or rule.DRAFT) == rule.DRAFT):
			frappe.throw(
				_("Only the office can change what is appraised, and only in the draft"),
				frappe.PermissionError,
				title=_("Not Allowed"),
			)
		if before.template != self.template:
			self.scores = []

	def load_indicators(self):
		"""A new appraisal takes its indicators and weights from the template, whatever the request sent."""
		if not self.template or not (self.is_new() or not self.scores):
			return
		given = {row.indicator: row for row in self.scores}
		self.scores = []
		for row in frappe.get_doc("Campaign Appraisal Template", self.template).indicators:
			sent = given.get(row.indicator_name)
			self.append(
				"scores",
				{
					"indicator": row.indicator_name,
					"weight": row.weight,
					"data_source": row.data_source,
					"scoring_guide": row.scoring_guide,
					"self_score": sent and sent.self_score,
					"reviewer_score": sent and sent.reviewer_score,
				},
			)

	def validate_score_range(self):
		for row in self.scores:
			for score in (row.self_score, row.reviewer_score):
				if not rule.score_in_range(score or 0):
					frappe.throw(
						_("Row {0} ({1}): a score must be between 0 and 100").format(row.idx, row.indicator),
						title=_("Invalid Score"),
					)

	def validate_reviewer_scores_not_by_appraisee(self):
		"""The appraisee never gives the reviewer's scores."""
		if not self.is_appraisee():
			return
		before = self.get_doc_before_save()
		old = {row.name: row.reviewer_score or 0 for row in (before.scores if before else [])}
		if any((row.reviewer_score or 0) != old.get(row.name, 0) for row in self.scores):
			self.refuse_self_review()

	def apply_transition_rules(self):
		before = self.get_doc_before_save()
		old = (before.stage if before else None) or rule.DRAFT
		new = self.stage or rule.DRAFT
		if old == new:
			return
		user = frappe.session.user
		if before:
			self.appraisee_user = before.appraisee_user  # judged on the stored appraisal
		if (old, new) in rule.RETURNS:
			take_return_reason(self)
			self.flags.returned = True
		if (old, new) == (rule.DRAFT, rule.SELF_ASSESSED):
			self.check_is_appraisee()
			self.self_assessed_by = user
			self.start_review()
		elif (old, new) == (rule.SELF_ASSESSED, rule.REVIEWED):
			self.check_not_appraisee()
			self.reviewer_user = user
		elif (old, new) == (rule.REVIEWED, rule.APPROVED):
			self.check_not_appraisee()
			self.approved_by = user

	def start_review(self):
		"""The reviewer starts from the self scores and changes only what they disagree with."""
		starting = rule.review_scores([row.self_score for row in self.scores])
		for row, score in zip(self.scores, starting, strict=True):
			row.reviewer_score = score

	def is_appraisee(self) -> bool:
		return bool(self.appraisee_user) and frappe.session.user == self.appraisee_user

	def check_is_appraisee(self):
		if frappe.session.user == "Administrator" or self.is_appraisee():
			return
		if not self.appraisee_user:
			frappe.throw(_("The appraisee {0} has no desk user").format(self.appraisee_name))
		frappe.throw(
			_("Only the appraisee ({0}) can submit the self-assessment").format(self.appraisee_user),
			frappe.PermissionError,
		)

	def check_not_appraisee(self):
		if self.is_appraisee():
			self.refuse_self_review()

	def refuse_self_review(self):
		frappe.throw(
			_("You cannot review or approve your own appraisal"),
			frappe.PermissionError,
			title=_("Another Person Must Review"),
		)

	def compute_indicators(self):
		"""The value each data-source indicator takes from the campaign's records, beside the manual scores."""
		counts = {}
		for row in self.scores:
			if row.data_source in rule.RECTIFICATION_SOURCES and "due" not in counts:
				counts.update(self.rectification_counts())
			if row.data_source == rule.SATISFACTION and "satisfaction" not in counts:
				counts["satisfaction"] = satisfaction_of_unit(
					self.campaign, self.unit, subtree=self.target_type == rule.UNIT
				)
			if row.data_source == rule.STUDY and "study" not in counts:
				counts["study"] = self.study_effect()
			score = rule.computed_score(row.data_source, counts) if row.data_source else None
			row.computed_score = score
			row.computed_value = (
				"" if not row.data_source else (_("No data") if score is None else f"{score:.1f}")
			)

	def study_effect(self) -> float | None:
		if self.target_type == rule.UNIT:
			return study_effect(self.campaign, unit=self.unit)
		return study_effect(self.campaign, cadre=self.cadre)

	def rectification_counts(self) -> dict:
		"""The campaign's items of the unit (and below) or of the cadre, counted by the item rules."""
		if self.target_type == rule.UNIT:
			return item_counts(self.campaign, unit=self.unit)
		return item_counts(self.campaign, cadre=self.cadre)

	def set_totals(self):
		in_review = (self.stage or rule.DRAFT) != rule.DRAFT
		for row in self.scores:
			row.final_score = rule.final_score(row.self_score, row.reviewer_score, in_review)
		self.total_score = rule.weighted_total((row.weight, row.final_score) for row in self.scores)
		template = self.template and frappe.get_cached_doc("Campaign Appraisal Template", self.template)
		self.grade = rule.grade(self.total_score, template.bands()) if template else None
