"""Sites set up before #14's module profile: seed it, and give it to every cadre's desk user who has
no module profile and is not a System Manager."""

import frappe

from campaign_app.desk_profile import apply_desk_profile, ensure_desk_profile


def execute():
	ensure_desk_profile()
	for user in frappe.get_all("Cadre", filters={"user": ("is", "set")}, pluck="user"):
		apply_desk_profile(user)
