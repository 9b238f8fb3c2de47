"""#13 item 7, measured on the benchmark site (not a test): the day a tenth of 1,000,000 items turn red
at once, the daily light job sends one digest to each leader in charge and to the office, not one mail per
item. Prints the job's time, the items that turned red, and the mails and desk notices it queued.

	bench --site campaign-bench.localhost execute campaign_app.tools.red_day.run
"""

import time

import frappe
from frappe.utils import add_days, getdate, today

from campaign_app import tasks
from campaign_app.demo.loader import ensure_outbox
from campaign_app.domain import rectification as rule
from campaign_app.tools.benchmark import prepare_for_job


def run(share: float = 0.1) -> dict:
	frappe.set_user("Administrator")
	ensure_outbox()  # the digests are queued mail: a placeholder outgoing account, as the demo's
	prepare_for_job(None)  # today's reds count as alerted: only the day's new reds alert
	tasks.update_lights()
	items = frappe.db.count("Rectification Item")
	wanted = int(items * float(share))
	# the day on which `wanted` more open items are past their deadline than today
	day = frappe.db.sql(
		"""select deadline from `tabRectification Item`
		where stage != %s and deadline >= %s order by deadline limit 1 offset %s""",
		(rule.CLOSED, getdate(today()), wanted),
	)
	on_date = add_days(day[0][0], 1) if day else add_days(today(), 365)
	mails = frappe.db.count("Email Queue")
	notices = frappe.db.count("Notification Log")
	started = time.perf_counter()
	result = tasks.update_lights(on_date=on_date)
	seconds = time.perf_counter() - started
	out = {
		"items": items,
		"on_date": str(on_date),
		"turned_red": result["red_alerts"],
		"digest": result["digest"],
		"job_seconds": round(seconds, 1),
		"mails_queued": frappe.db.count("Email Queue") - mails,
		"desk_notices": frappe.db.count("Notification Log") - notices,
	}
	tasks.update_lights()  # back to today: the fixture's lights as they were
	prepare_for_job(None)
	print(out)
	return out
