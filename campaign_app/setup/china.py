"""A site set up for China (#14): dates as yyyy-mm-dd, Asia/Shanghai, weeks from Monday, CNY.

Applied when the setup wizard completes with China as the country, and on install when the site is
already set up for China; once each, so that an administrator's later choices stay.
"""

import frappe

MARKER = "campaign_app:china_defaults"
CURRENCY = "CNY"  # a global default (the setup wizard's), not a field of System Settings
CHINA_DEFAULTS = {
	"time_zone": "Asia/Shanghai",
	"date_format": "yyyy-mm-dd",
	"time_format": "HH:mm:ss",
	"number_format": "#,###.##",
	"first_day_of_the_week": "Monday",
}


def apply_china_defaults(language: str | None = "zh"):
	settings = frappe.get_single("System Settings")
	settings.update(CHINA_DEFAULTS)
	settings.country = settings.country or "China"
	if language:
		settings.language = language
	settings.flags.ignore_mandatory = True
	settings.save(ignore_permissions=True)
	frappe.db.set_default("currency", CURRENCY)
	name_the_administrator()
	frappe.db.set_default(MARKER, "1")


def name_the_administrator():
	"""What the server does as Administrator (seeds, jobs) shows in timelines under this name."""
	if frappe.db.get_value("User", "Administrator", "first_name") == "Administrator":
		name = frappe._("Administrator", lang="zh")
		frappe.db.set_value("User", "Administrator", {"first_name": name, "full_name": name})


def after_setup_wizard(args=None):
	"""`setup_wizard_complete` hook: the wizard's country decides."""
	country = (args or {}).get("country") or frappe.db.get_single_value("System Settings", "country")
	if country == "China" and not frappe.db.get_default(MARKER):
		apply_china_defaults(language=None)  # the language is the one chosen in the wizard


def on_install():
	if frappe.db.get_single_value("System Settings", "country") == "China" and not frappe.db.get_default(
		MARKER
	):
		apply_china_defaults(language=None)
