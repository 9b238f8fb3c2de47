// 考核排名: units or cadres ranked by weighted total, scoped on the server to the user's units.

frappe.query_reports["Appraisal Ranking"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
		{
			fieldname: "target_type",
			label: __("Appraisee Type"),
			fieldtype: "Select",
			options: [
				{ value: "Unit", label: __("Unit") },
				{ value: "Cadre", label: __("Cadre") },
			],
			default: "Unit",
			reqd: 1,
		},
		{ fieldname: "appraisal_round", label: __("Appraisal Round"), fieldtype: "Link", options: "Campaign Appraisal Round" },
		{ fieldname: "period", label: __("Period"), fieldtype: "Data" },
		{
			fieldname: "unit",
			label: __("Unit and Below"),
			fieldtype: "Link",
			options: "Campaign Unit",
			description: __("The unit and every unit below it"),
		},
		{ fieldname: "approved_only", label: __("Approved Only"), fieldtype: "Check" },
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "rank" && data && data.rank <= 3) value = `<b>${value}</b>`;
		return value;
	},
};
