"""Sites seeded before FW-3's desk notices: the app's mail notifications show in the bell as well.

Runs once; a notification an administrator turned to another channel, or deleted, is left as it is.
"""

import frappe

from campaign_app.setup.records import seeded_notifications


def execute():
	names = [name for _doctype, specs in seeded_notifications() for name in specs]
	frappe.db.sql(
		"""update `tabNotification` set send_system_notification = 1
		where name in %(names)s and channel = 'Email'""",
		{"names": names},
	)
