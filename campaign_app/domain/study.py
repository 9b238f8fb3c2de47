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
MAKE_UP_DAYS = 14  # an absent cadre makes up within this many days of the session

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


def periods(frequency: str, start: date, end: date) -> list[tuple[str, date, date]]:
	"""The periods a rule counts over between two dates: (label, first day, last day). Months are
	"2026-03", quarters "2026Q1"; "Once per Campaign" is the whole span."""
	if frequency == "Once per Campaign":
		return [(f"{start.isoformat()}~{end.isoformat()}", start, end)]
	months = 3 if frequency == "Quarterly" else 1
	out = []
	year, month = start.year, (start.month - 1) // months * months + 1
	while date(year, month, 1) <= end:
		first = date(year, month, 1)
		nxt_year, nxt_month = (year + (month + months - 1) // 12, (month + months - 1) % 12 + 1)
		last = date.fromordinal(date(nxt_year, nxt_month, 1).toordinal() - 1)
		label = f"{year}Q{(month - 1) // 3 + 1}" if months == 3 else f"{year}-{month:02d}"
		out.append((label, max(first, start), min(last, end)))
		year, month = nxt_year, nxt_month
	return out


def attendance_rate(counts: dict) -> float | None:
	"""Present or made up over every session the cadre was listed for, in percent; None when none."""
	listed = sum(counts.values())
	if not listed:
		return None
	return round(100.0 * (counts.get(PRESENT, 0) + counts.get(MADE_UP, 0)) / listed, 1)


# ORG-5, from the seed's 分类指导 and 自查自纠: (level, what is stressed, self-check focus, outputs owed)
_LEADERS = (
	"突出政治能力、科学决策、实干担当、统筹发展",
	"交通规划编制科学性、重大项目建设决策、为民造福服务、行业管党治党、安全生产监管",
	(("Research Report", 1), ("Seminar Speech", 1)),
)
SEED_LEVEL_REQUIREMENTS = (
	(P, *_LEADERS),
	(L, *_LEADERS),
	(
		U,
		"突出政治能力、科学决策、实干担当、统筹发展",
		"政治站位、宗旨意识、担当作为、交通项目推进、工作作风纪律",
		(("Study Reflection", 1), ("Seminar Speech", 1)),
	),
	(
		C,
		"突出政策执行、服务基层、高效办事",
		"结合岗位实际查摆履职尽责、实干担当、服务群众等方面不足",
		(("Study Reflection", 1),),
	),
	(
		F,
		"突出宗旨意识、履职尽责、为民服务、规范操作",
		"在道路养护、交通执法、客运服务、窗口办事、项目施工等岗位查摆履职尽责、服务群众等方面不足",
		(("Study Reflection", 1),),
	),
)
DELIVERED = (SUBMITTED, REVIEWED)


def still_owed(owed: dict[str, int], delivered: dict[str, int]) -> dict[str, int]:
	"""What a cadre still owes, by output type: owed less delivered (submitted or reviewed), never below 0."""
	return {t: n - delivered.get(t, 0) for t, n in owed.items() if n > delivered.get(t, 0)}


def score_valid(score: float | None, full_marks: float) -> bool:
	return score is not None and 0 <= score <= (full_marks or 0)


def passed(score: float, pass_mark: float) -> int:
	return 1 if score >= pass_mark else 0


def pass_rate(results: list[int]) -> float | None:
	"""Passed over taken, in percent; None when nobody took the test."""
	return round(100.0 * sum(results) / len(results), 1) if results else None


# ---- Review meetings (FIND-4): 民主生活会, 组织生活会, 专题会议

DEMOCRATIC, ORGANISATIONAL, SPECIAL = (
	"Democratic Life Meeting",
	"Organisational Life Meeting",
	"Special Meeting",
)
MEETING_TYPES = (DEMOCRATIC, ORGANISATIONAL, SPECIAL)
PLANNED, HELD = "Planned", "Held"
# Which kinds of unit must hold each kind of meeting in a campaign (none: no unit must)
MEETING_UNIT_TYPES = {
	DEMOCRATIC: ("Bureau", "Subordinate Unit"),
	ORGANISATIONAL: ("Party Branch",),
	SPECIAL: (),
}
# The problem source a meeting's problems get (Campaign Issue.source)
MEETING_ISSUE_SOURCE = {DEMOCRATIC: DEMOCRATIC, ORGANISATIONAL: ORGANISATIONAL, SPECIAL: "Special Meeting"}
LEADING_LEVELS = (P, L, U)


def material_problem(
	material_cadre: str | None,
	participant: str,
	stage: str | None,
	reviewed_on: date | None,
	meeting_date: date,
	reviewer_above: bool,
) -> str | None:
	"""Whether a participant's material is ready for the meeting: None, or "missing", "not_theirs",
	"not_reviewed", "reviewed_late" (after the meeting) or "not_by_level_above"."""
	if not material_cadre:
		return "missing"
	if material_cadre != participant:
		return "not_theirs"
	if stage != REVIEWED:
		return "not_reviewed"
	if not reviewed_on or reviewed_on > meeting_date:
		return "reviewed_late"
	if not reviewer_above:
		return "not_by_level_above"
	return None


def problem_level(cadre_level: str | None) -> str:
	"""The Campaign Issue level of a problem raised about a cadre of this level (None: the team)."""
	if not cadre_level:
		return "Leadership Team"
	return "Leading Cadre" if cadre_level in LEADING_LEVELS else "Individual"


def meeting_coverage(held: int, planned: int) -> str:
	"""A unit's standing for a kind of meeting: "held", "planned" or "missing"."""
	return "held" if held else ("planned" if planned else "missing")


# ---- 学习成效: the appraisal indicator computed from attendance, outputs and tests


def effectiveness(
	attendance: dict, outputs_done: int, outputs_owed: int, test_percents: list[float]
) -> float | None:
	"""The mean of the parts that have data, each 0..100: the attendance rate, the share of the outputs
	owed that were reviewed (capped at what is owed), and the mean test score as a percent of full
	marks. None when no part has data."""
	parts = [attendance_rate(attendance)]
	parts.append(round(100.0 * min(outputs_done, outputs_owed) / outputs_owed, 1) if outputs_owed else None)
	parts.append(round(sum(test_percents) / len(test_percents), 1) if test_percents else None)
	parts = [p for p in parts if p is not None]
	return round(sum(parts) / len(parts), 1) if parts else None


def test_percent(score: float, full_marks: float) -> float:
	return min(100.0, 100.0 * score / full_marks) if full_marks else 0.0
