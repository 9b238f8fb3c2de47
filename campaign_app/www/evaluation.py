"""The public evaluation form (APPR-3): /evaluation/<survey>, for guests and anyone logged in."""

import frappe
from frappe import _
from frappe.utils import getdate, today

from campaign_app.domain import evaluation as rule

no_cache = 1


def get_context(context):
	name = frappe.form_dict.get("survey")
	survey = name and frappe.db.get_value(
		"Evaluation Survey", name, ["name", "title", "status", "closes_on", "introduction"], as_dict=True
	)
	if not survey or survey.status == rule.DRAFT:
		raise frappe.DoesNotExistError(_("This survey does not exist"))
	context.survey = survey
	context.is_open = rule.takes_online_answers(
		survey.status, survey.closes_on and getdate(survey.closes_on), getdate(today())
	)
	context.questions = frappe.get_all(
		"Evaluation Survey Question",
		filters={"parent": survey.name, "parenttype": "Evaluation Survey"},
		fields=["name", "question", "target_type", "unit", "rectification_item"],
		order_by="idx",
	)
	items = {q.rectification_item for q in context.questions if q.rectification_item}
	measures = dict(
		frappe.get_all(
			"Rectification Item", filters={"name": ("in", items)}, fields=["name", "measure"], as_list=True
		)
	)
	for q in context.questions:
		q.measure = measures.get(q.rectification_item)
	context.respondent_types = [(value, _(value)) for value in rule.RESPONDENT_TYPES]
	context.ratings = [(value, _(value)) for value in rule.RATINGS]
	context.limits = rule.TEXT_LIMITS
	context.honeypot = rule.HONEYPOT
	context.title = survey.title
	context.no_breadcrumbs = True
	context.show_sidebar = False
	return context
