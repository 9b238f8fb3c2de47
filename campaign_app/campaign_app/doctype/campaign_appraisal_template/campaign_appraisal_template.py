# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.domain import appraisal as rule


def weights_message(problem: str, total: float) -> str:
	return {
		"no_indicators": _("An appraisal template needs at least one indicator"),
		"not_positive": _("Every indicator needs a weight above 0"),
		"not_100": _("The indicators' weights add up to {0}, not 100").format(total),
	}[problem]


def bands_message(problem: str) -> str:
	return {
		"no_bands": _("An appraisal template needs at least one grade band"),
		"out_of_range": _("A grade band's minimum score must be between 0 and 100"),
		"duplicate": _("Each grade band needs its own grade and its own minimum score"),
	}[problem]


class CampaignAppraisalTemplate(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.campaign_appraisal_grade_band.campaign_appraisal_grade_band import (
			CampaignAppraisalGradeBand,
		)
		from campaign_app.campaign_app.doctype.campaign_appraisal_indicator.campaign_appraisal_indicator import (
			CampaignAppraisalIndicator,
		)
		from campaign_app.campaign_app.doctype.campaign_appraisal_level.campaign_appraisal_level import (
			CampaignAppraisalLevel,
		)

		description: DF.SmallText | None
		grade_bands: DF.Table[CampaignAppraisalGradeBand]
		indicators: DF.Table[CampaignAppraisalIndicator]
		is_active: DF.Check
		levels: DF.Table[CampaignAppraisalLevel]
		target_type: DF.Literal["Unit", "Cadre"]
		template_name: DF.Data
		total_weight: DF.Float

	# end: auto-generated types
	def validate(self):
		self.validate_weights()
		self.validate_grade_bands()
		self.validate_levels()

	def validate_weights(self):
		weights = [row.weight for row in self.indicators]
		self.total_weight = sum(w or 0 for w in weights)
		problem = rule.weights_problem(weights)
		if problem:
			frappe.throw(weights_message(problem, self.total_weight), title=_("Invalid Weights"))

	def validate_grade_bands(self):
		problem = rule.bands_problem([(row.grade, row.min_score) for row in self.grade_bands])
		if problem:
			frappe.throw(bands_message(problem), title=_("Invalid Grade Bands"))

	def validate_levels(self):
		if self.target_type != rule.CADRE:
			self.levels = []
		elif not self.levels:
			frappe.throw(_("A template for cadres needs the cadre levels it applies to"))

	def bands(self) -> list[tuple[str, float]]:
		return [(row.grade, row.min_score) for row in self.grade_bands]
