"""政绩观偏差预警 rules that need no database (RULE-3): the causes, the thresholds the office tunes, and
the key that raises a warning once per cause.
"""

from __future__ import annotations

RED_ITEMS = "Many Red Items"
RETURNS = "Repeated Returns"
SAME_MEASURE = "Same Measure Across Units"
PROGRESS_JUMP = "Progress Jump Without Evidence"
DEADLINE_MOVES = "Deadline Moved Repeatedly"
SAME_EVIDENCE = "Same Evidence on Several Items"
BULK_CLOSE = "Closed in Bulk on the Due Day"
SATISFACTION_DROP = "Falling Satisfaction"
CAUSES = (
	RED_ITEMS,
	RETURNS,
	SAME_MEASURE,
	PROGRESS_JUMP,
	DEADLINE_MOVES,
	SAME_EVIDENCE,
	BULK_CLOSE,
	SATISFACTION_DROP,
)

OPEN, CLOSED = "Open", "Closed"

# (settings field, default): 0 turns a rule off
THRESHOLDS = {
	RED_ITEMS: ("warn_red_items", 3),
	RETURNS: ("warn_returns", 2),
	SAME_MEASURE: ("warn_same_measure_units", 3),
	PROGRESS_JUMP: ("warn_progress_jump", 50),
	DEADLINE_MOVES: ("warn_deadline_moves", 2),
	SAME_EVIDENCE: ("warn_same_evidence_items", 2),
	BULK_CLOSE: ("warn_bulk_close", 3),
	SATISFACTION_DROP: ("warn_satisfaction_drop", 10),
}


def key(cause: str, *parts) -> str:
	"""One warning per cause and subject: the same key is never raised twice."""
	return ":".join([cause, *(str(p) for p in parts)])[:140]


def jumped(previous: float | None, latest: float | None, min_jump: float) -> bool:
	"""Progress that reaches 100 % in one report, up by at least `min_jump` points."""
	return latest is not None and latest >= 100 and (latest - (previous or 0)) >= min_jump


def dropped(previous: float | None, latest: float | None, min_drop: float) -> bool:
	return previous is not None and latest is not None and previous - latest >= min_drop
