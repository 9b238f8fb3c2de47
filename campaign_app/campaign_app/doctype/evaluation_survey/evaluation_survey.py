# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_url

from campaign_app.domain import evaluation as rule


class EvaluationSurvey(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.evaluation_survey_question.evaluation_survey_question import (
			EvaluationSurveyQuestion,
		)

		campaign: DF.Link
		closes_on: DF.Date | None
		introduction: DF.SmallText | None
		public_url: DF.Data | None
		questions: DF.Table[EvaluationSurveyQuestion]
		status: DF.Literal["Draft", "Open", "Closed"]
		title: DF.Data

	# end: auto-generated types
	@property
	def public_url(self) -> str | None:
		return None if self.is_new() else get_url(f"/evaluation/{self.name}")

	def validate(self):
		self.validate_questions()
		self.keep_answered_questions()

	def on_update(self):
		before = self.get_doc_before_save()
		if before and before.status != self.status and self.status == rule.CLOSED:
			from campaign_app.remedial import enqueue_remedial_check

			enqueue_remedial_check(self.name)

	def validate_questions(self):
		"""Each question is about one unit, one rectification item of this campaign, or in general."""
		for row in self.questions:
			if row.target_type == rule.ABOUT_UNIT:
				row.rectification_item = None
				if not row.unit:
					frappe.throw(_("Question {0}: choose the unit it asks about").format(row.idx))
			elif row.target_type == rule.ABOUT_ITEM:
				item = row.rectification_item and frappe.db.get_value(
					"Rectification Item", row.rectification_item, ["unit", "campaign"], as_dict=True
				)
				if not item:
					frappe.throw(
						_("Question {0}: choose the rectification item it asks about").format(row.idx)
					)
				if item.campaign != self.campaign:
					frappe.throw(
						_("Question {0}: the rectification item belongs to another campaign").format(row.idx)
					)
				row.unit = item.unit
			else:
				row.unit = row.rectification_item = None

	def keep_answered_questions(self):
		"""A question already answered cannot be removed: its answers would lose their question."""
		if self.is_new():
			return
		kept = {row.name for row in self.questions}
		answered = frappe.db.sql(
			"""select distinct a.question_id from `tabEvaluation Answer` a
			join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
			where r.survey = %s""",
			self.name,
			pluck=True,
		)
		if set(answered) - kept:
			frappe.throw(
				_("A question that has answers cannot be removed; close the survey and start a new one"),
				title=_("Question Has Answers"),
			)
