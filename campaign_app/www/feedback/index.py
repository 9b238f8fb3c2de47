"""The public feedback form (FIND-2): /feedback, for guests and anyone logged in, phone-sized."""

import frappe
from frappe import _

from campaign_app.domain import feedback as rule

no_cache = 1


def get_context(context):
	context.areas = frappe.get_all("Campaign Issue Area", pluck="name", order_by="name")
	context.limits = rule.TEXT_LIMITS
	context.title = _("Opinions and Suggestions")
	context.no_breadcrumbs = True
	context.show_sidebar = False
	return context
