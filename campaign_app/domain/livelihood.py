"""民生实事 rules that need no database (FIX-8): who may lead a project, its progress, status and light.

The light is the rectification items' rule (FIX-6) with the milestones as stage goals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from campaign_app.domain import rectification as items

LEADER_LEVELS = ("Principal Leader", "Leadership Member")
MAX_PER_LEADER = 2
PLANNED, IN_PROGRESS, COMPLETED = "Planned", "In Progress", "Completed"


def lead_problem(level: str | None, others_led: int) -> str | None:
	"""None, or "not_a_leader" (only the leadership leads one) or "too_many" (1 or 2 per campaign)."""
	if level not in LEADER_LEVELS:
		return "not_a_leader"
	if others_led >= MAX_PER_LEADER:
		return "too_many"
	return None


def status(milestones: Sequence[tuple[date, date | None]], reports: int) -> str:
	"""Completed when it has milestones and every one is done; in progress once anything is reported or
	done; planned before."""
	if milestones and all(done for _due, done in milestones):
		return COMPLETED
	if reports or any(done for _due, done in milestones):
		return IN_PROGRESS
	return PLANNED


def progress(milestones: Sequence[tuple[date, date | None]], reported: float | None) -> float:
	"""The latest reported percent; without reports, the share of milestones done."""
	if reported is not None:
		return reported
	if not milestones:
		return 0
	return round(100.0 * sum(1 for _d, done in milestones if done) / len(milestones), 1)


def light(
	today: date,
	start: date,
	deadline: date,
	milestones: Sequence[tuple[date, date | None]],
	percent: float,
	yellow_days: int,
) -> str:
	return items.light(
		today,
		deadline,
		status(milestones, 0) == COMPLETED,
		yellow_days,
		items.LONG_TERM,
		start,
		percent,
		milestones,
	)
