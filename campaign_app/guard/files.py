"""Files of the app's documents follow the document's scope (ORG-4).

Frappe lists a private file to anyone who may read its doctype, and a File record makes its private
file downloadable by the File's owner. Here: the list shows the files of the documents the user may
read; a file attached to an app document is read only by those who may read the document; a private
file already on the server is reused (by URL or by File name) only by someone who may read it.
"""

import frappe
from frappe import _

from campaign_app.guard.requests import app_doctypes


def file_condition(user: str | None = None, doctype: str | None = None) -> str:
	"""permission_query_conditions for File: Frappe's own condition still applies beside this one."""
	user = user or frappe.session.user
	if user == "Administrator" or "System Manager" in frappe.get_roles(user):
		return ""
	hooks = frappe.get_hooks("permission_query_conditions")
	doctypes, children = app_doctypes()
	limited, scoped = [], []
	for dt in sorted(doctypes - children):
		readable = frappe.has_permission(dt, "read", user=user)
		conditions = (
			[frappe.get_attr(m)(user=user, doctype=dt) for m in hooks.get(dt, [])] if readable else []
		)
		conditions = [c for c in conditions if c]
		if readable and not conditions:
			continue
		limited.append(frappe.db.escape(dt))
		if conditions:
			where = " and ".join(f"({c})" for c in conditions)
			scoped.append(
				f"(`tabFile`.`attached_to_doctype` = {frappe.db.escape(dt)} and `tabFile`.`attached_to_name`"
				f" in (select `tab{dt}`.name from `tab{dt}` where {where}))"
			)
	if not limited:
		return ""
	outside = f"ifnull(`tabFile`.`attached_to_doctype`, '') not in ({', '.join(limited)})"
	return "(" + " or ".join([outside, *scoped]) + ")"


def file_has_permission(doc, ptype: str = "read", user: str | None = None) -> bool:
	"""A file attached to an app document: read with the document, changed with the right to write it."""
	user = user or frappe.session.user
	if user == "Administrator" or not doc.attached_to_doctype or not doc.attached_to_name:
		return True
	if doc.attached_to_doctype not in app_doctypes()[0]:
		return True
	if not frappe.db.exists(doc.attached_to_doctype, doc.attached_to_name):
		return True  # Frappe's own rule decides for a file of a deleted document
	needed = "read" if ptype in ("read", "select", "print", "email", "export") else "write"
	return frappe.has_permission(doc.attached_to_doctype, needed, doc.attached_to_name, user=user)


def check_private_url(file_url: str | None):
	"""A private file already on the server may be named only by someone who may read it."""
	if not file_url or not str(file_url).startswith("/private/"):
		return
	if frappe.session.user == "Administrator":
		return
	for name in frappe.get_all("File", filters={"file_url": file_url}, pluck="name"):
		if frappe.has_permission("File", "read", name):
			return
	frappe.throw(_("You cannot use this file"), frappe.PermissionError, title=_("Not Allowed"))


def check_file_names(names):
	"""Files named by their File record (attachments copied onto another document or an email)."""
	for entry in frappe.parse_json(names) or []:
		name = entry.get("fid") or entry.get("name") if isinstance(entry, dict) else entry
		if name and frappe.db.exists("File", name) and not frappe.has_permission("File", "read", name):
			frappe.throw(_("You cannot use this file"), frappe.PermissionError, title=_("Not Allowed"))


def check_attach_fields(doc):
	"""Attach fields of an app document (and its rows) may name only files the user may read."""
	before = doc.get_doc_before_save()
	old = set()
	if before:
		old = {v for d in [before, *before.get_all_children()] for v in attach_values(d)}
	for d in [doc, *doc.get_all_children()]:
		for value in attach_values(d):
			if value not in old:
				check_private_url(value)


def attach_values(d) -> list[str]:
	return [
		d.get(df.fieldname)
		for df in d.meta.get("fields", {"fieldtype": ["in", ["Attach", "Attach Image"]]})
		if d.get(df.fieldname)
	]
