"""The citizen's lookup of their feedback (FIND-3): /feedback/status, with the reference number and the
secret together; what it shows comes from campaign_app.api.feedback.lookup (nothing personal)."""

from frappe import _

no_cache = 1


def get_context(context):
	context.title = _("Follow my feedback")
	context.no_breadcrumbs = True
	context.show_sidebar = False
	return context
