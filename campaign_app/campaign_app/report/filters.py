"""The WHERE clause of the reports: simple equality filters, the unit subtree and the user's scope."""

from campaign_app.item_rules import unit_subtree


def where(filters: dict, equal: dict[str, str], unit_column: str, scope: str) -> str:
	"""One WHERE clause: `equal` maps a filter key to its column; values go in as %(key)s parameters."""
	parts = [f"{column} = %({key})s" for key, column in equal.items() if filters.get(key)]
	parts.append(unit_subtree(unit_column, filters.get("unit")))
	parts.append(scope)
	parts = [p for p in parts if p]
	return " and ".join(parts) if parts else "1=1"
