# Copyright (c) 2026, campaign_app developers and contributors
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from campaign_app.desk_profile import apply_desk_profile, desk_profile
from campaign_app.domain.org import (
	LEVEL_ROLES,
	OFFICE_ONLY_LEVELS,
	level_from_name,
	role_for_level,
	roles_to_change,
	workspace_for_level,
)

OFFICE_ROLES = {"System Manager", "Campaign Manager"}


class Cadre(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		email: DF.Data | None
		full_name: DF.Data
		gender: DF.Literal["", "Male", "Female"]
		is_active: DF.Check
		is_party_member: DF.Check
		level: DF.Literal[
			"Leadership Member", "Principal Leader", "Unit Leader", "Party Cadre", "Frontline Staff"
		]
		level_name: DF.Data | None
		phone: DF.Data | None
		post: DF.Data | None
		unit: DF.Link
		user: DF.Link | None
	# end: auto-generated types

	def before_validate(self):
		self.take_level_name()

	def validate(self):
		self.validate_email_unused()
		self.validate_level_allowed()
		self.validate_user_unused()
		self.link_user()

	def on_update(self):
		self.sync_user_roles()
		self.set_default_workspace()
		apply_desk_profile(self.user)

	def take_level_name(self):
		"""An import names the level as the desk shows it (干部层级名称): it becomes the level."""
		if not self.level_name:
			return
		labels = {_(level): level for level in LEVEL_ROLES}
		level = level_from_name(self.level_name, labels)
		if not level:
			frappe.throw(
				_("Unknown level {0}: use one of {1}").format(
					self.level_name, "、".join(_(level) for level in LEVEL_ROLES)
				),
				title=_("Unknown Level"),
			)
		self.level, self.level_name = level, None

	def validate_email_unused(self):
		if not self.email:
			return
		self.email = self.email.strip().lower()
		other = frappe.db.get_value("Cadre", {"email": self.email, "name": ("!=", self.name)}, "full_name")
		if other:
			frappe.throw(
				_("Email {0} is already used by cadre {1}").format(self.email, other),
				frappe.DuplicateEntryError,
				title=_("Duplicate Email"),
			)

	def validate_level_allowed(self):
		"""Levels that see the whole campaign are given by the leading group office only."""
		if self.level not in OFFICE_ONLY_LEVELS or not (self.is_new() or self.has_value_changed("level")):
			return
		if frappe.session.user != "Administrator" and not OFFICE_ROLES & set(frappe.get_roles()):
			frappe.throw(
				_("Only the leading group office can give a cadre the level {0}").format(_(self.level)),
				frappe.PermissionError,
			)

	def validate_user_unused(self):
		user = self.user or (self.email and frappe.db.get_value("User", {"email": self.email}))
		if not user:
			return
		other = frappe.db.get_value("Cadre", {"user": user, "name": ("!=", self.name)}, "full_name")
		if other:
			frappe.throw(
				_("Desk user {0} is already linked to cadre {1}").format(user, other),
				frappe.DuplicateEntryError,
				title=_("Duplicate Desk User"),
			)

	def link_user(self):
		"""Link the desk user with the cadre's email, creating it when there is none."""
		if self.user or not self.email:
			return
		self.user = frappe.db.get_value("User", {"email": self.email}) or self.make_user()

	def make_user(self) -> str:
		role = role_for_level(self.level)
		user = frappe.get_doc(
			{
				"doctype": "User",
				"email": self.email,
				"first_name": self.full_name,
				"user_type": "System User",
				"send_welcome_email": 0,
				"enabled": 1,
				"roles": [{"role": role}] if role else [],
				"module_profile": desk_profile(),
			}
		)
		user.insert(ignore_permissions=True)
		return user.name

	def set_default_workspace(self):
		"""The desk opens on the workspace the level is given (我的工作台 / 本单位 / the bureau's)."""
		if not self.user:
			return
		current = frappe.db.get_value("User", self.user, "default_workspace")
		wanted = workspace_for_level(self.level, current)
		if wanted and frappe.db.exists("Workspace", wanted):
			frappe.db.set_value("User", self.user, "default_workspace", wanted)

	def sync_user_roles(self):
		"""Keep the user's level role (leader, unit head, staff) the one the cadre's level gives."""
		if not self.user:
			return
		current = frappe.get_all(
			"Has Role", filters={"parent": self.user, "parenttype": "User"}, pluck="role"
		)
		add, remove = roles_to_change(self.level, current)
		if not (add or remove):
			return
		user = frappe.get_doc("User", self.user)
		user.flags.ignore_permissions = True
		if remove:
			user.remove_roles(*remove)
		if add:
			user.add_roles(*add)
