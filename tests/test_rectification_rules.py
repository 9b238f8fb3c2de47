"""FIX-3, FIX-4, FIX-6: lights, pace, progress and problem status, with frozen dates."""

from datetime import date

from campaign_app.domain import rectification as r

TODAY = date(2026, 5, 1)


def light(deadline, **kw):
	return r.light(today=TODAY, deadline=deadline, closed=kw.pop("closed", False), yellow_days=3, **kw)


def test_immediate_item_lights_by_deadline():
	assert light(date(2026, 5, 10)) == r.GREEN
	assert light(date(2026, 5, 4)) == r.YELLOW  # due within 3 days
	assert light(date(2026, 5, 1)) == r.YELLOW  # due today
	assert light(date(2026, 4, 30)) == r.RED  # overdue
	assert light(date(2026, 4, 30), closed=True) == r.GREEN


def test_long_term_item_behind_pace_is_yellow():
	start, deadline = date(2026, 3, 1), date(2026, 6, 29)  # 120 days, 61 elapsed: about 51 % expected
	assert round(r.expected_progress(TODAY, start, deadline)) == 51
	assert light(deadline, kind=r.LONG_TERM, start=start, progress=30) == r.YELLOW
	assert light(deadline, kind=r.LONG_TERM, start=start, progress=60) == r.GREEN
	# an immediate item is judged by its deadline alone
	assert light(deadline, kind=r.IMMEDIATE, start=start, progress=0) == r.GREEN


def test_long_term_item_with_a_stage_goal_past_due_is_yellow():
	start, deadline = date(2026, 3, 1), date(2026, 7, 31)
	late_stage = [(date(2026, 4, 15), None)]
	done_stage = [(date(2026, 4, 15), date(2026, 4, 10))]
	assert light(deadline, kind=r.LONG_TERM, start=start, progress=90, stage_dues=late_stage) == r.YELLOW
	assert light(deadline, kind=r.LONG_TERM, start=start, progress=90, stage_dues=done_stage) == r.GREEN


def test_expected_progress_is_bounded():
	assert r.expected_progress(date(2026, 1, 1), date(2026, 3, 1), date(2026, 4, 1)) == 0
	assert r.expected_progress(date(2026, 9, 1), date(2026, 3, 1), date(2026, 4, 1)) == 100
	assert r.expected_progress(TODAY, TODAY, TODAY) == 0


def test_progress_reports():
	d = date
	assert r.progress_problem([(d(2026, 3, 1), 20, None), (d(2026, 4, 1), 50, None)]) is None
	assert r.progress_problem([(d(2026, 3, 1), 120, None)]) == ("out_of_range", 0)
	assert r.progress_problem([(d(2026, 3, 1), -1, None)]) == ("out_of_range", 0)
	back = [(d(2026, 4, 1), 30, None), (d(2026, 3, 1), 50, None)]  # given out of order: sorted by date
	assert r.progress_problem(back) == ("backwards_without_reason", 1)
	assert r.progress_problem([(d(2026, 3, 1), 50, None), (d(2026, 4, 1), 30, "返工")]) is None
	assert r.latest_progress(back) == 30
	assert r.latest_progress([]) == 0


def test_issue_status_from_item_states():
	assert r.issue_status([]) == "Not Rectified"
	assert r.issue_status([r.DRAFT, r.REVIEW]) == "Not Rectified"
	assert r.issue_status([r.DRAFT, r.RECTIFYING]) == "In Rectification"
	assert r.issue_status([r.CLOSED, r.CLOSE_REQUESTED]) == "In Rectification"
	assert r.issue_status([r.CLOSED, r.CLOSED]) == "Rectified"


def test_workflow_shape():
	pairs = {(old, new) for old, _action, new, _roles, _self in r.TRANSITIONS}
	assert r.RETURNS <= pairs and r.REOPEN in pairs
	verify = [t for t in r.TRANSITIONS if t[2] == r.CLOSED]
	assert verify and all("Campaign Staff" not in t[3] for t in verify)
	approve = [t for t in r.TRANSITIONS if t[1] == r.APPROVE]
	assert all(t[4] == 0 for t in approve), "plans are approved by a second person"
