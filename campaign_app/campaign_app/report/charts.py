"""The reports' charts."""

import unicodedata

# Frappe's chart library spaces the x-axis labels it shows by their number of characters, taken as seven
# pixels each; a Chinese character is about twice as wide, and names of units overlap. A zero-width space
# after each wide character makes the library count it twice; nothing is seen of it.
WIDE = ("W", "F")
ZERO_WIDTH_SPACE = "\u200b"


def bar_chart(labels: list, datasets: list[tuple[str, list]], colors: list[str] | None = None) -> dict | None:
	"""A bar chart; datasets: (name, values) pairs. None without labels (the report shows no chart)."""
	if not labels:
		return None
	chart = {
		"data": {
			"labels": [axis_label(label) for label in labels],
			"datasets": [{"name": n, "values": v} for n, v in datasets],
		},
		"type": "bar",
	}
	if colors:
		chart["colors"] = colors
	return chart


def axis_label(label) -> str:
	"""The label as wide as it is seen, for the chart library's spacing (see WIDE)."""
	text = "" if label is None else str(label)
	return "".join(
		char + ZERO_WIDTH_SPACE if unicodedata.east_asian_width(char) in WIDE else char for char in text
	)
