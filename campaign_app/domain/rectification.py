"""Rectification rules that need no database: workflow states, lights, pace, progress, close-out.

State names are the workflow's own records, in Chinese, as the desk shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

DRAFT, REVIEW, RECTIFYING, CLOSE_REQUESTED, CLOSED = "草稿", "待审核", "整改中", "待销号", "已销号"
STATES = (DRAFT, REVIEW, RECTIFYING, CLOSE_REQUESTED, CLOSED)
SUBMIT, APPROVE, RETURN, REQUEST_CLOSE, VERIFY, LOOK_BACK = (
	"提交审核",
	"批准",
	"退回",
	"申请销号",
	"销号",
	"回头看",
)

# (from, action, to, roles allowed, self-approval allowed)
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


def issue_status(states: Iterable[str]) -> str:
	"""Status of a problem from its items' states: Not Rectified, In Rectification or Rectified."""
	states = list(states)
	if states and all(s == CLOSED for s in states):
		return "Rectified"
	if any(s in STARTED for s in states):
		return "In Rectification"
	return "Not Rectified"
