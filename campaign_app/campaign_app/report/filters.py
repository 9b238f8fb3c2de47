"""SQL pieces shared by the rectification reports: unit subtree and the simple equality filters."""

import frappe

UNIT_SUBTREE = "{column} in (select fu.name from `tabCampaign Unit` fu where fu.lft between {lft} and {rgt})"


def unit_subtree(column: str, unit: str | None) -> str:
	"""`column` lies in `unit` or below it, as an index range on the unit tree's lft; "" without a unit."""
	if not unit:
		return ""
	bounds = frappe.db.get_value("Campaign Unit", unit, ["lft", "rgt"])
	if not bounds:
		return "1=0"
	return UNIT_SUBTREE.format(column=column, lft=int(bounds[0]), rgt=int(bounds[1]))


def where(filters: dict, equal: dict[str, str], unit_column: str, scope: str) -> str:
	"""One WHERE clause: `equal` maps a filter key to its column; values go in as %(key)s parameters."""
	parts = [f"{column} = %({key})s" for key, column in equal.items() if filters.get(key)]
	parts.append(unit_subtree(unit_column, filters.get("unit")))
	parts.append(scope)
	parts = [p for p in parts if p]
	return " and ".join(parts) if parts else "1=1"
