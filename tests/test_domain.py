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


def test_a_small_subtree_is_named_unit_by_unit_and_an_empty_one_matches_nothing():
	col = "`tabRectification Item`.`unit`"
	assert scope.listed_units_condition(col, ["局", "o'x"], quote) == f"{col} in ('局', 'o''x')"
	assert scope.listed_units_condition(col, [], quote) == "1=0"


# ---- 开门教育 (FIND-2, FIND-3, FIX-8)


def test_a_reply_is_due_in_working_days():
	from datetime import date

	from campaign_app.domain import feedback as fb

	friday = date(2026, 11, 27)
	assert fb.due_date(friday, 5, set(), set()) == date(2026, 12, 4)
	assert fb.due_date(friday, 1, {date(2026, 11, 30)}, set()) == date(2026, 12, 1)
	assert fb.due_date(friday, 1, set(), {date(2026, 11, 28)}) == date(2026, 11, 28)  # 调休上班
	assert fb.is_overdue(fb.HANDLING, date(2026, 12, 4), date(2026, 12, 5))
	assert not fb.is_overdue(fb.REPLIED, date(2026, 12, 4), date(2026, 12, 5))


def test_the_secret_opens_only_its_own_reference():
	from campaign_app.domain import feedback as fb

	secret = fb.new_secret()
	stored = fb.secret_hash("FB-2026-00001", secret)
	assert fb.secret_matches("FB-2026-00001", secret.lower(), stored)
	assert not fb.secret_matches("FB-2026-00002", secret, stored)
	assert not fb.secret_matches("FB-2026-00001", "", stored)
	assert not fb.secret_matches("FB-2026-00001", secret, None)


def test_a_citizen_rates_once_after_the_rectification_closes():
	from campaign_app.domain import feedback as fb

	assert fb.rating_problem("Satisfied", fb.REPLIED, None, False) == "not_closed"
	assert fb.rating_problem("Satisfied", fb.CLOSED, None, False) is None
	assert fb.rating_problem("Satisfied", fb.REPLIED, False, False) == "not_closed"
	assert fb.rating_problem("Satisfied", fb.REPLIED, True, False) is None
	assert fb.rating_problem("Satisfied", fb.CLOSED, True, True) == "already_rated"
	assert fb.rating_problem("Great", fb.CLOSED, True, False) == "bad_rating"
	assert fb.mask_name("李红梅") == "李**" and fb.mask_name("") == ""


def test_a_leader_leads_one_or_two_projects_whose_light_follows_the_milestones():
	from datetime import date

	from campaign_app.domain import livelihood as lp

	assert lp.lead_problem("Leadership Member", 1) is None
	assert lp.lead_problem("Leadership Member", 2) == "too_many"
	assert lp.lead_problem("Unit Leader", 0) == "not_a_leader"
	done, open_ = (date(2026, 4, 1), date(2026, 3, 30)), (date(2026, 4, 1), None)
	assert lp.status([done, done], 0) == lp.COMPLETED
	assert lp.status([done, open_], 0) == lp.IN_PROGRESS
	assert lp.status([open_], 0) == lp.PLANNED
	assert lp.progress([done, open_], None) == 50.0 and lp.progress([open_], 70) == 70
	today = date(2026, 6, 1)
	assert lp.light(today, date(2026, 3, 1), date(2026, 12, 31), [open_], 50, 3) == "Yellow"
	assert lp.light(today, date(2026, 3, 1), date(2026, 5, 31), [open_], 50, 3) == "Red"
	assert lp.light(today, date(2026, 3, 1), date(2026, 5, 31), [done], 100, 3) == "Green"


def test_a_level_opens_on_its_workspace_unless_someone_chose_another():
	from campaign_app.domain import org

	assert org.workspace_for_level("Unit Leader", None) == org.MY_UNIT
	assert org.workspace_for_level("Frontline Staff", org.MY_UNIT) == org.MY_DESK  # the level changed
	assert org.workspace_for_level("Leadership Member", None) == org.LEADER_DESK
	assert org.workspace_for_level("Principal Leader", org.BUREAU) == org.LEADER_DESK  # the former default
	assert org.workspace_for_level("Party Cadre", org.MY_DESK) is None  # already there
	assert org.workspace_for_level("Party Cadre", "Welcome Workspace") is None  # an administrator's choice
