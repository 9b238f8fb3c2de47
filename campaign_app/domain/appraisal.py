"""Appraisal rules that need no database (APPR-1, APPR-2): weights, scores, totals, grades, formulas.

Nothing here imports Frappe: the controllers turn the codes returned here into translated messages.
Rules key on stages, the stable meaning of each workflow state (the appraisal's `stage` field, which
every save sets from its state's update_value): administrators may rename the states in the desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

DRAFT, SELF_ASSESSED, REVIEWED, APPROVED = "Draft", "Self-assessed", "Reviewed", "Approved"
STAGES = (DRAFT, SELF_ASSESSED, REVIEWED, APPROVED)
# The names the workflow's states are seeded with, as the desk shows them
STATE_NAMES = {DRAFT: "草稿", SELF_ASSESSED: "自评", REVIEWED: "审核", APPROVED: "审定"}
SUBMIT_SELF, REVIEW, APPROVE, RETURN = "提交自评", "完成审核", "审定通过", "退回"
RETURNS = frozenset({(SELF_ASSESSED, DRAFT), (REVIEWED, SELF_ASSESSED)})

APPRAISEE_ROLES = ("Campaign Staff", "Unit Head", "Campaign Leader", "Campaign Manager")
REVIEWER_ROLES = ("Unit Head", "Campaign Leader", "Campaign Manager")
APPROVER_ROLES = ("Campaign Leader", "Campaign Manager")

# (from, action, to, roles allowed); who the user must (not) be is checked on the server
TRANSITIONS = (
	(DRAFT, SUBMIT_SELF, SELF_ASSESSED, APPRAISEE_ROLES),
	(SELF_ASSESSED, REVIEW, REVIEWED, REVIEWER_ROLES),
	(SELF_ASSESSED, RETURN, DRAFT, REVIEWER_ROLES),
	(REVIEWED, APPROVE, APPROVED, APPROVER_ROLES),
	(REVIEWED, RETURN, SELF_ASSESSED, APPROVER_ROLES),
)

# The desk offers reviewing and approving only to someone other than the appraisee (the server refuses it too)
NOT_THE_APPRAISEE = "doc.appraisee_user != frappe.session.user"
CONDITIONS = {REVIEW: NOT_THE_APPRAISEE, APPROVE: NOT_THE_APPRAISEE}

UNIT, CADRE = "Unit", "Cadre"
ON_TIME_RATE, RELAPSES, OVERDUE = "On-time Close Rate", "Relapses", "Overdue Items"
SATISFACTION = "Public Satisfaction"
STUDY = "Study Effectiveness"
DATA_SOURCES = (ON_TIME_RATE, RELAPSES, OVERDUE, SATISFACTION, STUDY)
RECTIFICATION_SOURCES = (ON_TIME_RATE, RELAPSES, OVERDUE)
PENALTY_PER_COUNT = 10  # points taken off 100 for each relapse or overdue item

WEIGHT_TOTAL = 100.0
TOLERANCE = 0.01

# (indicator, weight, data source, scoring guide): the seed's six core indicators
DEFAULT_TEMPLATE = "核心指标考核模板"
DEFAULT_INDICATORS = (
	("交通运输高质量发展", 20, "", "重点项目推进、规划落实和发展质效，按完成情况评分"),
	("民生交通改善", 20, "", "民生实事、城乡客运和出行服务改善情况"),
	("农村公路养护质量", 20, ON_TIME_RATE, "养护整改事项按期销号率，逾期或反弹扣分"),
	("行业安全生产", 15, OVERDUE, "安全隐患整改逾期事项每项扣 10 分"),
	("生态环保", 10, RELAPSES, "生态环保问题整改反弹每次扣 10 分"),
	("群众满意度", 15, SATISFACTION, "成效评议满意率（满意与基本满意的答复占比）"),
)
DEFAULT_BANDS = (("优秀", 90), ("良好", 80), ("一般", 60), ("较差", 0))


def weights_problem(weights: Sequence[float]) -> str | None:
	"""None, or "no_indicators", "not_positive" or "not_100"."""
	if not weights:
		return "no_indicators"
	if any((w or 0) <= 0 for w in weights):
		return "not_positive"
	if abs(sum(weights) - WEIGHT_TOTAL) > TOLERANCE:
		return "not_100"
	return None


def bands_problem(bands: Sequence[tuple[str, float]]) -> str | None:
	"""None, or "no_bands", "out_of_range" or "duplicate" (a grade name or a minimum used twice)."""
	if not bands:
		return "no_bands"
	if any(not score_in_range(low) for _grade, low in bands):
		return "out_of_range"
	grades = [g for g, _ in bands]
	lows = [low for _, low in bands]
	if len(set(grades)) != len(grades) or len(set(lows)) != len(lows):
		return "duplicate"
	return None


def score_in_range(score: float | None) -> bool:
	return score is not None and 0 <= score <= 100


def final_score(self_score: float | None, reviewer_score: float | None, in_review: bool) -> float:
	"""The self score until the self-assessment is submitted; from then on the reviewer's score, 0 included.

	The reviewer's scores start as the self scores when the self-assessment is submitted (review_scores), so
	an indicator the reviewer leaves alone keeps the self score, and a reviewer can give 0 (一票否决).
	"""
	return float((reviewer_score if in_review else self_score) or 0)


def review_scores(self_scores: Sequence[float | None]) -> list[float]:
	"""The reviewer's starting scores when the self-assessment is submitted: the self scores."""
	return [float(score or 0) for score in self_scores]


def weighted_total(rows: Iterable[tuple[float, float]]) -> float:
	"""Sum of weight × score / 100 over (weight, score) rows, rounded to 2 places."""
	return round(sum((w or 0) * (s or 0) for w, s in rows) / WEIGHT_TOTAL, 2)


def grade(total: float, bands: Iterable[tuple[str, float]]) -> str:
	"""The grade of the highest band whose minimum the total reaches; "" when none does."""
	for name, low in sorted(bands, key=lambda b: b[1], reverse=True):
		if total >= low:
			return name
	return ""


def on_time_rate_score(due: int, on_time: int) -> float:
	"""Percent of the items due (closed, or past their deadline) that were closed by the deadline."""
	if not due:
		return 100.0
	return round(100.0 * min(on_time, due) / due, 2)


def penalty_score(count: int) -> float:
	return float(max(0, 100 - PENALTY_PER_COUNT * (count or 0)))


def computed_score(source: str, counts: dict[str, int]) -> float | None:
	"""Score of a data-source indicator from counts: due, on_time, relapses, overdue, and satisfaction
	(the public's satisfaction rate, None when nobody rated the appraisee) and study (学习成效, None
	without any study record)."""
	if source == ON_TIME_RATE:
		return on_time_rate_score(counts.get("due", 0), counts.get("on_time", 0))
	if source == RELAPSES:
		return penalty_score(counts.get("relapses", 0))
	if source == OVERDUE:
		return penalty_score(counts.get("overdue", 0))
	if source == SATISFACTION:
		return counts.get("satisfaction")
	if source == STUDY:
		return counts.get("study")
	return None


def ranks(totals: Sequence[float]) -> list[int]:
	"""Competition ranks (1, 2, 2, 4) of totals, in the order given; the highest total ranks first."""
	order = sorted(totals, reverse=True)
	return [order.index(total) + 1 for total in totals]


def grade_counts(rows: Iterable[tuple[float, str]]) -> list[tuple[str, int]]:
	"""(grade, count) from (total, grade) rows, the best grade first; rows without a grade are left out."""
	counts: dict[str, int] = {}
	for _total, grade_name in sorted(rows, key=lambda row: row[0] or 0, reverse=True):
		if grade_name:
			counts[grade_name] = counts.get(grade_name, 0) + 1
	return list(counts.items())


def summary(rows: Iterable[tuple[str, str, str]]) -> dict:
	"""Counts by stage and who is behind, from (appraisal, appraisee name, stage) rows."""
	rows = list(rows)
	counts = {stage: 0 for stage in STAGES}
	for _name, _who, state in rows:
		counts[state] = counts.get(state, 0) + 1
	return {
		"total": len(rows),
		"counts": counts,
		"not_self_assessed": [(n, who) for n, who, s in rows if s == DRAFT],
		"not_reviewed": [(n, who) for n, who, s in rows if s in (DRAFT, SELF_ASSESSED)],
	}
