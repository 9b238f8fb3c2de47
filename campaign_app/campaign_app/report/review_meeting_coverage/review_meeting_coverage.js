// 民主生活会/组织生活会召开情况: each unit that must hold the kind of meeting, held, planned or not (red);
// scoped on the server to the user's units.

frappe.query_reports["Review Meeting Coverage"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Study Campaign"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
			// not required: Frappe checks a required link filter before it has shown its title and then
			// says "set the filters"; the server takes the current campaign when none is given
		},
		{
			fieldname: "meeting_type",
			label: __("Meeting Type"),
			fieldtype: "Select",
			options: [
				{ value: "Democratic Life Meeting", label: __("Democratic Life Meeting") },
				{ value: "Organisational Life Meeting", label: __("Organisational Life Meeting") },
			],
			default: "Democratic Life Meeting",
			reqd: 1,
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (data && column.fieldname === "standing") {
			const colour = { held: "green", planned: "orange", missing: "red" }[data.standing_key];
			value = `<span class="indicator-pill ${colour}">${value}</span>`;
		}
		return value;
	},
};
