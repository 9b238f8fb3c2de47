"""Public feedback (FIND-2, FIND-3): the public form posts to `submit`, the citizen follows it with
`lookup` and rates the result with `rate` (reference number and secret together, rate-limited per
address); the desk merges feedback into one campaign issue with `make_issue`."""

import frappe
from frappe import _
from frappe.utils import now_datetime

from campaign_app.api.evaluation import check_rate_limit
from campaign_app.current_campaign import current_campaign
from campaign_app.domain import feedback as rule
from campaign_app.domain.evaluation import is_bot
from campaign_app.domain.rectification import CLOSED as ITEM_CLOSED
from campaign_app.settings import feedback_settings

FEEDBACK = "Public Feedback"
NOT_FOUND = "not_found"


def limit():
	check_rate_limit(
		feedback_settings(),
		"feedback",
		_("Too many requests from your address: please try again in an hour"),
	)


def open_campaign() -> str:
	campaign = current_campaign()
	if not campaign:
		frappe.throw(_("No campaign takes feedback at present"), title=_("Not Open"))
	return campaign


@frappe.whitelist(allow_guest=True, methods=["POST"])
def submit(content: str | None = None, area: str | None = None, anonymous=0, **fields) -> dict:
	"""Store one feedback from the public form; returns its reference number and the secret that, with
	it, opens the lookup page (shown once, stored only as a hash)."""
	limit()
	data = {"content": content, **{k: fields.get(k) for k in ("contact_name", "contact_phone", "website")}}
	if is_bot(data):
		return {"reference": None}
	problem = rule.submission_problem(data)
	if problem:
		frappe.throw(
			_("Please write your opinion or suggestion")
			if problem == "no_content"
			else _("A text is too long: content up to 1000 characters, name up to 50, phone up to 30"),
			title=_("Your Feedback Was Not Sent"),
		)
	anonymous = frappe.utils.cint(anonymous)
	doc = frappe.get_doc(
		{
			"doctype": FEEDBACK,
			"channel": rule.ONLINE_CHANNEL,
			"campaign": open_campaign(),
			"area": area if area and frappe.db.exists("Campaign Issue Area", area) else None,
			"content": content.strip(),
			"anonymous": anonymous,
			"contact_name": None if anonymous else (data.get("contact_name") or "").strip(),
			"contact_phone": None if anonymous else (data.get("contact_phone") or "").strip(),
			"submitted_online": 1,
		}
	)
	doc.flags.server_write = True
	doc.insert(ignore_permissions=True)
	secret = rule.new_secret()
	doc.db_set("lookup_hash", rule.secret_hash(doc.name, secret), update_modified=False)
	return {"reference": doc.name, "secret": secret}


def find(reference: str | None, secret: str | None):
	"""The feedback whose reference and secret match; None for anything else, told apart from nothing."""
	limit()
	reference = (reference or "").strip().upper()
	stored = reference and frappe.db.get_value(FEEDBACK, reference, "lookup_hash")
	if not rule.secret_matches(reference, secret, stored):
		return None
	return frappe.get_doc(FEEDBACK, reference)


@frappe.whitelist(allow_guest=True, methods=["POST"])
def lookup(reference: str | None = None, secret: str | None = None) -> dict:
	"""What the citizen may see of their feedback: its state, the reply, the progress of the linked
	rectification items, whether they may rate; nothing personal."""
	doc = find(reference, secret)
	if not doc:
		return {"found": False}
	items = linked_items(doc.campaign_issue)
	closed = all_closed(items)
	return {
		"found": True,
		"reference": doc.name,
		"received_on": str(doc.received_on),
		"state": _(doc.workflow_state),
		"due_date": str(doc.due_date or ""),
		"reply": doc.reply if doc.stage in rule.ANSWERED else None,
		"replied_on": str(doc.replied_on or ""),
		"items": [
			{
				"measure": i.measure,
				"state": _(i.workflow_state),
				"progress": i.progress or 0,
				"deadline": str(i.deadline),
				"light": _(i.light or "Green", context="Rectification Item"),
			}
			for i in items
		],
		"rating": _(doc.rating) if doc.rating else None,
		"can_rate": not rule.rating_problem(rule.RATINGS[0], doc.stage, closed, bool(doc.rating)),
		"ratings": [(r, _(r)) for r in rule.RATINGS],
	}


@frappe.whitelist(allow_guest=True, methods=["POST"])
def rate(reference: str | None = None, secret: str | None = None, rating: str | None = None) -> dict:
	"""The citizen's rating of the result, once, after the rectification is closed (or the feedback is)."""
	doc = find(reference, secret)
	if not doc:
		return {"found": False}
	problem = rule.rating_problem(
		rating, doc.stage, all_closed(linked_items(doc.campaign_issue)), bool(doc.rating)
	)
	if problem:
		frappe.throw(
			{
				"already_rated": _("This feedback has already been rated"),
				"not_closed": _("You can rate the result once the rectification is closed"),
			}.get(problem, _("Please choose a rating")),
			title=_("Not Rated"),
		)
	doc.rating, doc.rated_on = rating, now_datetime()
	doc.flags.server_write = True
	doc.save(ignore_permissions=True)
	return {"found": True, "rating": _(rating)}


def linked_items(issue: str | None) -> list:
	if not issue:
		return []
	return frappe.get_all(
		"Rectification Item",
		filters={"issue": issue},
		fields=["measure", "workflow_state", "stage", "progress", "deadline", "light"],
		order_by="deadline",
	)


def all_closed(items: list) -> bool | None:
	return all(i.stage == ITEM_CLOSED for i in items) if items else None


# ---- the desk: several feedbacks become one campaign issue


@frappe.whitelist(methods=["POST"])
def make_issue(
	feedbacks, title: str, area: str, level: str = "Leadership Team", cadre: str | None = None
) -> str:
	"""One campaign issue from one or more feedbacks (same campaign and unit), linked both ways."""
	names = frappe.parse_json(feedbacks) if isinstance(feedbacks, str) else list(feedbacks or [])
	docs = [frappe.get_doc(FEEDBACK, n) for n in dict.fromkeys(names)]
	if not docs:
		frappe.throw(_("Choose the feedback to turn into a problem"))
	for doc in docs:
		doc.check_permission("write")
		if doc.campaign_issue:
			frappe.throw(_("{0} is already linked to the problem {1}").format(doc.name, doc.campaign_issue))
	if len({(d.campaign, d.unit) for d in docs}) > 1 or not docs[0].unit:
		frappe.throw(_("Feedback merged into one problem must share its campaign and target unit"))
	first = docs[0]
	issue = frappe.get_doc(
		{
			"doctype": "Campaign Issue",
			"title": title,
			"campaign": first.campaign,
			"level": level,
			"unit": first.unit,
			"cadre": cadre,
			"area": area,
			"source": rule.CHANNEL_SOURCE.get(first.channel, "Public Opinion"),
			"found_on": min(d.received_on for d in docs),
			"description": "\n\n".join(f"{d.name}：{d.content}" for d in docs),
		}
	)
	issue.insert()  # as the user: their permission to raise a problem in that unit
	for doc in docs:
		frappe.db.set_value(FEEDBACK, doc.name, "campaign_issue", issue.name)
	return issue.name
