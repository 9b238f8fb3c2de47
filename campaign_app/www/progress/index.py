"""The public progress page (PUB-1, PUB-2): /progress, no login, phone-sized; figures from
campaign_app.public_progress (cached), people's names masked, nothing personal."""

import frappe
from frappe import _
from frappe.utils.html_utils import sanitize_html

from campaign_app.public_progress import progress_data

# the figures are cached for a few minutes (campaign_app.public_progress); the page is rendered from them
no_cache = 1


def get_context(context):
	data = progress_data()
	if data:
		for case in data["cases"]:
			case["story"] = sanitize_html(case["story"] or "")
	context.data = data
	context.title = _("Campaign Progress")
	context.no_breadcrumbs = True
	context.show_sidebar = False
	return context
