"""考核排名 (APPR-2): appraisals ranked by weighted total, with grade and each indicator's final score.

Only the appraisals the user may read are ranked (the Campaign Appraisal scope applies).
"""

import frappe
from frappe import _
from frappe.utils import flt

from campaign_app.domain import appraisal as rule

# Frappe's bar chart cuts a label to what fits under its bar: ten bars leave room for a unit's full name.
CHART_BARS = 10


def execute(filters=None):
	filters = frappe._dict(filters or {})
	appraisals = ranked_appraisals(filters)
	indicators, scores = indicator_scores([a.name for a in appraisals])
	columns = make_columns(indicators, with_unit=filters.get("target_type") == rule.CADRE)
	data = [
		{**a, **{f"ind_{i}": scores.get((a.name, name)) for i, name in enumerate(indicators)}}
		for a in appraisals
	]
	return columns, data, None, make_chart(data), make_summary(data)


def ranked_appraisals(filters) -> list:
	conditions = {"target_type": filters.get("target_type") or rule.UNIT}
	for key in ("campaign", "period", "appraisal_round", "template"):
		if filters.get(key):
			conditions[key] = filters[key]
	if filters.get("approved_only"):
		conditions["stage"] = rule.APPROVED
	if filters.get("unit"):
		conditions["unit"] = ("descendants of (inclusive)", filters["unit"])
	rows = frappe.get_list(
		"Campaign Appraisal",
		filters=conditions,
		fields=["name", "appraisee_name", "unit", "workflow_state", "total_score", "grade", "period"],
		order_by="total_score desc, appraisee_name asc",
		limit_page_length=0,
	)
	for row, rank in zip(rows, rule.ranks([r.total_score or 0 for r in rows]), strict=True):
		row.rank = rank
	return rows


def indicator_scores(names: list[str]) -> tuple[list[str], dict]:
	"""Indicator names in template order, and {(appraisal, indicator): final score}."""
	if not names:
		return [], {}
	rows = frappe.get_all(
		"Campaign Appraisal Score",
		filters={"parent": ("in", names), "parenttype": "Campaign Appraisal"},
		fields=["parent", "indicator", "final_score", "idx"],
		order_by="idx",
	)
	indicators = list(dict.fromkeys(r.indicator for r in rows))
	return indicators, {(r.parent, r.indicator): r.final_score for r in rows}


def make_columns(indicators: list[str], with_unit: bool) -> list[dict]:
	"""A cadre's unit is shown beside the name; a unit's appraisal names the unit itself."""
	columns = [
		{"fieldname": "rank", "label": _("Rank"), "fieldtype": "Int", "width": 70},
		{"fieldname": "appraisee_name", "label": _("Appraisee"), "fieldtype": "Data", "width": 160},
	]
	if with_unit:
		columns.append(
			{
				"fieldname": "unit",
				"label": _("Unit"),
				"fieldtype": "Link",
				"options": "Campaign Unit",
				"width": 150,
			}
		)
	columns += [
		{"fieldname": f"ind_{i}", "label": name, "fieldtype": "Float", "precision": 1, "width": 120}
		for i, name in enumerate(indicators)
	]
	columns += [
		{
			"fieldname": "total_score",
			"label": _("Weighted Total"),
			"fieldtype": "Float",
			"precision": 2,
			"width": 110,
		},
		{"fieldname": "grade", "label": _("Grade"), "fieldtype": "Data", "width": 80},
		{"fieldname": "workflow_state", "label": _("State"), "fieldtype": "Data", "width": 80},
		{
			"fieldname": "name",
			"label": _("Appraisal"),
			"fieldtype": "Link",
			"options": "Campaign Appraisal",
			"width": 140,
		},
	]
	return columns


def make_chart(data: list[dict]) -> dict | None:
	if not data:
		return None
	top = data[:CHART_BARS]
	return {
		"title": _("Top {0} by Weighted Total").format(len(top)),
		"data": {
			"labels": [row["appraisee_name"] for row in top],
			"datasets": [{"name": _("Weighted Total"), "values": [row["total_score"] or 0 for row in top]}],
		},
		"type": "bar",
		"colors": ["#2490EF"],
	}


def make_summary(data: list[dict]) -> list[dict]:
	"""Cards above the chart: how many were ranked, their average, and how many got each grade."""
	if not data:
		return []
	totals = [row["total_score"] or 0 for row in data]
	cards = [
		{"value": len(data), "label": _("Appraised"), "datatype": "Int", "indicator": "Blue"},
		{
			# Frappe shows a Float card with the system's precision (3); the scores have 2 decimals
			"value": f"{flt(sum(totals) / len(totals), 2):.2f}",
			"label": _("Average Weighted Total"),
			"datatype": "Data",
			"indicator": "Blue",
		},
	]
	for grade, count in rule.grade_counts((row["total_score"], row["grade"]) for row in data):
		cards.append({"value": count, "label": grade, "datatype": "Int", "indicator": "Blue"})
	return cards
