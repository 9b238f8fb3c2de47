"""The timeline of documents changed before their changes were recorded readably (names, not account ids;
"—", not "null"): their Versions rewritten by a background job on the long queue."""

import frappe


def execute():
	frappe.enqueue("campaign_app.timeline.rewrite_old_versions", queue="long", timeout=6 * 3600)
