"""The public evaluation form's endpoint (APPR-3): the form at /evaluation/<survey> posts to `submit`.

Staff enter paper forms as Evaluation Response documents in the desk. After either, the remedial check
(campaign_app.remedial) runs for the survey.
"""

import frappe
from frappe import _
from frappe.utils import getdate, today

from campaign_app.domain import evaluation as rule
from campaign_app.settings import evaluation_settings


def problem_message(code: str) -> str:
	"""The translated message for a code of rule.submission_problem."""
	return {
		"bad_respondent_type": _("Please choose who you are"),
		"too_long": _("A text is too long: a name or contact up to 50 characters, opinions up to 500"),
		"unknown_question": _("The answers do not belong to this survey"),
	}.get(code) or _("Please rate every question")


def check_rate_limit(config: frappe._dict, bucket: str = "evaluation", message: str | None = None):
	"""At most `config.per_hour` public requests of a kind (`bucket`) an hour from one client address,
	keyed on the address of the connection (or, behind a trusted proxy, the address it names), never on
	anything else the client sends."""
	request = frappe.request
	address = rule.client_address(
		request.remote_addr,
		request.headers.get("X-Forwarded-For"),
		rule.trusted_networks(config.trusted_proxies),
	)
	key = frappe.cache.make_key(f"campaign_app:{bucket}:{address}")
	count = frappe.cache.incrby(key, 1)
	if count == 1:
		frappe.cache.expire(key, 60 * 60)
	if count > config.per_hour:
		frappe.throw(
			message or _("Too many answers from your address: please try again in an hour"),
			frappe.RateLimitExceededError,
			title=_("Too Many Answers"),
		)


# ---- the public form


@frappe.whitelist(allow_guest=True, methods=["POST"])
def submit(survey: str, respondent_type: str | None = None, answers=None, **fields) -> dict:
	"""Store one public answer sheet. Anonymous: name and contact are optional."""
	check_rate_limit(evaluation_settings())
	data = {
		"respondent_type": respondent_type,
		"answers": frappe.parse_json(answers) if isinstance(answers, str) else answers,
		**{key: fields.get(key) for key in (*rule.TEXT_LIMITS, rule.HONEYPOT)},
	}
	if rule.is_bot(data):
		return {"ok": True}  # a robot learns nothing; nothing is stored
	doc = open_survey(survey)
	problem = rule.submission_problem(data, {q.name for q in doc.questions})
	if problem:
		frappe.throw(problem_message(problem), title=_("Your Answers Were Not Sent"))
	response = frappe.get_doc(
		{
			"doctype": "Evaluation Response",
			"survey": doc.name,
			"source": rule.ONLINE,
			"respondent_type": respondent_type,
			**{key: (data.get(key) or "").strip() for key in rule.TEXT_LIMITS},
			"answers": [{"question_id": qid, "rating": rating} for qid, rating in data["answers"].items()],
		}
	)
	response.flags.online = True
	response.insert(ignore_permissions=True)
	return {"ok": True}


def open_survey(name: str):
	"""The survey if it takes public answers today; a clear refusal otherwise."""
	status, closes_on = frappe.db.get_value("Evaluation Survey", name, ["status", "closes_on"]) or (
		None,
		None,
	)
	if not rule.takes_online_answers(status, closes_on and getdate(closes_on), getdate(today())):
		frappe.throw(_("This survey is not open for answers"), title=_("Survey Closed"))
	return frappe.get_doc("Evaluation Survey", name)
