// 满意度统计: public evaluation answers by unit, respondent type or question, scoped to the user's units.

frappe.query_reports["Satisfaction Statistics"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Rectification Item"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
		{ fieldname: "survey", label: __("Survey"), fieldtype: "Link", options: "Evaluation Survey" },
		{
			fieldname: "group_by",
			label: __("Group By"),
			fieldtype: "Select",
			options: [
				{ value: "Unit", label: __("Unit") },
				{ value: "Respondent Type", label: __("Respondent Type") },
				{ value: "Question", label: __("Question") },
			],
			default: "Unit",
			reqd: 1,
		},
		{
			fieldname: "unit",
			label: __("Unit"),
			fieldtype: "Link",
			options: "Campaign Unit",
			description: __("The unit and every unit below it"),
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (column.fieldname === "dissatisfied_share" && data && data.over_threshold) {
			value = `<span style="color: var(--red-600)">${value}</span>`;
		}
		return value;
	},
};
