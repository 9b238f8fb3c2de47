"""The rectification item's rules as SQL, in one place (FIX-6, FIX-7, APPR-2): a unit's subtree, closed,
overdue, on time, due, the light, and the counts per unit. The reports, the appraisal indicators, the
daily job, the number cards (through the progress report) and the satisfaction scope read them here.

Every rule keys on the item's stage (the stable meaning of its workflow state), never on a state's name.
Each fragment takes the table or alias it applies to; the values it needs come from `values()`.
"""

import frappe
from frappe.utils import getdate, today

from campaign_app.domain import rectification as rule
from campaign_app.domain.scope import subtree_condition

ITEM = "`tabRectification Item`"


def values(on_date=None, **extra) -> dict:
	"""The parameters the fragments below use: the closed stage and today."""
	return {"closed_stage": rule.CLOSED, "today": getdate(on_date or today()), **extra}


def unit_subtree(column: str, unit: str | None) -> str:
	"""`column` (a unit) lies in `unit` or below it: an index range on the unit tree; "" without a unit."""
	if not unit:
		return ""
	bounds = frappe.db.get_value("Campaign Unit", unit, ["lft", "rgt"])
	return subtree_condition(column, *bounds) if bounds else "1=0"


def closed(t: str = ITEM) -> str:
	"""Null-safe: an item without a stage counts as open."""
	return f"{t}.stage <=> %(closed_stage)s"


def overdue(t: str = ITEM) -> str:
	return f"(not ({closed(t)}) and {t}.deadline < %(today)s)"


def on_time(t: str = ITEM) -> str:
	return f"({closed(t)} and {t}.closed_on <= {t}.deadline)"


def due(t: str = ITEM) -> str:
	"""Closed, or past its deadline: the items an on-time rate is taken over."""
	return f"({closed(t)} or {t}.deadline < %(today)s)"


def counts(t: str = ITEM) -> str:
	"""The aggregate columns of a set of items: items, closed, on_time, overdue, due, relapses."""
	return f"""count(*) as items,
		coalesce(sum({closed(t)}), 0) as closed,
		coalesce(sum({on_time(t)}), 0) as on_time,
		coalesce(sum({overdue(t)}), 0) as overdue,
		coalesce(sum({due(t)}), 0) as due,
		coalesce(sum({t}.relapse_count), 0) as relapses"""


def item_counts(campaign: str, unit: str | None = None, cadre: str | None = None) -> dict:
	"""The counts of a campaign's items of a unit and the units below it, or of a responsible cadre."""
	where = unit_subtree("ri.unit", unit) if unit else "ri.responsible_cadre = %(cadre)s"
	row = frappe.db.sql(
		f"select {counts('ri')} from {ITEM} ri where ri.campaign = %(campaign)s and {where}",
		values(campaign=campaign, cadre=cadre),
		as_dict=True,
	)[0]
	return {key: int(value or 0) for key, value in row.items()}


# The light of an item (FIX-6), the same rule as campaign_app.domain.rectification.light; needs
# values() and %(yellow_days)s
LIGHT = f"""
case
	when {closed("ri")} then 'Green'
	when ri.deadline < %(today)s then 'Red'
	when ri.deadline <= %(today)s + interval %(yellow_days)s day then 'Yellow'
	when ri.kind = 'Long-term' and (
		exists (select 1 from `tabRectification Stage Goal` sg
			where sg.parent = ri.name and sg.parenttype = 'Rectification Item'
			and sg.done_on is null and sg.due_date < %(today)s)
		or ifnull(ri.progress, 0) < 100 * least(greatest(datediff(%(today)s, ri.start_date), 0),
			greatest(datediff(ri.deadline, ri.start_date), 1)) / greatest(datediff(ri.deadline, ri.start_date), 1)
	) then 'Yellow'
	else 'Green'
end
"""
