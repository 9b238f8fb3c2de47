"""Frappe's methods that the desk calls by name and that skip the app's scope by themselves, wrapped
(`override_whitelisted_methods`). Each keeps Frappe's arguments and answer; on the app's doctypes it
reads through `frappe.get_list`, which applies the app's `permission_query_conditions`.
"""

import json

import frappe
from frappe import client as frappe_client
from frappe.client import get_safe_filters
from frappe.desk import desktop as frappe_desktop
from frappe.desk import notifications as frappe_notifications
from frappe.desk import reportview as frappe_reportview
from frappe.desk import search as frappe_search
from frappe.desk.doctype.bulk_update import bulk_update as frappe_bulk_update
from frappe.desk.form import utils as form_utils
from frappe.desk.listview import get_group_by_count as frappe_group_by_count
from frappe.utils import cint

from campaign_app.guard.requests import app_doctypes

MAX_PAGE = 100


def is_app_doctype(doctype) -> bool:
	return doctype in app_doctypes()[0]


def is_guarded(doctype) -> bool:
	"""The app's doctypes and File (whose records carry the app's private evidence)."""
	return doctype == "File" or is_app_doctype(doctype)


@frappe.whitelist()
def get_count(doctype: str, filters=None, debug=False, cache=False) -> int:
	"""frappe.client.get_count, which counts with no permission check at all: here only what the user
	may read is counted (the list's own conditions)."""
	frappe.flags.counting_items = True
	try:
		rows = frappe.get_list(doctype, filters=get_safe_filters(filters), fields=["count(*) as count"])
	finally:
		frappe.flags.counting_items = False
	return cint(rows[0].count) if rows else 0


@frappe.whitelist()
def get_list_count() -> int:
	"""frappe.desk.reportview.get_count (the list view's count), unchanged but for the spelling of the
	scope: counted, a unit head's subtree is named unit by unit so that MariaDB reads the user's rows on
	their indexes (permissions.subtree_units)."""
	frappe.flags.counting_items = True
	try:
		return frappe_reportview.get_count()
	finally:
		frappe.flags.counting_items = False


@frappe.whitelist()
def search_link(
	doctype: str,
	txt: str,
	query: str | None = None,
	filters=None,
	page_length: int = 10,
	searchfield: str | None = None,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
):
	"""Link search keeps to the user's scope on the app's doctypes: no flag turns the scope off."""
	strict = is_app_doctype(doctype)
	found = frappe_search.search_link(
		doctype,
		txt,
		query=safe_query(query) if strict else query,
		filters=filters,
		page_length=min(cint(page_length) or 10, MAX_PAGE),
		searchfield=searchfield,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if strict else ignore_user_permissions,
	)
	return translated_descriptions(found, doctype) if strict else found


def translated_descriptions(found, doctype: str):
	"""Frappe describes each suggestion by its search fields' stored values ("CMP-00001, In Progress"):
	each value as the form shows it."""
	for row in found or []:
		if isinstance(row, dict) and row.get("description"):
			parts = str(row["description"]).split(", ")
			row["description"] = ", ".join(frappe._(part, context=doctype) for part in parts)
	return found


@frappe.whitelist()
def search_widget(
	doctype: str,
	txt: str,
	query: str | None = None,
	searchfield: str | None = None,
	start: int = 0,
	page_length: int = 10,
	filters=None,
	filter_fields=None,
	as_dict: bool = False,
	reference_doctype: str | None = None,
	ignore_user_permissions: bool = False,
):
	"""As search_link; on the app's doctypes the extra columns are the doctype's own fields only."""
	strict = is_app_doctype(doctype)
	if strict and filter_fields:
		fields = frappe.parse_json(filter_fields) or []
		meta = frappe.get_meta(doctype)
		filter_fields = frappe.as_json([f for f in fields if isinstance(f, str) and meta.has_field(f)])
	return frappe_search.search_widget(
		doctype,
		txt,
		query=safe_query(query) if strict else query,
		searchfield=searchfield,
		start=start,
		page_length=min(cint(page_length) or 10, MAX_PAGE),
		filters=filters,
		filter_fields=filter_fields,
		as_dict=as_dict,
		reference_doctype=reference_doctype,
		ignore_user_permissions=False if strict else ignore_user_permissions,
	)


def safe_query(query: str | None) -> str | None:
	"""A custom link query on the app's doctypes must be one of the app's own."""
	if query and not query.startswith("campaign_app."):
		frappe.throw(
			frappe._("This request is not available for the campaign's records"), frappe.PermissionError
		)
	return query


def readable(doctype: str, name) -> bool:
	"""On the app's doctypes: the record exists and the user may read it. A record out of scope and a
	record that does not exist get the same answer, so that no answer tells one from the other."""
	if not is_guarded(doctype):
		return True
	return (
		bool(name) and bool(frappe.db.exists(doctype, name)) and frappe.has_permission(doctype, "read", name)
	)


def refuse_unless_readable(doctype: str, names):
	if not all(readable(doctype, name) for name in names):
		frappe.throw(
			frappe._("This request is not available for the campaign's records"), frappe.PermissionError
		)


@frappe.whitelist()
def get_link_title(doctype: str, docname: str):
	"""The title of a link, for a record the user may read."""
	return frappe_search.get_link_title(doctype, docname) if readable(doctype, docname) else None


@frappe.whitelist()
def validate_link(doctype: str, docname: str, fields=None):
	"""A link is valid when the record exists and the user may read it."""
	return frappe_client.validate_link(doctype, docname, fields) if readable(doctype, docname) else {}


@frappe.whitelist()
def has_permission(doctype: str, docname: str, perm_type: str = "read"):
	refuse_unless_readable(doctype, [docname])
	return frappe_client.has_permission(doctype, docname, perm_type)


@frappe.whitelist()
def get_doc_permissions(doctype: str, docname: str):
	refuse_unless_readable(doctype, [docname])
	return frappe_client.get_doc_permissions(doctype, docname)


@frappe.whitelist()
def submit_cancel_or_update_docs(doctype, docnames, action="submit", data=None, task_id=None):
	"""The list view's bulk edit: only on records the user may read (the save checks the rest)."""
	refuse_unless_readable(doctype, frappe.parse_json(docnames) if isinstance(docnames, str) else docnames)
	return frappe_bulk_update.submit_cancel_or_update_docs(doctype, docnames, action, data, task_id)


@frappe.whitelist()
def get_group_by_count(doctype: str, current_filters: str, field: str) -> list[dict]:
	"""The list sidebar's counts; "assigned to" counted over the rows the user may read."""
	if field != "assigned_to" or not is_app_doctype(doctype):
		return frappe_group_by_count(doctype, current_filters, field)
	rows = frappe.get_list(doctype, filters=frappe.parse_json(current_filters), fields=["name"], run=0)
	return frappe.db.sql(
		f"""select todo.allocated_to as name, count(*) as count
		from `tabToDo` todo join `tabUser` u on u.name = todo.allocated_to
		where todo.status != 'Cancelled' and u.user_type = 'System User'
			and todo.reference_type = %s and todo.reference_name in (select name from ({rows}) scoped)
		group by todo.allocated_to order by count desc limit 50""",
		doctype,
		as_dict=True,
	)


@frappe.whitelist(methods=["POST", "PUT"])
def add_comment(
	reference_doctype: str, reference_name: str, content: str, comment_email=None, comment_by=None
):
	"""A comment is always stored under the name of the user who writes it."""
	user = frappe.session.user
	return form_utils.add_comment(
		reference_doctype, reference_name, content, user, frappe.utils.get_fullname(user)
	)


@frappe.whitelist()
def get_open_count(doctype: str, name: str, items=None):
	"""frappe.desk.notifications.get_open_count, which counts a form's linked records (its Connections)
	with no permission check: on the app's doctypes only the linked records the user may read count."""
	if not is_app_doctype(doctype):
		return frappe_notifications.get_open_count(doctype, name, items)
	doc = frappe.get_doc(doctype, name)
	doc.check_permission()
	links = doc.meta.get_dashboard_data()
	if isinstance(items, str):
		items = json.loads(items)
	if items is None:
		items = [item for group in links.transactions for item in group.get("items")]
	found = []
	for linked in items:
		fieldname = links.get("non_standard_fieldnames", {}).get(linked, links.get("fieldname"))
		count = 0
		if fieldname and frappe.has_permission(linked, "read"):
			count = len(frappe.get_list(linked, filters={fieldname: name}, pluck="name", limit=100))
		found.append({"doctype": linked, "open_count": 0, "count": count})
	return {"count": {"external_links_found": found, "internal_links_found": []}}


@frappe.whitelist()
def get_desktop_page(page):
	"""frappe.desk.desktop.get_desktop_page, with each onboarding step's description in the user's language:
	Frappe translates a step's title and action, not the text that explains it."""
	result = frappe_desktop.get_desktop_page(page)
	onboardings = (result or {}).get("onboardings") or {}
	for onboarding in onboardings.get("items") or [] if isinstance(onboardings, dict) else onboardings:
		for step in onboarding.get("items") or []:
			if step.get("description"):
				step["description"] = frappe._(step["description"])
	return result


@frappe.whitelist()
def get_print_settings_to_show(doctype: str, docname: str):
	"""frappe.printing.page.print.print.get_print_settings_to_show (the print view's settings), which loads
	the document without a permission check: here only for a document the user may print."""
	from frappe.printing.page.print import print as frappe_print

	if not frappe.has_permission(doctype, "print", docname):
		frappe.throw(frappe._("Not permitted"), frappe.PermissionError)
	return frappe_print.get_print_settings_to_show(doctype, docname)
