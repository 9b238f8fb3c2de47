"""APPR-3, APPR-4: public evaluation rules without Frappe."""

from campaign_app.domain import appraisal
from campaign_app.domain import evaluation as rule

S, B, D = rule.SATISFIED, rule.BASIC, rule.DISSATISFIED
GOOD = {"respondent_type": "Bus Driver", "answers": {"q1": S, "q2": D}}


def test_tally_and_rates():
	counts = rule.tally([S, S, B, D, "nonsense"])
	assert counts == {"total": 4, S: 2, B: 1, D: 1}
	assert rule.satisfaction_rate(counts) == 75.0
	assert rule.dissatisfied_share(counts) == 25.0
	assert rule.satisfaction_rate(rule.tally([])) is None
	assert rule.dissatisfied_share(rule.tally([])) is None
	assert rule.tally_counted([(S, 2), (D, 3), ("nonsense", 9)]) == {"total": 5, S: 2, B: 0, D: 3}


def test_remedial_threshold_is_exceeded_not_reached():
	three_of_ten = rule.tally([D] * 3 + [S] * 7)
	assert not rule.needs_remedial(three_of_ten, threshold=30, min_answers=5)
	four_of_ten = rule.tally([D] * 4 + [S] * 6)
	assert rule.needs_remedial(four_of_ten, threshold=30, min_answers=5)


def test_remedial_waits_for_enough_answers():
	assert not rule.needs_remedial(rule.tally([D] * 4), threshold=30, min_answers=5)
	assert rule.needs_remedial(rule.tally([D] * 5), threshold=30, min_answers=5)
	assert not rule.needs_remedial(rule.tally([]), threshold=0, min_answers=0)


def test_a_good_submission_passes():
	assert rule.submission_problem(GOOD, {"q1", "q2"}) is None
	assert rule.submission_problem({**GOOD, "comment": "路" * 500}, {"q1", "q2"}) is None


def test_submission_problems():
	ids = {"q1", "q2"}
	assert rule.submission_problem({**GOOD, "respondent_type": "Robot"}, ids) == "bad_respondent_type"
	assert rule.submission_problem({**GOOD, "comment": "x" * 501}, ids) == "too_long"
	assert rule.submission_problem({**GOOD, "respondent_name": ["x"]}, ids) == "too_long"
	assert rule.submission_problem({**GOOD, "answers": {}}, ids) == "no_answers"
	assert rule.submission_problem({**GOOD, "answers": "q1"}, ids) == "no_answers"
	assert rule.submission_problem({**GOOD, "answers": {"q1": S, "q9": S}}, ids) == "unknown_question"
	assert rule.submission_problem({**GOOD, "answers": {"q1": S, "q2": "Great"}}, ids) == "bad_rating"
	assert rule.submission_problem({**GOOD, "answers": {"q1": S}}, ids) == "missing_rating"


def test_online_answers_while_open_until_the_closing_day():
	from datetime import date

	day = date(2026, 11, 27)
	assert rule.takes_online_answers(rule.OPEN, None, day)
	assert rule.takes_online_answers(rule.OPEN, day, day)
	assert not rule.takes_online_answers(rule.OPEN, date(2026, 11, 26), day)
	assert not rule.takes_online_answers(rule.CLOSED, None, day)
	assert not rule.takes_online_answers(rule.DRAFT, None, day)


def test_honeypot():
	assert not rule.is_bot(GOOD)
	assert not rule.is_bot({**GOOD, "website": "  "})
	assert rule.is_bot({**GOOD, "website": "http://spam.example"})


def test_satisfaction_indicator_is_the_rate():
	assert appraisal.computed_score(appraisal.SATISFACTION, {"satisfaction": 87.5}) == 87.5
	assert appraisal.computed_score(appraisal.SATISFACTION, {}) is None


def test_competition_ranks():
	assert appraisal.ranks([80, 95, 80, 60]) == [2, 1, 2, 4]
	assert appraisal.ranks([]) == []
