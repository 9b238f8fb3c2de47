"""Leaders who open on the bureau's workspace, as they were given before 领导工作台 existed, open on it now;
a workspace an administrator chose for them stays."""

import frappe

from campaign_app.domain.org import BUREAU, LEADER_DESK, LEVEL_WORKSPACES


def execute():
	if not frappe.db.exists("Workspace", LEADER_DESK):
		return
	levels = [level for level, workspace in LEVEL_WORKSPACES.items() if workspace == LEADER_DESK]
	users = frappe.get_all("Cadre", filters={"level": ("in", levels), "user": ("is", "set")}, pluck="user")
	for user in users:
		if frappe.db.get_value("User", user, "default_workspace") == BUREAU:
			frappe.db.set_value("User", user, "default_workspace", LEADER_DESK)
