// 意见建议办理情况: feedback received, answered, on time and overdue, and the citizens' ratings, by
// channel or by unit; scoped on the server to the user's units.

frappe.query_reports["Feedback Handling"] = {
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
			fieldname: "group_by",
			label: __("Group By"),
			fieldtype: "Select",
			options: [
				{ value: "channel", label: __("Channel") },
				{ value: "unit", label: __("Target Unit") },
			],
			default: "channel",
			reqd: 1,
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (data && column.fieldname === "overdue" && data.overdue) {
			value = `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
