"""The module profile of campaign users (#14): Frappe's own admin workspaces (用户, 网站, 工具, 集成, 构建,
and ERPNext's when it was installed first) stay out of a cadre's sidebar and cannot be opened by URL or
API; System Managers keep them.

The profile is seeded once and is the office's to edit in the desk (Module Profile 学习教育用户): an edit
reaches every user who holds it. A cadre's desk user gets it when the cadre is saved, unless the user
already has a module profile of an administrator's choosing or is a System Manager.
"""

import frappe

PROFILE = "Campaign Desk"
OWN_MODULE = "Campaign App"
MANY_USERS = 200  # above this, an edit of the profile reaches its users in a background job


def ensure_desk_profile():
	"""Seed the profile once: every module with a public workspace but the app's."""
	if frappe.db.exists("Module Profile", PROFILE):
		return
	modules = frappe.get_all(
		"Workspace",
		filters={"public": 1, "module": ("not in", [OWN_MODULE, ""])},
		pluck="module",
		distinct=True,
		order_by="module asc",
	)
	frappe.get_doc(
		{
			"doctype": "Module Profile",
			"module_profile_name": PROFILE,
			"block_modules": [{"module": m} for m in modules if m],
		}
	).insert(ignore_permissions=True)


def desk_profile() -> str | None:
	"""The profile for a new cadre's desk user, when the site has it."""
	return PROFILE if frappe.db.exists("Module Profile", PROFILE) else None


def apply_desk_profile(user: str):
	"""Give a cadre's desk user the profile, once; an administrator's choice and System Managers stay."""
	if not user or not frappe.db.exists("Module Profile", PROFILE):
		return
	current = frappe.db.get_value("User", user, "module_profile")
	if current or "System Manager" in frappe.get_roles(user):
		return
	doc = frappe.get_doc("User", user)
	doc.module_profile = PROFILE
	doc.flags.ignore_permissions = True
	doc.save()


def blocked_modules(user: str) -> set[str]:
	return set(frappe.get_all("Block Module", filters={"parent": user, "parenttype": "User"}, pluck="module"))


def on_profile_update(doc, method=None):
	"""doc_events of Module Profile: Frappe copies a profile's modules to a user only when the user is
	saved; an edit of a profile reaches every user who holds it."""
	users = frappe.get_all("User", filters={"module_profile": doc.name}, pluck="name")
	if not users:
		return
	modules = [row.module for row in doc.block_modules]
	if len(users) > MANY_USERS:
		frappe.enqueue(
			copy_modules,
			queue="long",
			users=users,
			modules=modules,
			enqueue_after_commit=True,
			now=frappe.flags.in_test,
		)
	else:
		copy_modules(users, modules)


def copy_modules(users: list[str], modules: list[str]):
	"""Set-based: the users' Block Module rows become the profile's."""
	frappe.db.delete("Block Module", {"parenttype": "User", "parent": ("in", users)})
	rows = [
		(frappe.generate_hash(length=12), user, "User", "block_modules", idx, module)
		for user in users
		for idx, module in enumerate(modules, start=1)
	]
	fields = ["name", "parent", "parenttype", "parentfield", "idx", "module"]
	frappe.db.bulk_insert("Block Module", fields=fields, values=rows)
	for user in users:
		frappe.clear_cache(user=user)
		frappe.clear_document_cache("User", user)
