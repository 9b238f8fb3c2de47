"""The reports' charts."""


def bar_chart(labels: list, datasets: list[tuple[str, list]], colors: list[str] | None = None) -> dict | None:
	"""A bar chart; datasets: (name, values) pairs. None without labels (the report shows no chart)."""
	if not labels:
		return None
	chart = {
		"data": {"labels": labels, "datasets": [{"name": n, "values": v} for n, v in datasets]},
		"type": "bar",
	}
	if colors:
		chart["colors"] = colors
	return chart
