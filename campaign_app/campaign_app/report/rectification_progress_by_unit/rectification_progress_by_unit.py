"""Rectification progress per responsible unit (FIX-7): one scoped GROUP BY over the items."""

import frappe
from frappe import _
from frappe.utils import flt

from campaign_app import item_rules
from campaign_app.campaign_app.report.charts import bar_chart
from campaign_app.campaign_app.report.filters import where
from campaign_app.permissions import rectification_item_scope_parts

ITEM = "`tabRectification Item`"
FIELDS = ", ".join(f"{ITEM}.{f}" for f in ("unit", "stage", "closed_on", "deadline", "relapse_count"))


def execute(filters=None):
	rows = progress(frappe._dict(filters or {}))
	return columns(), rows, None, chart(rows), summary(rows)


def columns():
	return [
		{
			"fieldname": "unit",
			"label": _("Responsible Unit"),
			"fieldtype": "Link",
			"options": "Campaign Unit",
			"width": 180,
		},
		{"fieldname": "items", "label": _("Item Count"), "fieldtype": "Int", "width": 90},
		{"fieldname": "closed", "label": _("Closed Items"), "fieldtype": "Int", "width": 90},
		{"fieldname": "on_time_rate", "label": _("Closed on Time %"), "fieldtype": "Percent", "width": 120},
		{"fieldname": "overdue", "label": _("Overdue Items"), "fieldtype": "Int", "width": 90},
		{"fieldname": "relapses", "label": _("Relapses"), "fieldtype": "Int", "width": 90},
	]


def progress(filters) -> list[dict]:
	"""One row per unit, counted by the item rules (campaign_app.item_rules).

	A scoped user's rows are the items of their units plus, apart, the items they are responsible for
	elsewhere: two index ranges added up, instead of one OR that reads every item.
	"""
	values = item_rules.values(**filters)
	base = where(filters, {"campaign": f"{ITEM}.campaign"}, f"{ITEM}.unit", "")
	parts = rectification_item_scope_parts()
	if parts is None:
		source = f"{ITEM} where {base}"
	else:
		by_unit, by_person = parts
		picked = f"select {FIELDS} from {ITEM} where {base}"
		source = f"({picked} and {by_unit} union all {picked} and {by_person} and not ({by_unit})) {ITEM}"
	rows = frappe.db.sql(
		f"""select {ITEM}.unit, {item_rules.counts(ITEM)}
		from {source}
		group by {ITEM}.unit""",
		values,
		as_dict=True,
	)
	for row in rows:
		row.on_time_rate = flt(100.0 * (row.on_time or 0) / row.closed, 1) if row.closed else 0
		row.relapses = int(row.relapses or 0)
	return in_tree_order(rows)


def in_tree_order(rows: list[dict]) -> list[dict]:
	"""The units as the unit tree lists them: each unit before its own, sections beside each other."""
	units = [row.unit for row in rows if row.unit]
	place = (
		dict(
			frappe.get_all(
				"Campaign Unit", filters={"name": ("in", units)}, fields=["name", "lft"], as_list=True
			)
		)
		if units
		else {}
	)
	return sorted(rows, key=lambda row: (place.get(row.unit) is None, place.get(row.unit) or 0))


def chart(rows):
	return bar_chart(
		[row.unit for row in rows],
		[
			(_("Item Count"), [row["items"] for row in rows]),
			(_("Closed Items"), [int(row.closed) for row in rows]),
			(_("Overdue Items"), [int(row.overdue) for row in rows]),
		],
		["#5e64ff", "#29cd42", "#ff5858"],
	)


def summary(rows):
	items = sum(row["items"] for row in rows)
	closed = sum(int(row.closed) for row in rows)
	overdue = sum(int(row.overdue) for row in rows)
	return [
		{"value": items, "label": _("Item Count"), "datatype": "Int", "indicator": "Blue"},
		{"value": closed, "label": _("Closed Items"), "datatype": "Int", "indicator": "Green"},
		{"value": overdue, "label": _("Overdue Items"), "datatype": "Int", "indicator": "Red"},
		{
			"value": completion(items, closed),
			"label": _("Completion Rate"),
			"datatype": "Percent",
			"indicator": "Green",
		},
	]


def completion(items: int, closed: int) -> float:
	return flt(100.0 * closed / items, 1) if items else 0
