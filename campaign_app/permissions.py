"""Unit-subtree data scope (ORG-4): one criterion per doctype, used by the list query and the doc check.

`permission_query_conditions` scopes every list path (desk list, report view, /api/resource,
frappe.client.get_list / get_value, link search); `has_permission` scopes every single-document path
by running the same criterion against the document's row (the crm pattern).
"""

from __future__ import annotations

import frappe

from campaign_app.domain.scope import NOTHING, Scope, listed_units_condition, scope_for, unit_condition

WRITE_PTYPES = frozenset({"write", "create", "submit", "cancel", "amend", "delete"})
# A subtree of up to this many units is named unit by unit in the rectification items' criterion
MAX_LISTED_UNITS = 500


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


def unit_in_scope(scope: Scope, unit: str | None) -> bool:
	"""Whether the unit lies in the scope (one indexed look-up)."""
	condition = unit_condition(scope, "`tabCampaign Unit`.`name`", frappe.db.escape)
	return bool(unit) and _row_in_scope("Campaign Unit", unit, condition)


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
	return _doc_in_scope(doc, ptype, user, cadre_condition(user))


# ---- Campaign Issue: in scope by its unit; the one who raised it always sees it


def campaign_issue_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	cond = unit_condition(get_scope(user), "`tabCampaign Issue`.`unit`", frappe.db.escape)
	if not cond:
		return ""
	return f"({cond} or `tabCampaign Issue`.`owner` = {frappe.db.escape(user)})"


def campaign_issue_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, campaign_issue_condition(user))


# ---- Rectification Item: in scope by its responsible unit, or for its responsible cadre and leader


def rectification_item_scope_parts(user: str | None = None, listed: bool = False) -> tuple[str, str] | None:
	"""The criterion in its two halves, (by unit, by person); None when the user sees everything.

	Aggregates at scale run each half on its own index and add them up (UNION ALL): MariaDB cannot use
	an index for the OR of the two. `listed` names a small subtree unit by unit (see subtree_units).
	"""
	user = user or frappe.session.user
	scope = get_scope(user)
	column = "`tabRectification Item`.`unit`"
	units = subtree_units(scope.lft, scope.rgt) if scope.subtree and listed else None
	if units is not None:
		by_unit = listed_units_condition(column, units, frappe.db.escape)
	else:
		by_unit = unit_condition(scope, column, frappe.db.escape)
	if not by_unit:
		return None
	me = frappe.db.escape(user)
	by_person = (
		f"(`tabRectification Item`.`responsible_user` = {me} or `tabRectification Item`.`leader_user` = {me})"
	)
	return by_unit, by_person


def subtree_units(lft: int, rgt: int) -> list[str] | None:
	"""The units of a subtree, when there are few enough to name (None: too many, keep the range).

	Named, the unit half of the criterion is an index range MariaDB merges with the person half
	(index_merge over unit, responsible_user and leader_user): a count at 1M items reads the user's rows
	only instead of the whole table. A page in date order is faster with the subtree as a subquery (MariaDB
	then walks the date index and stops at the page's end), so only counts name the units.
	"""
	names = frappe.db.sql_list(
		"select name from `tabCampaign Unit` where lft between %s and %s limit %s",
		(lft, rgt, MAX_LISTED_UNITS + 1),
	)
	return names if len(names) <= MAX_LISTED_UNITS else None


def rectification_item_condition(user: str | None = None, doctype: str | None = None) -> str:
	"""The same rows either way; spelled for counting while the desk counts (api/overrides.get_list_count)."""
	parts = rectification_item_scope_parts(user, listed=bool(frappe.flags.counting_items))
	return f"({parts[0]} or {parts[1]})" if parts else ""


def rectification_item_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, rectification_item_condition(user))


# ---- Campaign Appraisal: in scope by its unit (for a unit head's subtree); everyone sees their own


def campaign_appraisal_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	own = f"`tabCampaign Appraisal`.`appraisee_user` = {frappe.db.escape(user)}"
	return subtree_or_own(user, "`tabCampaign Appraisal`.`unit`", own)


def subtree_or_own(user: str, unit_column: str, own: str) -> str:
	"""A unit head's subtree or the user's own records; staff see their own only; "" for all-seeing roles."""
	scope = get_scope(user)
	if scope.everything:
		return ""
	if not scope.subtree:
		return own
	return f"({unit_condition(scope, unit_column, frappe.db.escape)} or {own})"


def campaign_appraisal_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	"""Like _doc_in_scope, with the unit taken from the appraised unit or cadre (set on save)."""
	condition = campaign_appraisal_condition(user)
	if not condition:
		return True
	if not doc.is_new() and not _row_in_scope(doc.doctype, doc.name, condition):
		return False
	unit = doc.target_unit if doc.target_type == "Unit" else frappe.db.get_value("Cadre", doc.cadre, "unit")
	if ptype in WRITE_PTYPES and (doc.is_new() or frappe.db.get_value(doc.doctype, doc.name, "unit") != unit):
		return bool(unit) and _row_in_scope("Campaign Unit", unit, campaign_unit_condition(user))
	return True


def _doc_in_scope(doc, ptype: str, user: str | None, condition: str) -> bool:
	"""The stored row must be in scope; a write that puts the document in a unit needs that unit in scope."""
	if not condition:
		return True
	if not doc.is_new() and not _row_in_scope(doc.doctype, doc.name, condition):
		return False
	if ptype in WRITE_PTYPES and (
		doc.is_new() or frappe.db.get_value(doc.doctype, doc.name, "unit") != doc.unit
	):
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


# ---- Child tables: a row is in scope when its parent document is (Frappe checks only the parent's
# doctype, never the parent's own conditions, when rows are listed on their own)


def child_condition(user: str | None = None, doctype: str | None = None) -> str:
	"""Rows of the child doctype whose parent the user may read: the parent's own criterion."""
	user = user or frappe.session.user
	if user == "Administrator":
		return ""
	table = f"`tab{doctype}`"
	hooks = frappe.get_hooks("permission_query_conditions")
	parts = []
	for parent in parent_doctypes(doctype):
		if not frappe.has_permission(parent, "read", user=user):
			continue
		of_parent = f"{table}.`parenttype` = {frappe.db.escape(parent)}"
		conditions = [frappe.get_attr(m)(user=user, doctype=parent) for m in hooks.get(parent, [])]
		where = " and ".join(f"({c})" for c in conditions if c)
		if where:
			of_parent += (
				f" and {table}.`parent` in (select `tab{parent}`.name from `tab{parent}` where {where})"
			)
		parts.append(f"({of_parent})")
	return "(" + " or ".join(parts) + ")" if parts else "1=0"


def parent_doctypes(child: str) -> list[str]:
	return frappe.get_all(
		"DocField", filters={"fieldtype": "Table", "options": child, "parenttype": "DocType"}, pluck="parent"
	)


# ---- Study Session: in scope by its unit


def study_session_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabStudy Session`.`unit`", frappe.db.escape)


def study_session_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, study_session_condition(user))


# ---- Study Output: a unit head's subtree; a cadre sees their own


def study_output_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	own = f"`tabStudy Output`.`author_user` = {frappe.db.escape(user)}"
	return subtree_or_own(user, "`tabStudy Output`.`unit`", own)


def study_output_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	condition = study_output_condition(user)
	if not condition or doc.is_new():
		return True  # the controller checks whose output a new one is
	return _row_in_scope(doc.doctype, doc.name, condition)


# ---- Study Test Result: in scope by the cadre's unit; a cadre sees their own


def study_test_result_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	table = "`tabStudy Test Result`"
	own = (
		f"{table}.`cadre` in (select own.name from `tabCadre` own where own.user = {frappe.db.escape(user)})"
	)
	return subtree_or_own(user, f"{table}.`unit`", own)


def study_test_result_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	condition = study_test_result_condition(user)
	if not condition:
		return True
	if not doc.is_new() and not _row_in_scope(doc.doctype, doc.name, condition):
		return False
	if ptype in WRITE_PTYPES:  # the unit a write puts the result in: the cadre's
		unit = frappe.db.get_value("Cadre", doc.cadre, "unit")
		return bool(unit) and _row_in_scope("Campaign Unit", unit, campaign_unit_condition(user))
	return True


# ---- Review Meeting: in scope by its unit, like a study session


def review_meeting_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabReview Meeting`.`unit`", frappe.db.escape)


def review_meeting_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, review_meeting_condition(user))


# ---- Public Feedback: in scope by its target unit (feedback not yet given a unit: the office's)


def public_feedback_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabPublic Feedback`.`unit`", frappe.db.escape)


def public_feedback_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, public_feedback_condition(user))


# ---- Livelihood Project: in scope by its responsible unit; its lead leader always sees it


def livelihood_project_condition(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	cond = unit_condition(get_scope(user), "`tabLivelihood Project`.`unit`", frappe.db.escape)
	if not cond:
		return ""
	return f"({cond} or `tabLivelihood Project`.`lead_leader_user` = {frappe.db.escape(user)})"


def livelihood_project_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, livelihood_project_condition(user))


# ---- Typical Case: in scope by its unit


def typical_case_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabTypical Case`.`unit`", frappe.db.escape)


def typical_case_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, typical_case_condition(user))


# ---- Supervision Visit, Rule Review, Major Decision: in scope by their unit


def supervision_visit_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabSupervision Visit`.`unit`", frappe.db.escape)


def supervision_visit_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, supervision_visit_condition(user))


def rule_review_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabRule Review`.`unit`", frappe.db.escape)


def rule_review_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, rule_review_condition(user))


def major_decision_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabMajor Decision`.`unit`", frappe.db.escape)


def major_decision_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, major_decision_condition(user))


# ---- Deviation Warning: in scope by its unit (a warning about several units: the office's)


def deviation_warning_condition(user: str | None = None, doctype: str | None = None) -> str:
	return unit_condition(get_scope(user), "`tabDeviation Warning`.`unit`", frappe.db.escape)


def deviation_warning_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	return _doc_in_scope(doc, ptype, user, deviation_warning_condition(user))
