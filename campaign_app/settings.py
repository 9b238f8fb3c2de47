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


def feedback_settings() -> frappe._dict:
	"""Public feedback (FIND-2): the reply deadline in working days, the public rate limit."""
	values = frappe.db.get_singles_dict("Rectification Settings")
	return frappe._dict(
		days=cint(values.get("feedback_response_days")) or 5,
		holiday_list=values.get("holiday_list"),
		per_hour=cint(values.get("lookup_rate_limit")) or 20,
		trusted_proxies=values.get("trusted_proxies"),
	)


def days_off() -> tuple[set, set]:
	"""(holidays, working days) of the settings' own list, with the dates of ERPNext's Holiday List when
	ERPNext is installed and one is chosen."""
	holidays, workdays = set(), set()
	for row in frappe.get_all(
		"Campaign Holiday",
		filters={"parenttype": "Rectification Settings"},
		fields=["holiday_date", "kind"],
	):
		(workdays if row.kind == "Working Day" else holidays).add(row.holiday_date)
	holiday_list = feedback_settings().holiday_list
	if holiday_list and frappe.db.exists("DocType", "Holiday List"):
		holidays |= set(
			frappe.get_all(
				"Holiday",
				filters={"parent": holiday_list, "parenttype": "Holiday List"},
				pluck="holiday_date",
			)
		)
	return holidays, workdays


def public_follows_browser() -> bool:
	"""Whether a guest's pages follow the browser's language (off: the site's language, #14)."""
	return bool(
		cint(frappe.db.get_single_value("Rectification Settings", "public_follows_browser", cache=True))
	)
