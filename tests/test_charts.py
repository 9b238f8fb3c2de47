"""The reports' chart labels: the chart library spaces them by their width as it counts it."""

from campaign_app.campaign_app.report.charts import axis_label, bar_chart


def test_a_chinese_character_counts_twice_and_looks_the_same():
	label = axis_label("执法一中队")
	assert len(label) == 10
	assert label.replace("\u200b", "") == "执法一中队"


def test_latin_letters_and_digits_count_once():
	assert axis_label("G318 养护") == "G318 养\u200b护\u200b"
	assert axis_label(None) == ""
	assert axis_label(2026) == "2026"


def test_a_chart_without_labels_is_none_and_with_labels_carries_them_widened():
	assert bar_chart([], [("事项数", [])]) is None
	chart = bar_chart(["办公室"], [("事项数", [3])], ["#5e64ff"])
	assert chart["data"]["labels"] == [axis_label("办公室")]
	assert chart["data"]["datasets"] == [{"name": "事项数", "values": [3]}]
	assert chart["colors"] == ["#5e64ff"]
