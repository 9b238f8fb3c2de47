"""The office's settings (整改设置), read in one place for every service, job and controller."""

import frappe
from frappe.utils import cint, flt


def yellow_days() -> int:
	"""An open item turns yellow this many days before its deadline (FIX-6)."""
	return cint(frappe.db.get_single_value("Rectification Settings", "yellow_days") or 3)


def evaluation_settings() -> frappe._dict:
	"""The public evaluation settings, in one read (APPR-3, APPR-4)."""
	values = frappe.db.get_singles_dict("Rectification Settings")
	return frappe._dict(
		threshold=flt(values.get("dissatisfaction_threshold") or 30),
		min_answers=cint(values.get("remedial_min_answers") or 5),
		days=cint(values.get("remedial_days") or 30),
		per_hour=cint(values.get("survey_rate_limit") or 10),
		trusted_proxies=values.get("trusted_proxies"),
	)
