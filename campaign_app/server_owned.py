"""Fields the server owns (who asked, who verified, when, counters, history, copied weights): a client
write that changes one is refused, nothing saved. The server sets them itself after this check.

Server code run outside a request as Administrator (jobs, patches, the demo loader, test set-up) is
trusted; so is a write that sets `doc.flags.server_write`.
"""

import frappe
from frappe import _

from campaign_app.workflow_rules import normal, refuse_fields, same_value

SKIPPED_COLUMNS = frozenset(
	{"name", "idx", "owner", "creation", "modified", "modified_by", "parent", "parentfield", "parenttype"}
)


def is_server_code() -> bool:
	return frappe.session.user == "Administrator" and not getattr(frappe.local, "request", None)


def refuse_client_changes(doc, fields: tuple[str, ...] = (), tables: dict | tuple = ()):
	"""Refuse the write when it changes a server-owned field or table (compared with the stored
	document; a new document must leave them empty).

	tables: table fieldnames, or {table: columns} where only those columns (and the rows themselves:
	none added or removed) are the server's; columns None means the whole row.
	"""
	if doc.flags.server_write or is_server_code():
		return
	before = doc.get_doc_before_save()
	changed = [f for f in fields if not same_value(before.get(f) if before else None, doc.get(f))]
	tables = tables if isinstance(tables, dict) else dict.fromkeys(tables)
	changed += [
		t for t, cols in tables.items() if table_values(before, t, cols) != table_values(doc, t, cols)
	]
	if changed:
		refuse_fields(doc, changed, _("{0} are kept by the system and cannot be set or changed by hand"))


def table_values(doc, table: str, columns: tuple[str, ...] | None = None) -> list[tuple]:
	"""The rows of a child table as values, in order, without the bookkeeping columns."""
	if not doc:
		return []
	rows = []
	for row in doc.get(table) or []:
		values = row.as_dict(no_default_fields=True)
		keys = columns or sorted(k for k in values if k not in SKIPPED_COLUMNS)
		rows.append(tuple((k, normal(values.get(k))) for k in keys))
	return rows


def refuse_row_changes(doc, table: str, columns: tuple[str, ...]):
	"""Rows may be added and edited, but these columns of each row are the server's: a new row leaves
	them empty, a stored row keeps them, and a row where one is set is not removed."""
	if doc.flags.server_write or is_server_code():
		return
	before = doc.get_doc_before_save()
	stored = {row.name: row for row in (before.get(table) if before else None) or []}
	current = {row.name for row in doc.get(table) or []}
	touched = False
	for row in doc.get(table) or []:
		old = stored.get(row.name)
		if any(not same_value(old.get(c) if old else None, row.get(c)) for c in columns):
			touched = True
	for name, old in stored.items():
		if name not in current and any(normal(old.get(c)) for c in columns):
			touched = True
	if touched:
		refuse_fields(doc, [table], _("{0} are kept by the system and cannot be set or changed by hand"))
