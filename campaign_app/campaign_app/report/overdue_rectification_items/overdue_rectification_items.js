// Open rectification items past their deadline, scoped on the server to the user's units.

frappe.query_reports["Overdue Rectification Items"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
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
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "days_overdue" && data) {
			value = `<span class="text-danger">${value}</span>`;
		}
		return value;
	},
};
