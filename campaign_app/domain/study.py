"""Study rules that need no database (STUDY-1..3): session types, lengths, attendance, study outputs.

Rules key on stages, the stable meaning of each workflow state (the output's `stage` field).
"""

from __future__ import annotations

from datetime import date

L, P, U, C, F = "Leadership Member", "Principal Leader", "Unit Leader", "Party Cadre", "Frontline Staff"

# (type, minimum days, held at least, by each unit of type, each leadership member gives one, levels
# that attend): the seed's study forms, 六(一)
SEED_TYPES = (
	("第一议题", 0, "", "", 0, (P, L)),
	("理论学习中心组学习", 0, "Monthly", "Bureau", 0, (P, L)),
	("专题读书班", 3, "", "", 0, (P, L, U)),
	("专题党课", 0, "", "", 1, (U, C, F)),
	("三会一课", 0, "Monthly", "Party Branch", 0, (U, C, F)),
	("主题党日", 0, "Monthly", "Party Branch", 0, (U, C, F)),
	("现场教学", 0, "", "", 0, ()),
	("线上学习/测试", 0, "", "", 0, ()),
)

PRESENT, LEAVE, ABSENT, MADE_UP = "Present", "Leave", "Absent", "Made Up"

DRAFT, SUBMITTED, REVIEWED = "Draft", "Submitted", "Reviewed"
STAGES = (DRAFT, SUBMITTED, REVIEWED)
STATE_NAMES = {DRAFT: "草稿", SUBMITTED: "待审阅", REVIEWED: "审阅通过"}
SUBMIT, APPROVE, RETURN = "提交审阅", "通过审阅", "退回修改"
AUTHOR_ROLES = ("Campaign Staff", "Unit Head", "Campaign Leader", "Campaign Manager")
REVIEWER_ROLES = ("Unit Head", "Campaign Leader", "Campaign Manager")
# (from stage, action, to stage, roles allowed, self-approval allowed); the author never reviews
TRANSITIONS = (
	(DRAFT, SUBMIT, SUBMITTED, AUTHOR_ROLES, 1),
	(SUBMITTED, APPROVE, REVIEWED, REVIEWER_ROLES, 0),
	(SUBMITTED, RETURN, DRAFT, REVIEWER_ROLES, 0),
)
RETURNS = frozenset({(SUBMITTED, DRAFT)})
DEFAULT_TOPIC = "践行正确政绩观推动县域交通运输高质量发展"


def session_days(start: date, end: date | None) -> int:
	"""How many days a session lasts, both ends counted."""
	return ((end or start) - start).days + 1


def length_problem(minimum_days: int, start: date, end: date | None) -> str | None:
	"""None, "ends_before_start" or "too_short"."""
	if end and end < start:
		return "ends_before_start"
	if minimum_days and session_days(start, end) < minimum_days:
		return "too_short"
	return None


def attendance_problem(status: str, reason: str | None, made_up_on: date | None) -> str | None:
	"""None, "leave_needs_reason" or "made_up_needs_date"."""
	if status == LEAVE and not (reason or "").strip():
		return "leave_needs_reason"
	if status == MADE_UP and not made_up_on:
		return "made_up_needs_date"
	return None


def must_attend(level: str, levels: tuple[str, ...] | list[str]) -> bool:
	"""Whether a cadre of this level must attend a session whose type names these levels (none: all)."""
	return not levels or level in levels
