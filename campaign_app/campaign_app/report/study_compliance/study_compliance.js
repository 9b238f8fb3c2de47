// 学习落实情况: each rule of the study forms per unit and period, each leader's party lecture, each
// cadre's attendance; scoped on the server to the user's units.

frappe.query_reports["Study Compliance"] = {
	filters: [
		{
			fieldname: "view",
			label: __("View"),
			fieldtype: "Select",
			options: [
				{ value: "rules", label: __("Sessions Held against the Rules") },
				{ value: "lectures", label: __("Party Lectures by Leaders") },
				{ value: "attendance", label: __("Attendance by Cadre") },
				{ value: "outputs", label: __("Study Outputs Still Owed") },
				{ value: "tests", label: __("Test Pass Rates by Unit") },
			],
			default: "rules",
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
		if (data && data.short && ["held", "given", "owed"].includes(column.fieldname)) {
			value = `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
