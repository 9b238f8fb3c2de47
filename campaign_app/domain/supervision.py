"""督导检查 and 建章立制 rules that need no database (SUP-1, RULE-1..4, FIX-2): the random sample of closed
items a supervision visit re-verifies, the steps a 三重一大 decision needs, a rule review's workflow.
"""

from __future__ import annotations

import random

# ---- supervision visits (SUP-1)

PLANNED, DONE = "Planned", "Done"
CRITICISM, GOOD_PRACTICE = "Criticism Notice", "Good Practice"
CONFIRMED, FAILED = "Confirmed", "Failed"
ISSUE_SOURCE = "Supervision"


def draw(candidates: dict[str, list[str]], units: int, items: int, seed: int) -> list[tuple[str, str]]:
	"""Draw `units` units among those with candidates, then `items` of each one's items; the same seed
	and candidates give the same sample (the seed is recorded on the visit)."""
	rng = random.Random(seed)
	pool = sorted(u for u, names in candidates.items() if names)
	chosen = sorted(rng.sample(pool, min(max(units, 0), len(pool))))
	sample = []
	for unit in chosen:
		names = sorted(candidates[unit])
		sample += [(unit, name) for name in sorted(rng.sample(names, min(max(items, 0), len(names))))]
	return sample


def outcome_problem(outcome: str | None, reply_deadline) -> str | None:
	"""A 通报批评 sets the deadline for the unit's reply."""
	return "needs_deadline" if outcome == CRITICISM and not reply_deadline else None


# ---- 三重一大 decisions (RULE-2, RULE-4)

MAJOR_MATTER, APPOINTMENT, PROJECT, FUNDS, PLANNING = (
	"Major Matter",
	"Cadre Appointment",
	"Major Project",
	"Large Fund Use",
	"Planning Adjustment",
)
CATEGORIES = (MAJOR_MATTER, APPOINTMENT, PROJECT, FUNDS, PLANNING)
RESEARCH, RISK, LEGALITY, EXPERTS, COLLECTIVE = (
	"Research and Justification",
	"Risk Assessment",
	"Legality Review",
	"Expert Consultation",
	"Collective Discussion",
)
STEPS = (RESEARCH, RISK, LEGALITY, EXPERTS, COLLECTIVE)
# The seed's five steps for every category; a cadre appointment is not put to experts
REQUIRED_STEPS = {category: STEPS for category in CATEGORIES} | {
	APPOINTMENT: (RESEARCH, RISK, LEGALITY, COLLECTIVE)
}
PROPOSED, DECIDED = "Proposed", "Decided"


def missing_steps(category: str, done: dict[str, bool]) -> list[str]:
	"""The required steps of the category not yet done (with a date), in the seed's order."""
	return [step for step in REQUIRED_STEPS.get(category, STEPS) if not done.get(step)]


# ---- rule reviews (RULE-1)

DOMAINS = (
	"Construction",
	"Maintenance",
	"Transport Management",
	"Enforcement and Service",
	"Work Safety",
	"Decision-making",
)
KEEP, REVISE, ABOLISH, NEW = "Keep", "Revise", "Abolish", "New"
DECISIONS = (KEEP, REVISE, ABOLISH, NEW)
R_DRAFT, R_SUBMITTED, R_APPROVED, R_PUBLISHED = "Draft", "Submitted", "Approved", "Published"
RULE_STAGES = (R_DRAFT, R_SUBMITTED, R_APPROVED, R_PUBLISHED)
RULE_STATE_NAMES = {R_DRAFT: "起草", R_SUBMITTED: "待审批", R_APPROVED: "已批准", R_PUBLISHED: "已发布"}
SUBMIT, APPROVE, PUBLISH, RETURN = "提交审批", "审批通过", "发布", "退回修改"
DRAFTER_ROLES = ("Unit Head", "Campaign Manager")
APPROVER_ROLES = ("Campaign Leader", "Campaign Manager")
RULE_TRANSITIONS = (
	(R_DRAFT, SUBMIT, R_SUBMITTED, DRAFTER_ROLES, 1),
	(R_SUBMITTED, APPROVE, R_APPROVED, APPROVER_ROLES, 0),
	(R_SUBMITTED, RETURN, R_DRAFT, APPROVER_ROLES, 1),
	(R_APPROVED, PUBLISH, R_PUBLISHED, ("Campaign Manager",), 1),
)
RULE_RETURNS = frozenset({(R_SUBMITTED, R_DRAFT)})
SEED_RULES = (
	(
		"局党组议事决策规则",
		"Decision-making",
		NEW,
		"健全“三重一大”集体决策、调研论证、风险评估和合法性审查程序",
	),
)
