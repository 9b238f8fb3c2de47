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
	doc.data = readable(doc.ref_doctype, doc.data)


def rewrite_old_versions(batch: int = 2000):
	"""The Versions an app document got before the hook above existed, made readable the same way (a
	background job of the patch; a Version already readable stays as it is)."""
	from campaign_app.guard.requests import app_doctypes

	for doctype in sorted(app_doctypes()[0]):
		last = ""
		while rows := frappe.db.sql(
			"""select name, data from tabVersion
			where ref_doctype = %s and name > %s order by name limit %s""",
			(doctype, last, batch),
		):
			for name, data in rows:
				new = readable(doctype, data) if data else data
				if frappe.parse_json(new) != frappe.parse_json(data):
					frappe.db.set_value("Version", name, "data", new, update_modified=False)
			last = rows[-1][0]
			frappe.db.commit()  # noqa: frappe-semgrep-rules.rules.frappe-manual-commit (a batch of a long job)


def readable(doctype: str, json_data: str) -> str:
	meta = frappe.get_meta(doctype)
	data = frappe.parse_json(json_data)
	for key in ("added", "removed", "row_changed"):
		if data.get(key):
			data[key] = [row for row in data[key] if (doctype, row[0]) not in RECOUNTED]
	for row in data.get("changed") or []:
		row[1], row[2] = shown(meta, row[0], row[1]), shown(meta, row[0], row[2])
	for table, _idx, _name, changes in data.get("row_changed") or []:
		child = frappe.get_meta(meta.get_field(table).options) if meta.get_field(table) else None
		for row in changes:
			if child:
				row[1], row[2] = shown(child, row[0], row[1]), shown(child, row[0], row[2])
	return frappe.as_json(data, indent=None)


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
