"""APPR-1, APPR-2: appraisal rules without Frappe."""

from campaign_app.domain import appraisal as rule

BANDS = rule.DEFAULT_BANDS


def test_default_weights_sum_to_100():
	assert rule.weights_problem([w for _, w, _, _ in rule.DEFAULT_INDICATORS]) is None
	assert len(rule.DEFAULT_INDICATORS) == 6


def test_weights_problems():
	assert rule.weights_problem([]) == "no_indicators"
	assert rule.weights_problem([50, 40]) == "not_100"
	assert rule.weights_problem([50, 60]) == "not_100"
	assert rule.weights_problem([110, -10]) == "not_positive"
	assert rule.weights_problem([33.33, 33.33, 33.34]) is None


def test_bands_problems():
	assert rule.bands_problem(BANDS) is None
	assert rule.bands_problem([]) == "no_bands"
	assert rule.bands_problem([("优秀", 120)]) == "out_of_range"
	assert rule.bands_problem([("优秀", 90), ("优秀", 80)]) == "duplicate"
	assert rule.bands_problem([("优秀", 90), ("良好", 90)]) == "duplicate"


def test_score_range():
	assert rule.score_in_range(0) and rule.score_in_range(100) and rule.score_in_range(59.5)
	assert not rule.score_in_range(-1) and not rule.score_in_range(100.5) and not rule.score_in_range(None)


def test_final_score_is_the_self_score_until_review_then_the_reviewers():
	assert rule.final_score(80, 70, in_review=False) == 80
	assert rule.final_score(80, 70, in_review=True) == 70
	assert rule.final_score(80, 0, in_review=True) == 0  # a reviewer may give 0
	assert rule.final_score(None, None, in_review=False) == 0
	assert rule.review_scores([80, None, 95.5]) == [80, 0, 95.5]


def test_weighted_total_and_grade():
	total = rule.weighted_total([(20, 90), (20, 80), (20, 100), (15, 60), (10, 70), (15, 100)])
	assert total == 85.0
	assert rule.grade(total, BANDS) == "良好"
	assert rule.grade(90, BANDS) == "优秀"
	assert rule.grade(89.99, BANDS) == "良好"
	assert rule.grade(59.99, BANDS) == "较差"
	assert rule.grade(60, BANDS) == "一般"
	assert rule.grade(50, [("合格", 60)]) == ""


def test_computed_indicators():
	assert rule.computed_score(rule.ON_TIME_RATE, {"due": 4, "on_time": 3}) == 75.0
	assert rule.computed_score(rule.ON_TIME_RATE, {"due": 0, "on_time": 0}) == 100.0
	assert rule.computed_score(rule.RELAPSES, {"relapses": 2}) == 80.0
	assert rule.computed_score(rule.OVERDUE, {"overdue": 12}) == 0.0
	assert rule.computed_score("", {}) is None


def test_summary():
	s = rule.summary(
		[("A1", "甲", rule.DRAFT), ("A2", "乙", rule.SELF_ASSESSED), ("A3", "丙", rule.APPROVED)]
	)
	assert s["total"] == 3
	assert s["counts"][rule.DRAFT] == 1 and s["counts"][rule.REVIEWED] == 0
	assert s["not_self_assessed"] == [("A1", "甲")]
	assert s["not_reviewed"] == [("A1", "甲"), ("A2", "乙")]


def test_grade_counts_best_grade_first():
	rows = [(72.5, "一般"), (95, "优秀"), (None, ""), (81, "良好"), (90, "优秀"), (40, "较差")]
	assert rule.grade_counts(rows) == [("优秀", 2), ("良好", 1), ("一般", 1), ("较差", 1)]
	assert rule.grade_counts([]) == []


def test_transitions_only_use_known_states():
	for old, _action, new, roles in rule.TRANSITIONS:
		assert old in rule.STAGES and new in rule.STAGES and roles
