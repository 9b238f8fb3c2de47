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
