"""Public evaluation rules that need no database (APPR-3, APPR-4): tallies, rates, the remedial
threshold and the checks on a public submission.

Nothing here imports Frappe: the caller turns the codes returned here into translated messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from ipaddress import ip_address, ip_network

SATISFIED, BASIC, DISSATISFIED = "Satisfied", "Basically Satisfied", "Dissatisfied"
RATINGS = (SATISFIED, BASIC, DISSATISFIED)
RESPONDENT_TYPES = (
	"Public Representative",
	"Transport Company Head",
	"Bus Driver",
	"Village Cadre",
	"Other",
)
ABOUT_UNIT, ABOUT_ITEM, GENERAL = "Unit", "Rectification Item", "General"
ONLINE, PAPER = "Online", "Paper"
DRAFT, OPEN, CLOSED = "Draft", "Open", "Closed"

# what a public submission may hold (characters); the form's fields say the same
TEXT_LIMITS = {"respondent_name": 50, "contact": 50, "comment": 500}
HONEYPOT = "website"


def takes_online_answers(status: str, closes_on: date | None, today: date) -> bool:
	"""The public form takes answers while the survey is open and not past its closing day."""
	return status == OPEN and not (closes_on and closes_on < today)


def tally(ratings: Iterable[str]) -> dict[str, int]:
	"""Counts of each rating and the total, from the ratings of the answers."""
	return tally_counted((rating, 1) for rating in ratings)


def tally_counted(rows: Iterable[tuple[str, int]]) -> dict[str, int]:
	"""The same from (rating, how many) rows, as a GROUP BY returns them."""
	counts = {SATISFIED: 0, BASIC: 0, DISSATISFIED: 0}
	for rating, n in rows:
		if rating in counts:
			counts[rating] += int(n)
	return {"total": sum(counts.values()), **counts}


def satisfaction_rate(counts: dict[str, int]) -> float | None:
	"""满意率: share of answers rated satisfied or basically satisfied, in percent; None without answers."""
	total = counts.get("total", 0)
	if not total:
		return None
	return round(100.0 * (counts.get(SATISFIED, 0) + counts.get(BASIC, 0)) / total, 2)


def dissatisfied_share(counts: dict[str, int]) -> float | None:
	"""不满意率 in percent; None without answers."""
	total = counts.get("total", 0)
	if not total:
		return None
	return round(100.0 * counts.get(DISSATISFIED, 0) / total, 2)


def needs_remedial(counts: dict[str, int], threshold: float, min_answers: int) -> bool:
	"""A unit or item needs remedial work (补课) once enough answers rate it and the dissatisfied share
	exceeds the threshold (percent)."""
	share = dissatisfied_share(counts)
	return share is not None and counts["total"] >= max(int(min_answers or 0), 1) and share > threshold


def submission_problem(data: dict, question_ids: set[str]) -> str | None:
	"""None, or why a public submission is refused.

	data: respondent_type, respondent_name, contact, comment, answers ({question id: rating}).
	Codes: "bad_respondent_type", "too_long", "no_answers", "unknown_question", "bad_rating",
	"missing_rating".
	"""
	if data.get("respondent_type") not in RESPONDENT_TYPES:
		return "bad_respondent_type"
	for field, limit in TEXT_LIMITS.items():
		value = data.get(field) or ""
		if not isinstance(value, str) or len(value) > limit:
			return "too_long"
	answers = data.get("answers")
	if not isinstance(answers, dict) or not answers:
		return "no_answers"
	if any(qid not in question_ids for qid in answers):
		return "unknown_question"
	if any(rating not in RATINGS for rating in answers.values()):
		return "bad_rating"
	if set(answers) != set(question_ids):
		return "missing_rating"
	return None


def is_bot(data: dict) -> bool:
	"""The honeypot field is hidden from people; only a robot fills it in."""
	return bool(str(data.get(HONEYPOT) or "").strip())


def trusted_networks(text: str | None) -> list:
	"""The trusted proxies of the settings: addresses or networks (CIDR), one per line or comma."""
	networks = []
	for entry in (text or "").replace(",", "\n").split():
		try:
			networks.append(ip_network(entry.strip(), strict=False))
		except ValueError:
			continue
	return networks


def client_address(remote_addr: str | None, forwarded_for: str | None, trusted: list) -> str:
	"""The client's address: the connection's own, whatever headers the client sent, unless the
	connection comes from a trusted proxy; then the nearest address in X-Forwarded-For (read from the
	right) that is not itself a trusted proxy."""
	remote = (remote_addr or "").strip()
	if not is_trusted(remote, trusted):
		return remote
	hops = [hop.strip() for hop in (forwarded_for or "").split(",") if hop.strip()]
	for hop in reversed(hops):
		if not is_trusted(hop, trusted):
			return hop
	return hops[0] if hops else remote


def is_trusted(address: str, trusted: list) -> bool:
	try:
		ip = ip_address(address)
	except ValueError:
		return False
	return any(ip.version == net.version and ip in net for net in trusted)
