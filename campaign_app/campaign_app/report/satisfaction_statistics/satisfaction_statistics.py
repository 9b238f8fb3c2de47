"""满意度统计 (APPR-3): answers of the public evaluation counted by unit, by respondent type or by
question, with the satisfaction rate (满意 + 基本满意) and the dissatisfied share.

A unit head counts only the answers about units of their subtree; questions about no unit count only
for those who see every unit.
"""

import frappe
from frappe import _

from campaign_app.campaign_app.report.filters import where
from campaign_app.domain import evaluation as rule
from campaign_app.domain.scope import unit_condition
from campaign_app.permissions import get_scope
from campaign_app.settings import evaluation_settings

BY_UNIT, BY_RESPONDENT, BY_QUESTION = "Unit", "Respondent Type", "Question"
GROUPS = {
	BY_UNIT: ("a.unit", "a.unit"),
	BY_RESPONDENT: ("r.respondent_type", "r.respondent_type"),
	BY_QUESTION: ("a.question", "r.survey, a.question_id, a.question, a.unit, a.rectification_item"),
}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	group_by = filters.get("group_by") if filters.get("group_by") in GROUPS else BY_UNIT
	data = rows(filters, group_by)
	cards = summary(data, group_by)
	if group_by == BY_UNIT:
		# answers to general questions count in the overall rates and get a card of their own, not a row
		# among the units
		general = [row for row in data if not row["unit"]]
		data = [row for row in data if row["unit"]]
		cards += general_card(general)
	return columns(group_by), data, None, chart(data), cards


def rows(filters, group_by: str) -> list[dict]:
	label, group = GROUPS[group_by]
	scope = unit_condition(get_scope(), "a.unit", frappe.db.escape)
	condition = where(filters, {"campaign": "r.campaign", "survey": "r.survey"}, "a.unit", scope)
	result = frappe.db.sql(
		f"""select {label} as grp, max(a.unit) as unit, max(a.rectification_item) as item, count(*) as total,
			sum(a.rating = %(s)s) as satisfied, sum(a.rating = %(b)s) as basic, sum(a.rating = %(d)s) as dissatisfied
		from `tabEvaluation Answer` a
		join `tabEvaluation Response` r on r.name = a.parent and a.parenttype = 'Evaluation Response'
		where {condition}
		group by {group}
		order by min(r.survey), min(a.idx), grp""",
		{**filters, "s": rule.SATISFIED, "b": rule.BASIC, "d": rule.DISSATISFIED},
		as_dict=True,
	)
	threshold = evaluation_settings().threshold
	out = []
	for row in result:
		counts = {
			"total": int(row.total),
			rule.SATISFIED: int(row.satisfied),
			rule.BASIC: int(row.basic),
			rule.DISSATISFIED: int(row.dissatisfied),
		}
		group_label = row.grp
		if group_by == BY_RESPONDENT:
			group_label = _(row.grp)
		out.append(
			{
				"group": group_label,
				"unit": row.unit,
				"item": row.item,
				"total": counts["total"],
				"satisfied": counts[rule.SATISFIED],
				"basic": counts[rule.BASIC],
				"dissatisfied": counts[rule.DISSATISFIED],
				"satisfaction_rate": rule.satisfaction_rate(counts),
				"dissatisfied_share": rule.dissatisfied_share(counts),
				"over_threshold": (rule.dissatisfied_share(counts) or 0) > threshold,
			}
		)
	if group_by == BY_UNIT:
		out.sort(
			key=lambda r: (r["satisfaction_rate"] is None, -(r["satisfaction_rate"] or 0), r["group"] or "")
		)
	return out


def columns(group_by: str) -> list[dict]:
	first = {
		BY_UNIT: {"label": _("Unit"), "fieldtype": "Link", "options": "Campaign Unit", "width": 180},
		BY_RESPONDENT: {"label": _("Respondent Type"), "fieldtype": "Data", "width": 150},
		BY_QUESTION: {"label": _("Question"), "fieldtype": "Data", "width": 300},
	}[group_by]
	cols = [{"fieldname": "group", **first}]
	if group_by == BY_QUESTION:
		cols += [
			{
				"fieldname": "unit",
				"label": _("Unit"),
				"fieldtype": "Link",
				"options": "Campaign Unit",
				"width": 150,
			},
			{
				"fieldname": "item",
				"label": _("Rectification Item"),
				"fieldtype": "Link",
				"options": "Rectification Item",
				"width": 130,
			},
		]
	cols += [
		{"fieldname": "total", "label": _("Number of Answers"), "fieldtype": "Int", "width": 90},
		{"fieldname": "satisfied", "label": _("Satisfied"), "fieldtype": "Int", "width": 90},
		{"fieldname": "basic", "label": _("Basically Satisfied"), "fieldtype": "Int", "width": 100},
		{"fieldname": "dissatisfied", "label": _("Dissatisfied"), "fieldtype": "Int", "width": 90},
		{
			"fieldname": "satisfaction_rate",
			"label": _("Satisfaction Rate"),
			"fieldtype": "Percent",
			"width": 110,
		},
		{
			"fieldname": "dissatisfied_share",
			"label": _("Dissatisfied Share"),
			"fieldtype": "Percent",
			"width": 110,
		},
	]
	return cols


# Frappe's bar chart cuts a label to what fits under its bar: ten bars leave room for a unit's full name.
CHART_BARS = 10


def chart(data: list[dict]) -> dict | None:
	"""Answers by rating, stacked; past ten rows, the ten least satisfied (where remedial work is due)."""
	if not data:
		return None
	top, titled = data, {}
	if len(data) > CHART_BARS:
		top = sorted(data, key=lambda row: row["satisfaction_rate"] or 0)[:CHART_BARS]
		titled = {"title": _("The {0} Least Satisfied").format(CHART_BARS)}
	return {
		**titled,
		"data": {
			"labels": [str(row["group"])[:20] for row in top],
			"datasets": [
				{"name": _("Satisfied"), "values": [row["satisfied"] for row in top]},
				{"name": _("Basically Satisfied"), "values": [row["basic"] for row in top]},
				{"name": _("Dissatisfied"), "values": [row["dissatisfied"] for row in top]},
			],
		},
		"type": "bar",
		"barOptions": {"stacked": 1},
		"colors": ["#29CD42", "#ECAD4B", "#E24C4C"],
	}


def summary(data: list[dict], group_by: str) -> list[dict]:
	"""Cards above the chart: all answers counted, the overall rates, and how many rows pass the threshold."""
	if not data:
		return []
	counts = {
		"total": sum(row["total"] for row in data),
		rule.SATISFIED: sum(row["satisfied"] for row in data),
		rule.BASIC: sum(row["basic"] for row in data),
		rule.DISSATISFIED: sum(row["dissatisfied"] for row in data),
	}
	cards = [
		{"value": counts["total"], "label": _("Number of Answers"), "datatype": "Int", "indicator": "Blue"},
		{
			"value": rule.satisfaction_rate(counts),
			"label": _("Satisfaction Rate"),
			"datatype": "Percent",
			"indicator": "Green",
		},
		{
			"value": rule.dissatisfied_share(counts),
			"label": _("Dissatisfied Share"),
			"datatype": "Percent",
			"indicator": "Red",
		},
	]
	if group_by != BY_RESPONDENT:  # remedial work is for units and items, not for kinds of respondent
		over = sum(1 for row in data if row["over_threshold"] and (row["unit"] or group_by != BY_UNIT))
		cards.append(
			{
				"value": over,
				"label": _("Over the Remedial Threshold"),
				"datatype": "Int",
				"indicator": "Red" if over else "Green",
			}
		)
	return cards


def general_card(general: list[dict]) -> list[dict]:
	if not general:
		return []
	row = general[0]
	counts = {
		"total": row["total"],
		rule.SATISFIED: row["satisfied"],
		rule.BASIC: row["basic"],
		rule.DISSATISFIED: row["dissatisfied"],
	}
	return [
		{
			"value": rule.satisfaction_rate(counts),
			"label": _("Satisfaction Rate of General Questions"),
			"datatype": "Percent",
			"indicator": "Blue",
		}
	]
