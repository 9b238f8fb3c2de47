// 民生实事进展: each project's progress, milestones and light; each leader's projects (red: leads none).
// Scoped on the server to the user's units.

frappe.query_reports["Livelihood Progress"] = {
	filters: [
		{
			fieldname: "view",
			label: __("View"),
			fieldtype: "Select",
			options: [
				{ value: "projects", label: __("Projects") },
				{ value: "leaders", label: __("Projects by Leader") },
			],
			default: "projects",
			reqd: 1,
		},
		{
			fieldname: "campaign",
			label: __("Study Campaign"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
			// not required: Frappe checks a required link filter before it has shown its title and then
			// says "set the filters"; the server takes the current campaign when none is given
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (!data) return value;
		if (column.fieldname === "light_label") {
			const colour = { Green: "green", Yellow: "yellow", Red: "red" }[data.light];
			value = `<span class="indicator-pill ${colour}">${value}</span>`;
		}
		if (column.fieldname === "led" && !data.led) value = `<span class="indicator-pill red">${value}</span>`;
		return value;
	},
};
