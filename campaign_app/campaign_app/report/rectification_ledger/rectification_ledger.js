// The four lists: one row per rectification item, scoped on the server to the user's units.

frappe.query_reports["Rectification Ledger"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
		{
			// 一人一账 / 一班一账: the user's own items, or their unit's and the units' below
			fieldname: "own",
			label: __("Whose Ledger"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Mine", label: __("My Own Items") },
				{ value: "My Team", label: __("My Unit's Items") },
			],
		},
		{ fieldname: "programme", label: __("Other Programme"), fieldtype: "Link", options: "Rectification Programme" },
		{
			fieldname: "unit",
			label: __("Responsible Unit"),
			fieldtype: "Link",
			options: "Campaign Unit",
			description: __("The unit and every unit below it"),
		},
		{
			fieldname: "ledger",
			label: __("Ledger", null, "Rectification Item"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Person", label: __("Person", null, "Rectification Item") },
				{ value: "Team", label: __("Team", null, "Rectification Item") },
			],
		},
		{
			fieldname: "issue_level",
			label: __("Issue Level"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Leadership Team", label: __("Leadership Team") },
				{ value: "Leading Cadre", label: __("Leading Cadre") },
				{ value: "Individual", label: __("Individual") },
			],
		},
		{ fieldname: "theme", label: __("Special Theme"), fieldtype: "Link", options: "Campaign Theme" },
		{
			fieldname: "light",
			label: __("Light", null, "Rectification Item"),
			fieldtype: "Select",
			options: [
				{ value: "", label: "" },
				{ value: "Green", label: __("Green", null, "Rectification Item") },
				{ value: "Yellow", label: __("Yellow", null, "Rectification Item") },
				{ value: "Red", label: __("Red", null, "Rectification Item") },
			],
		},
		{
			// by stage, the state's stable meaning: the filter holds when an administrator renames a state
			fieldname: "stage",
			label: __("Workflow State"),
			fieldtype: "Select",
			options: [""].concat(
				["Draft", "Review", "Rectifying", "Close Requested", "Closed"].map((value) => ({
					value,
					label: __(value, null, "Rectification Item"),
				}))
			),
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "light" && data) {
			const colour = ["Green", "Yellow", "Red"].find((key) => __(key, null, "Rectification Item") === data.light);
			if (colour) {
				value = `<span class="indicator-pill ${colour.toLowerCase()}">${value}</span>`;
			}
		}
		return value;
	},
};
