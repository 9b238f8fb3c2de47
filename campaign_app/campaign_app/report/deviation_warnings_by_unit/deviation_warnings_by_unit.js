// 偏差预警统计: open and closed warnings by unit and cause; scoped on the server to the user's units.

frappe.query_reports["Deviation Warnings by Unit"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Study Campaign"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (data && column.fieldname === "open" && data.open) value = `<span class="indicator-pill red">${value}</span>`;
		return value;
	},
};
