# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, today

from campaign_app.domain import evaluation as rule


class EvaluationResponse(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from campaign_app.campaign_app.doctype.evaluation_answer.evaluation_answer import EvaluationAnswer

		answers: DF.Table[EvaluationAnswer]
		campaign: DF.Link | None
		comment: DF.SmallText | None
		contact: DF.Data | None
		respondent_name: DF.Data | None
		respondent_type: DF.Literal[
			"", "Public Representative", "Transport Company Head", "Bus Driver", "Village Cadre", "Other"
		]
		source: DF.Literal["Paper", "Online"]
		survey: DF.Link

	# end: auto-generated types
	def validate(self):
		survey = frappe.get_doc("Evaluation Survey", self.survey)  # read once for every rule below
		questions = {q.name: q for q in survey.questions}
		self.validate_survey_takes_answers(survey)
		self.validate_text_lengths()
		self.fill_answers_from_survey(questions)
		self.validate_every_question_rated(questions)

	def on_update(self):
		from campaign_app.remedial import enqueue_remedial_check

		enqueue_remedial_check(self.survey)

	def validate_survey_takes_answers(self, survey):
		"""Online answers only while the survey is open; paper forms also after it closed, never in draft."""
		self.campaign = survey.campaign
		if self.is_new():  # only the public form sends online answers
			self.source = rule.ONLINE if self.flags.online else rule.PAPER
		else:  # the server's, never the request's
			self.source = self.get_doc_before_save().source
		open_online = rule.takes_online_answers(
			survey.status, survey.closes_on and getdate(survey.closes_on), getdate(today())
		)
		online_refused = self.is_new() and self.source == rule.ONLINE and not open_online
		if survey.status == rule.DRAFT or online_refused:
			frappe.throw(_("This survey is not open for answers"), title=_("Survey Closed"))

	def validate_text_lengths(self):
		for field, limit in rule.TEXT_LIMITS.items():
			if len(self.get(field) or "") > limit:
				frappe.throw(
					_("{0} may hold at most {1} characters").format(_(self.meta.get_label(field)), limit)
				)

	def fill_answers_from_survey(self, questions: dict):
		"""Question text, unit and item come from the survey, whatever the sender sent."""
		seen = set()
		for row in self.answers:
			question = questions.get(row.question_id)
			if not question or row.question_id in seen:
				frappe.throw(_("The answers do not belong to this survey"))
			seen.add(row.question_id)
			row.question = question.question
			row.target_type = question.target_type
			row.unit = question.unit
			row.rectification_item = question.rectification_item
		self.answers.sort(key=lambda row: questions[row.question_id].idx)
		for idx, row in enumerate(self.answers, 1):
			row.idx = idx

	def validate_every_question_rated(self, questions: dict):
		"""One rated answer per question (fill_answers_from_survey already refused strays and repeats)."""
		if {row.question_id for row in self.answers if row.rating in rule.RATINGS} != set(questions):
			frappe.throw(_("Please rate every question"), title=_("Missing Rating"))
