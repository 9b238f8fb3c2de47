"""Rules about units, cadres and campaigns that need no database.

Nothing here imports Frappe: the controllers turn the codes returned here into translated messages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

# Cadre levels (ORG-2, ORG-5) and the desk role each one gets when its user is created or linked.
LEVEL_ROLES: dict[str, str] = {
	"Leadership Member": "Campaign Leader",  # 局领导班子成员
	"Principal Leader": "Campaign Leader",  # 主要负责同志（一把手）
	"Unit Leader": "Unit Head",  # 股室及下属单位负责人
	"Party Cadre": "Campaign Staff",  # 普通党员干部
	"Frontline Staff": "Campaign Staff",  # 一线职工
}

# Roles that follow the cadre's level: a level change swaps one for another.
LEVEL_ROLE_NAMES = frozenset(LEVEL_ROLES.values())

# Levels whose role sees the whole campaign: only the leading group office may give them.
OFFICE_ONLY_LEVELS = frozenset(level for level, role in LEVEL_ROLES.items() if role == "Campaign Leader")

LEADER = "Leader"  # 组长


def level_from_name(name: str | None, labels: dict[str, str]) -> str | None:
	"""The level a name stands for: a level's key, or its label as shown (`labels`: label -> key)."""
	name = (name or "").strip()
	if name in LEVEL_ROLES:
		return name
	return labels.get(name)


def role_for_level(level: str | None) -> str | None:
	return LEVEL_ROLES.get(level or "")


def roles_to_change(level: str | None, current_roles: Iterable[str]) -> tuple[set[str], set[str]]:
	"""Roles to add to and remove from a user so that its level role matches the cadre's level."""
	wanted = role_for_level(level)
	current = set(current_roles)
	add = {wanted} - current if wanted else set()
	remove = (current & LEVEL_ROLE_NAMES) - ({wanted} if wanted else set())
	return add, remove


def period_is_valid(start: date | None, end: date | None) -> bool:
	"""A campaign may end on the day it starts, never before."""
	return not (start and end and end < start)


def leading_group_problem(rows: Iterable[tuple[str, str]]) -> str | None:
	"""Check the leading group given as (cadre, role in group) pairs.

	Returns None when it is fine, else one of: "no_leader", "many_leaders", "duplicate_cadre".
	"""
	rows = list(rows)
	if not rows:
		return None
	leaders = sum(1 for _cadre, role in rows if role == LEADER)
	if leaders == 0:
		return "no_leader"
	if leaders > 1:
		return "many_leaders"
	counts = Counter(cadre for cadre, _role in rows)
	if any(n > 1 for n in counts.values()):
		return "duplicate_cadre"
	return None


def duplicate_cadres(rows: Iterable[tuple[str, str]]) -> list[str]:
	counts = Counter(cadre for cadre, _role in rows)
	return sorted(c for c, n in counts.items() if n > 1)


# The workspace a cadre's desk opens on, by level: a unit's head on 本单位, the bureau's leaders on 领导工作台
# (the items in their charge, then the bureau at a glance), everyone else on 我的工作台. Administrators
# may give a user another one.
MY_DESK, MY_UNIT, LEADER_DESK, BUREAU = "My Desk", "My Unit", "Leader Desk", "Study Education"
LEVEL_WORKSPACES = {"Unit Leader": MY_UNIT, "Principal Leader": LEADER_DESK, "Leadership Member": LEADER_DESK}
APP_WORKSPACES = frozenset({MY_DESK, MY_UNIT, LEADER_DESK, BUREAU})


def workspace_for_level(level: str | None, current: str | None) -> str | None:
	"""The default workspace to set, or None to leave the user's own choice alone."""
	if current and current not in APP_WORKSPACES:
		return None
	wanted = LEVEL_WORKSPACES.get(level or "", MY_DESK)
	return None if wanted == current else wanted
