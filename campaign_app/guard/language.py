"""Guests read the site in its own language (#14): Frappe picks a guest's language from the browser, so a
visitor whose browser asks for English got English labels around the office's Chinese questions. Unless
the office lets the public pages follow the browser (整改设置), a guest gets the site's language."""

import frappe

from campaign_app.settings import public_follows_browser


def site_language_for_guests():
	"""auth_hooks entry: runs once the user is known, after Frappe chose the request's language."""
	if frappe.session.user != "Guest" or public_follows_browser():
		return
	site = frappe.db.get_default("lang") or frappe.local.lang
	if site and frappe.local.lang != site:
		frappe.local.lang = site
