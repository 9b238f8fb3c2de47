"""Counts of problems by area, source, level or special theme (FIX-2), scoped to the user's units."""

import frappe
from frappe import _

from campaign_app.campaign_app.report.charts import bar_chart
from campaign_app.campaign_app.report.filters import where
from campaign_app.permissions import campaign_issue_condition

ISSUE = "`tabCampaign Issue`"
# dimension -> (column label, whether its values are option keys to translate)
DIMENSIONS = {
	"area": ("Area", False),
	"source": ("Source", True),
	"level": ("Issue Level", True),
	"theme": ("Special Theme", False),
}


def execute(filters=None):
	filters = frappe._dict(filters or {})
	dimension = filters.get("group_by") if filters.get("group_by") in DIMENSIONS else "area"
	rows = counts(filters, dimension)
	return columns(dimension), rows, None, chart(rows)


def columns(dimension: str):
	return [
		{
			"fieldname": "value",
			"label": _(DIMENSIONS[dimension][0], context="Campaign Issue"),
			"fieldtype": "Data",
			"width": 200,
		},
		{"fieldname": "issues", "label": _("Problems"), "fieldtype": "Int", "width": 100},
		{"fieldname": "rectified", "label": _("Rectified"), "fieldtype": "Int", "width": 100},
		{"fieldname": "in_rectification", "label": _("In Rectification"), "fieldtype": "Int", "width": 100},
		{"fieldname": "not_rectified", "label": _("Not Rectified"), "fieldtype": "Int", "width": 100},
	]


def counts(filters, dimension: str) -> list[dict]:
	rows = frappe.db.sql(
		f"""select {ISSUE}.`{dimension}` as value, count(*) as issues,
			sum({ISSUE}.status = 'Rectified') as rectified,
			sum({ISSUE}.status = 'In Rectification') as in_rectification
		from {ISSUE}
		where {where(filters, {"campaign": f"{ISSUE}.campaign"}, f"{ISSUE}.unit", campaign_issue_condition())}
		group by {ISSUE}.`{dimension}`
		order by issues desc, value""",
		filters,
		as_dict=True,
	)
	translate = DIMENSIONS[dimension][1]
	for row in rows:
		row.rectified = int(row.rectified or 0)
		row.in_rectification = int(row.in_rectification or 0)
		row.not_rectified = row.issues - row.rectified - row.in_rectification
		row.value = (
			(_(row.value, context="Campaign Issue") if translate else row.value)
			if row.value
			else _("Not Set")
		)
	return rows


def chart(rows):
	return bar_chart([row.value for row in rows], [(_("Problems"), [row.issues for row in rows])])
