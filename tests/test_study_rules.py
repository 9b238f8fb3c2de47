from datetime import date

from campaign_app.domain import study as rule


def test_a_reading_class_lasts_at_least_three_days():
	minimum = dict((t[0], t[1]) for t in rule.SEED_TYPES)["专题读书班"]
	assert rule.length_problem(minimum, date(2026, 3, 2), date(2026, 3, 3)) == "too_short"
	assert rule.length_problem(minimum, date(2026, 3, 2), date(2026, 3, 4)) is None
	assert rule.length_problem(0, date(2026, 3, 2), date(2026, 3, 1)) == "ends_before_start"
	assert rule.session_days(date(2026, 3, 2), None) == 1


def test_leave_needs_a_reason_and_a_make_up_its_date():
	assert rule.attendance_problem(rule.LEAVE, " ", None) == "leave_needs_reason"
	assert rule.attendance_problem(rule.MADE_UP, None, None) == "made_up_needs_date"
	assert rule.attendance_problem(rule.ABSENT, None, None) is None


def test_who_must_attend():
	assert rule.must_attend(rule.F, ())
	assert rule.must_attend(rule.L, (rule.P, rule.L))
	assert not rule.must_attend(rule.F, (rule.P, rule.L))


def test_the_author_never_reviews():
	reviews = [t for t in rule.TRANSITIONS if t[0] == rule.SUBMITTED]
	assert reviews and all(t[4] == 0 for t in reviews)


def test_periods_of_a_rule():
	months = rule.periods("Monthly", date(2026, 2, 24), date(2026, 4, 10))
	assert [m[0] for m in months] == ["2026-02", "2026-03", "2026-04"]
	assert months[0][1] == date(2026, 2, 24) and months[-1][2] == date(2026, 4, 10)
	assert months[1][2] == date(2026, 3, 31)
	quarters = rule.periods("Quarterly", date(2026, 2, 24), date(2026, 7, 31))
	assert [q[0] for q in quarters] == ["2026Q1", "2026Q2", "2026Q3"]
	assert rule.periods("Monthly", date(2026, 12, 5), date(2027, 1, 3))[-1][0] == "2027-01"
	assert len(rule.periods("Once per Campaign", date(2026, 2, 24), date(2026, 7, 31))) == 1


def test_attendance_rate_counts_the_made_up():
	assert rule.attendance_rate({rule.PRESENT: 2, rule.MADE_UP: 1, rule.ABSENT: 1}) == 75.0
	assert rule.attendance_rate({}) is None


def test_what_a_cadre_still_owes():
	assert rule.still_owed({"Research Report": 1, "Seminar Speech": 1}, {"Seminar Speech": 2}) == {
		"Research Report": 1
	}
	assert rule.still_owed({"Study Reflection": 1}, {"Study Reflection": 1}) == {}
	levels = {r[0] for r in rule.SEED_LEVEL_REQUIREMENTS}
	assert levels == {rule.P, rule.L, rule.U, rule.C, rule.F}


def test_scores_and_pass_rate():
	assert rule.score_valid(0, 100) and rule.score_valid(100, 100)
	assert not rule.score_valid(101, 100) and not rule.score_valid(None, 100)
	assert rule.passed(60, 60) == 1 and rule.passed(59.5, 60) == 0
	assert rule.pass_rate([1, 0, 1, 1]) == 75.0 and rule.pass_rate([]) is None


# ---- review meetings (FIND-4)


def test_a_material_counts_only_reviewed_before_the_meeting_by_the_level_above():
	day = date(2026, 6, 25)
	ok = ("c1", "c1", rule.REVIEWED, date(2026, 6, 20), day, True)
	assert rule.material_problem(*ok) is None
	assert rule.material_problem(None, "c1", None, None, day, False) == "missing"
	assert rule.material_problem("c2", "c1", rule.REVIEWED, date(2026, 6, 20), day, True) == "not_theirs"
	assert rule.material_problem("c1", "c1", rule.SUBMITTED, None, day, True) == "not_reviewed"
	assert rule.material_problem("c1", "c1", rule.REVIEWED, date(2026, 6, 26), day, True) == "reviewed_late"
	assert rule.material_problem("c1", "c1", rule.REVIEWED, day, day, False) == "not_by_level_above"


def test_a_problem_raised_gets_the_issue_level_of_whom_it_is_about():
	assert rule.problem_level(None) == "Leadership Team"
	assert rule.problem_level("Leadership Member") == "Leading Cadre"
	assert rule.problem_level("Unit Leader") == "Leading Cadre"
	assert rule.problem_level("Frontline Staff") == "Individual"


def test_a_unit_has_held_planned_or_missed_its_meeting():
	assert rule.meeting_coverage(1, 0) == "held"
	assert rule.meeting_coverage(1, 2) == "held"
	assert rule.meeting_coverage(0, 1) == "planned"
	assert rule.meeting_coverage(0, 0) == "missing"


# ---- 学习成效


def test_effectiveness_is_the_mean_of_the_parts_with_data():
	attendance = {rule.PRESENT: 1, rule.ABSENT: 1}
	assert rule.effectiveness(attendance, 1, 1, [80.0]) == 76.7
	assert rule.effectiveness({}, 0, 0, []) is None
	assert rule.effectiveness({}, 0, 2, []) == 0.0  # owes two outputs, none reviewed
	assert rule.effectiveness({}, 3, 2, []) == 100.0  # more than owed counts as what is owed
	assert rule.effectiveness({rule.MADE_UP: 1}, 0, 0, []) == 100.0


def test_a_test_score_is_a_percent_of_full_marks():
	assert rule.test_percent(45, 50) == 90.0
	assert rule.test_percent(120, 100) == 100.0
	assert rule.test_percent(10, 0) == 0.0
