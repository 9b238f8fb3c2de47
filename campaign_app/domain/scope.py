"""Data scope by unit subtree (ORG-4), as plain values and SQL text; no database access here.

A user's scope is one of: everything, nothing, one unit, or a unit and every unit below it. Units form
a nested set, so "below" is a range on the tree's `lft` column, which stays an index range at any size.
"""

from __future__ import annotations

from dataclasses import dataclass

# Roles that see every unit's records.
ALL_SEEING_ROLES = frozenset({"System Manager", "Campaign Manager", "Campaign Leader", "Campaign Supervisor"})
SUBTREE_ROLE = "Unit Head"
UNIT_ROLE = "Campaign Staff"

UNIT_TABLE = "`tabCampaign Unit`"


@dataclass(frozen=True)
class Scope:
	everything: bool = False
	unit: str | None = None  # the user's own unit; None with everything=False means nothing
	lft: int = 0
	rgt: int = 0
	subtree: bool = False  # True: the unit and all below it; False: the unit alone

	@property
	def nothing(self) -> bool:
		return not self.everything and not self.unit


EVERYTHING = Scope(everything=True)
NOTHING = Scope()


def scope_for(roles: set[str], is_admin: bool, unit: tuple[str, int, int] | None) -> Scope:
	"""The scope of a user with these roles whose cadre sits in `unit` (name, lft, rgt), if any."""
	if is_admin or roles & ALL_SEEING_ROLES:
		return EVERYTHING
	if not unit:
		return NOTHING
	name, lft, rgt = unit
	if SUBTREE_ROLE in roles:
		return Scope(unit=name, lft=int(lft), rgt=int(rgt), subtree=True)
	if UNIT_ROLE in roles:
		return Scope(unit=name, lft=int(lft), rgt=int(rgt), subtree=False)
	return NOTHING


def unit_condition(scope: Scope, column: str, quote) -> str:
	"""SQL condition: `column` (a unit name) lies in the scope. "" means no restriction.

	`quote` escapes a string literal for SQL (frappe.db.escape).
	"""
	if scope.everything:
		return ""
	if scope.nothing:
		return "1=0"
	if not scope.subtree:
		return f"{column} = {quote(scope.unit)}"
	return subtree_condition(column, scope.lft, scope.rgt)


def listed_units_condition(column: str, names: list[str], quote) -> str:
	"""SQL condition: `column` is one of these units, as a literal list: an index range that MariaDB can
	merge with other indexed conditions in an OR (index_merge), which it cannot do with a subquery."""
	return f"{column} in ({', '.join(quote(name) for name in names)})" if names else "1=0"


def subtree_condition(column: str, lft: int, rgt: int) -> str:
	"""SQL condition: `column` (a unit name) is the unit with these nested-set bounds or lies below it."""
	return (
		f"{column} in (select scope_unit.name from {UNIT_TABLE} scope_unit"
		f" where scope_unit.lft between {int(lft)} and {int(rgt)})"
	)
