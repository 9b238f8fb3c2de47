"""Domain rules that need no database: levels and roles, campaign period, leading group, scope SQL."""

from datetime import date

from campaign_app.domain import org, scope


def test_each_level_gets_the_role_that_fits():
	assert org.role_for_level("Leadership Member") == "Campaign Leader"
	assert org.role_for_level("Principal Leader") == "Campaign Leader"
	assert org.role_for_level("Unit Leader") == "Unit Head"
	assert org.role_for_level("Party Cadre") == "Campaign Staff"
	assert org.role_for_level("Frontline Staff") == "Campaign Staff"
	assert org.role_for_level(None) is None


def test_level_change_swaps_level_roles_and_keeps_others():
	add, remove = org.roles_to_change("Unit Leader", ["Campaign Staff", "Campaign Manager", "Blogger"])
	assert add == {"Unit Head"}
	assert remove == {"Campaign Staff"}
	assert org.roles_to_change("Unit Leader", ["Unit Head"]) == (set(), set())


def test_only_leader_levels_are_office_only():
	assert org.OFFICE_ONLY_LEVELS == {"Leadership Member", "Principal Leader"}


def test_period():
	assert org.period_is_valid(date(2026, 2, 24), date(2026, 7, 31))
	assert org.period_is_valid(date(2026, 2, 24), date(2026, 2, 24))
	assert not org.period_is_valid(date(2026, 7, 31), date(2026, 2, 24))
	assert org.period_is_valid(None, date(2026, 2, 24))


def test_leading_group():
	assert org.leading_group_problem([]) is None
	assert org.leading_group_problem([("a", "Leader"), ("b", "Member")]) is None
	assert org.leading_group_problem([("a", "Member")]) == "no_leader"
	assert org.leading_group_problem([("a", "Leader"), ("b", "Leader")]) == "many_leaders"
	assert org.leading_group_problem([("a", "Leader"), ("b", "Member"), ("b", "Office")]) == "duplicate_cadre"
	assert org.duplicate_cadres([("a", "Leader"), ("b", "Member"), ("b", "Office")]) == ["b"]


def quote(value):
	return "'" + value.replace("'", "''") + "'"


def test_scope_by_role():
	unit = ("公路养护中心", 10, 17)
	assert scope.scope_for({"Campaign Manager"}, False, None).everything
	assert scope.scope_for(set(), True, None).everything
	assert scope.scope_for({"Unit Head"}, False, None).nothing
	head = scope.scope_for({"Unit Head", "Campaign Staff"}, False, unit)
	assert head.subtree and head.unit == "公路养护中心"
	staff = scope.scope_for({"Campaign Staff"}, False, unit)
	assert not staff.subtree
	assert scope.scope_for({"Blogger"}, False, unit).nothing


def test_scope_sql_is_an_index_range_or_an_equality():
	col = "`tabCadre`.`unit`"
	assert scope.unit_condition(scope.EVERYTHING, col, quote) == ""
	assert scope.unit_condition(scope.NOTHING, col, quote) == "1=0"
	head = scope.Scope(unit="x", lft=10, rgt=17, subtree=True)
	sql = scope.unit_condition(head, col, quote)
	assert "lft between 10 and 17" in sql and "ifnull" not in sql
	staff = scope.Scope(unit="o'x", lft=10, rgt=17, subtree=False)
	assert scope.unit_condition(staff, col, quote) == "`tabCadre`.`unit` = 'o''x'"
