"""Server side of the production layout check (`scripts/production-check.sh`): put the app's background
work on the queues, and read back where it ran and which address a login was logged from. Run with
`bench --site SITE execute campaign_app.tools.production.<function>`."""

import frappe
from frappe.utils import cint

DAILY = "campaign_app.tasks.daily"
KEPT = "campaign_app:production_check_threshold"  # the setting while the check changes it


def enqueue_jobs() -> dict:
	"""The daily job as the scheduler queues it (its Scheduled Job Type), and a remedial check of the
	first survey as an evaluation answer queues it; returns the queue of each."""
	job_type = frappe.get_doc("Scheduled Job Type", {"method": DAILY})
	job_type.enqueue(force=True)
	queued = {DAILY: job_type.get_queue_name()}
	survey = frappe.db.get_value("Evaluation Survey", {}, "name")
	if survey:
		from campaign_app.remedial import enqueue_remedial_check

		enqueue_remedial_check(survey)
		queued["campaign_app.remedial.check_remedial"] = "short"
	frappe.db.commit()  # nosemgrep: the jobs reach the queue at commit
	return queued


def daily_log(since: str) -> str | None:
	"""Status of the daily job's run logged after `since`, if any."""
	return frappe.db.get_value(
		"Scheduled Job Log",
		{
			"scheduled_job_type": frappe.db.get_value("Scheduled Job Type", {"method": DAILY}),
			"creation": (">", since),
		},
		"status",
		order_by="creation desc",
	)


def login_addresses(user: str, since: str) -> list[str]:
	"""The addresses of the user's logins after `since`, oldest first, as Frappe logged them."""
	return frappe.get_all(
		"Activity Log",
		filters={"user": user, "operation": "Login", "creation": (">", since)},
		order_by="creation asc",
		pluck="ip_address",
	)


def prepare_report() -> str:
	"""Turn the heavy reports into prepared ones (the setting at 1 item) and ask for 逾期清单 as the desk
	does: Frappe queues it on `long`. Returns the Prepared Report's name; `prepared_status` follows it."""
	from frappe.core.doctype.prepared_report.prepared_report import make_prepared_report

	settings = frappe.get_single("Rectification Settings")
	frappe.db.set_default(KEPT, str(settings.prepared_report_items))
	settings.prepared_report_items = 1
	settings.save(ignore_permissions=True)
	name = make_prepared_report("Overdue Rectification Items", {})["name"]
	frappe.db.commit()  # nosemgrep: the job reaches the queue at commit
	return name


def prepared_status(name: str) -> str | None:
	return frappe.db.get_value("Prepared Report", name, "status")


def restore_threshold():
	"""The setting as it was before `prepare_report`."""
	settings = frappe.get_single("Rectification Settings")
	settings.prepared_report_items = cint(frappe.db.get_default(KEPT))
	settings.save(ignore_permissions=True)
	frappe.db.commit()  # nosemgrep
