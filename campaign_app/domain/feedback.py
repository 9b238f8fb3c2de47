"""开门教育 rules that need no database (FIND-2, FIND-3, PUB-1): feedback channels, the workflow's stages,
the response deadline in working days, overdue, the citizen's lookup secret and rating.

Nothing here imports Frappe: the callers turn the codes returned here into translated messages.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import date, timedelta

from campaign_app.domain.evaluation import RATINGS

# The seed's channels, 六(二)2 and 七(五); stable keys, shown in Chinese through the translations
CHANNELS = (
	"Field Research",
	"Grassroots Visit",
	"Enterprise Forum",
	"Driver and Public Interview",
	"Petition Reception",
	"Suggestion Box",
	"12328 Hotline",
	"Reporting Phone",
	"Online Platform",
	"Pointed Out by Superiors",
	"Raised by Peers",
	"Rated by Subordinates",
	"Public Discussion",
)
ONLINE_CHANNEL = "Online Platform"
# The source a problem raised from a channel's feedback gets (Campaign Issue.source)
CHANNEL_SOURCE = {
	"Petition Reception": "Petition or Hotline",
	"12328 Hotline": "Petition or Hotline",
	"Reporting Phone": "Petition or Hotline",
	"Pointed Out by Superiors": "Pointed Out by Superiors",
	"Raised by Peers": "Raised by Peers",
	"Rated by Subordinates": "Rated by Subordinates",
	"Field Research": "Solicited Opinion",
	"Grassroots Visit": "Solicited Opinion",
	"Enterprise Forum": "Solicited Opinion",
	"Driver and Public Interview": "Solicited Opinion",
}

RECEIVED, HANDLING, REPLIED, CLOSED = "Received", "Handling", "Replied", "Closed"
STAGES = (RECEIVED, HANDLING, REPLIED, CLOSED)
STATE_NAMES = {RECEIVED: "待受理", HANDLING: "办理中", REPLIED: "已答复", CLOSED: "已办结"}
ACCEPT, REPLY, CLOSE, RETURN = "受理", "答复", "办结", "退回重办"
HANDLER_ROLES = ("Unit Head", "Campaign Manager")
OFFICE_ROLES = ("Campaign Manager",)
# (from stage, action, to stage, roles allowed, self-approval allowed)
TRANSITIONS = (
	(RECEIVED, ACCEPT, HANDLING, HANDLER_ROLES, 1),
	(HANDLING, REPLY, REPLIED, HANDLER_ROLES, 1),
	(REPLIED, CLOSE, CLOSED, OFFICE_ROLES, 1),
	(REPLIED, RETURN, HANDLING, OFFICE_ROLES, 1),
)
RETURNS = frozenset({(REPLIED, HANDLING)})
ANSWERED = (REPLIED, CLOSED)

DEFAULT_RESPONSE_DAYS = 5
TEXT_LIMITS = {"content": 1000, "contact_name": 50, "contact_phone": 30}
# A lookup secret: short enough to copy from a phone, from letters and digits that are not confused
SECRET_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
SECRET_LENGTH = 8


def due_date(received: date, working_days: int, holidays: set[date], workdays: set[date]) -> date:
	"""The day a reply is due: `working_days` working days after the day received. Saturdays and Sundays
	are days off unless listed as working days (调休上班); listed holidays are days off."""
	day, left = received, max(working_days, 0)
	while left:
		day += timedelta(days=1)
		off = day in holidays or (day.weekday() >= 5 and day not in workdays)
		if not off:
			left -= 1
	return day


def is_overdue(stage: str, due: date | None, today: date) -> bool:
	"""Not yet answered and past the day the reply was due."""
	return bool(due) and stage not in ANSWERED and today > due


def answered_on_time(replied_on: date | None, due: date | None) -> bool:
	return bool(replied_on and due and replied_on <= due)


def new_secret() -> str:
	return "".join(secrets.choice(SECRET_ALPHABET) for _ in range(SECRET_LENGTH))


def secret_hash(reference: str, secret: str) -> str:
	"""Stored instead of the secret; salted with the reference so that equal secrets differ."""
	return hashlib.sha256(f"{reference}:{normal_secret(secret)}".encode()).hexdigest()


def normal_secret(secret: str | None) -> str:
	return (secret or "").strip().upper().replace(" ", "").replace("-", "")


def secret_matches(reference: str, secret: str | None, stored_hash: str | None) -> bool:
	if not stored_hash or not secret:
		return False
	return hmac.compare_digest(secret_hash(reference, secret), stored_hash)


def rating_problem(rating: str | None, stage: str, items_closed: bool | None, rated: bool) -> str | None:
	"""None when the citizen may rate now, or "already_rated", "not_closed" or "bad_rating".

	items_closed: whether every linked rectification item is closed; None when there is none, and then
	the feedback itself must be closed (已办结)."""
	if rated:
		return "already_rated"
	if rating not in RATINGS:
		return "bad_rating"
	if items_closed is False or (items_closed is None and stage != CLOSED):
		return "not_closed"
	return None


def submission_problem(data: dict) -> str | None:
	"""None, or "no_content", "too_long", "bad_channel"; a contact is optional (anonymous allowed)."""
	if not (data.get("content") or "").strip():
		return "no_content"
	if any(len((data.get(k) or "").strip()) > n for k, n in TEXT_LIMITS.items()):
		return "too_long"
	return None


def mask_name(name: str | None) -> str:
	"""A person's name as the public pages show it: the family name and a star for the rest."""
	name = (name or "").strip()
	return name[0] + "*" * max(len(name) - 1, 1) if name else ""
