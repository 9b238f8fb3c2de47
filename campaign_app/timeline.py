"""The form timeline of the app's documents reads as people write, not as the database stores (#14).

Frappe's timeline prints a change's old and new values as stored: an account id where a person was set,
"null" where there was nothing. A Version of an app document keeps, for a link to a record with a title
shown in links (people), that title beside nothing else, and "—" for an empty value; who acted stays the
Version's owner and the document keeps the ids.
"""

import frappe

EMPTY = "—"
# Tables the server rebuilds on each save (a dispatch round recounts its units): their rows come and go
# with every recount and say nothing a person did
RECOUNTED = {("Dispatch Round", "units")}


def readable_version(doc, method=None):
	"""doc_events Version before_insert."""
	from campaign_app.guard.requests import app_doctypes

	if doc.ref_doctype not in app_doctypes()[0] or not doc.data:
		return
	data = frappe.parse_json(doc.data)
	meta = frappe.get_meta(doc.ref_doctype)
	for key in ("added", "removed", "row_changed"):
		if data.get(key):
			data[key] = [row for row in data[key] if (doc.ref_doctype, row[0]) not in RECOUNTED]
	for row in data.get("changed") or []:
		row[1], row[2] = shown(meta, row[0], row[1]), shown(meta, row[0], row[2])
	for table, _idx, _name, changes in data.get("row_changed") or []:
		child = frappe.get_meta(meta.get_field(table).options) if meta.get_field(table) else None
		for row in changes:
			if child:
				row[1], row[2] = shown(child, row[0], row[1]), shown(child, row[0], row[2])
	doc.data = frappe.as_json(data, indent=None)


def shown(meta, fieldname: str, value):
	if value is None or value == "":
		return EMPTY
	df = meta.get_field(fieldname)
	if not df or not isinstance(value, str):
		return value
	if df.fieldtype in ("Attach", "Attach Image"):
		return value.rsplit("/", 1)[-1]  # the file's name, not its address on the server
	if df.fieldtype != "Link":
		return value
	target = frappe.get_meta(df.options)
	if not (target.show_title_field_in_link and target.title_field):
		return value
	return frappe.db.get_value(df.options, value, target.title_field) or value
