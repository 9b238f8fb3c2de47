"""Rectification rules that need no database: workflow states, lights, pace, progress, close-out.

Rules key on stages, the stable meaning of each workflow state (the item's `stage` field, which every
save sets from its state's update_value): administrators may rename the states in the desk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

DRAFT, REVIEW, RECTIFYING, CLOSE_REQUESTED, CLOSED = (
	"Draft",
	"Review",
	"Rectifying",
	"Close Requested",
	"Closed",
)
STAGES = (DRAFT, REVIEW, RECTIFYING, CLOSE_REQUESTED, CLOSED)
# The names the workflow's states are seeded with, as the desk shows them
STATE_NAMES = {
	DRAFT: "草稿",
	REVIEW: "待审核",
	RECTIFYING: "整改中",
	CLOSE_REQUESTED: "待销号",
	CLOSED: "已销号",
}
SUBMIT, APPROVE, RETURN, REQUEST_CLOSE, VERIFY, LOOK_BACK = (
	"提交审核",
	"批准",
	"退回",
	"申请销号",
	"销号",
	"回头看",
)

# (from stage, action, to stage, roles allowed, self-approval allowed)
TRANSITIONS = (
	(DRAFT, SUBMIT, REVIEW, ("Campaign Staff", "Unit Head", "Campaign Manager"), 1),
	(REVIEW, APPROVE, RECTIFYING, ("Unit Head", "Campaign Leader", "Campaign Manager"), 0),
	(REVIEW, RETURN, DRAFT, ("Unit Head", "Campaign Leader", "Campaign Manager"), 1),
	(RECTIFYING, REQUEST_CLOSE, CLOSE_REQUESTED, ("Campaign Staff", "Unit Head", "Campaign Manager"), 1),
	(CLOSE_REQUESTED, VERIFY, CLOSED, ("Campaign Leader", "Campaign Manager"), 1),
	(CLOSE_REQUESTED, RETURN, RECTIFYING, ("Campaign Leader", "Campaign Manager"), 1),
	(CLOSED, LOOK_BACK, RECTIFYING, ("Campaign Manager",), 1),
)
RETURNS = frozenset({(REVIEW, DRAFT), (CLOSE_REQUESTED, RECTIFYING)})
REOPEN = (CLOSED, RECTIFYING)
STARTED = frozenset({RECTIFYING, CLOSE_REQUESTED, CLOSED})

GREEN, YELLOW, RED = "Green", "Yellow", "Red"
IMMEDIATE, LONG_TERM = "Immediate", "Long-term"


def expected_progress(today: date, start: date, deadline: date) -> float:
	"""Percent of the work that should be done by today if it went at an even pace."""
	total = max((deadline - start).days, 1)
	elapsed = min(max((today - start).days, 0), total)
	return 100.0 * elapsed / total


def light(
	today: date,
	deadline: date,
	closed: bool,
	yellow_days: int,
	kind: str = IMMEDIATE,
	start: date | None = None,
	progress: float = 0,
	stage_dues: Iterable[tuple[date, date | None]] = (),
) -> str:
	"""Traffic light of an item (FIX-6). stage_dues: (due date, done date or None) of each stage goal."""
	if closed:
		return GREEN
	if deadline < today:
		return RED
	if (deadline - today).days <= yellow_days:
		return YELLOW
	if kind == LONG_TERM:
		if any(done is None and due < today for due, done in stage_dues):
			return YELLOW
		if start and progress < expected_progress(today, start, deadline):
			return YELLOW
	return GREEN


def progress_problem(reports: Sequence[tuple[date, float, str | None]]) -> tuple[str, int] | None:
	"""Check progress reports (date, percent, reason for going back) in the order given.

	Returns None, or (problem, row index): "out_of_range" or "backwards_without_reason".
	"""
	previous = None
	for i, (_day, percent, reason) in enumerate(sorted(reports, key=lambda r: r[0])):
		if percent is None or percent < 0 or percent > 100:
			return "out_of_range", i
		if previous is not None and percent < previous and not (reason or "").strip():
			return "backwards_without_reason", i
		previous = percent
	return None


def latest_progress(reports: Sequence[tuple[date, float, str | None]]) -> float:
	if not reports:
		return 0
	return sorted(reports, key=lambda r: r[0])[-1][1]


def issue_status(stages: Iterable[str]) -> str:
	"""Status of a problem from its items' stages: Not Rectified, In Rectification or Rectified."""
	stages = list(stages)
	if stages and all(s == CLOSED for s in stages):
		return "Rectified"
	if any(s in STARTED for s in stages):
		return "In Rectification"
	return "Not Rectified"
