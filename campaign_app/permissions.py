"""Unit-subtree data scope (ORG-4): one criterion per doctype, used by the list query and the doc check.

`permission_query_conditions` scopes every list path (desk list, report view, /api/resource,
frappe.client.get_list / get_value, link search); `has_permission` scopes every single-document path
by running the same criterion against the document's row (the crm pattern).
"""

from __future__ import annotations

import frappe

from campaign_app.domain.scope import NOTHING, Scope, scope_for, unit_condition

WRITE_PTYPES = frozenset({"write", "create", "submit", "cancel", "amend", "delete"})


def get_scope(user: str | None = None) -> Scope:
	"""The user's scope, read fresh: two indexed look-ups, and never stale after a cadre moves."""
	user = user or frappe.session.user
	if user == "Guest":
		return NOTHING
	unit = frappe.db.sql(
		"""select u.name, u.lft, u.rgt from `tabCadre` c
		join `tabCampaign Unit` u on u.name = c.unit
		where c.user = %s and c.is_active = 1 limit 1""",
		user,
	)
	return scope_for(set(frappe.get_roles(user)), user == "Administrator", unit[0] if unit else None)


# ---- Campaign Unit: a unit is in scope when it lies in the user's unit (subtree)


def campaign_unit_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabCampaign Unit`.`name`", frappe.db.escape)


def campaign_unit_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _row_in_scope("Campaign Unit", doc.name, campaign_unit_condition(user))


# ---- Cadre: a cadre is in scope when its unit is; a cadre always sees their own record


def cadre_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	cond = unit_condition(get_scope(user), "`tabCadre`.`unit`", frappe.db.escape)
	if not cond:
		return ""
	return f"({cond} or `tabCadre`.`user` = {frappe.db.escape(user)})"


def cadre_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	cond = cadre_condition(user)
	if not cond:
		return True
	if not doc.is_new() and not _row_in_scope("Cadre", doc.name, cond):
		return False
	if ptype in WRITE_PTYPES:
		# the unit the cadre is being put in must be in scope as well
		return bool(doc.unit) and _row_in_scope("Campaign Unit", doc.unit, campaign_unit_condition(user))
	return True


def _row_in_scope(doctype: str, name: str, condition: str) -> bool:
	if not condition:
		return True
	if not name:
		return False
	return bool(
		frappe.db.sql(f"select 1 from `tab{doctype}` where `tab{doctype}`.name = %s and {condition}", name)
	)
