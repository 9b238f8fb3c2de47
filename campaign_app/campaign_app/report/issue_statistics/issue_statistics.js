// Counts of problems by a chosen dimension, scoped on the server to the user's units.

frappe.query_reports["Issue Statistics"] = {
	filters: [
		{
			fieldname: "group_by",
			label: __("Statistics Dimension"),
			fieldtype: "Select",
			options: [
				{ value: "area", label: __("Area", null, "Campaign Issue") },
				{ value: "source", label: __("Source", null, "Campaign Issue") },
				{ value: "level", label: __("Issue Level") },
				{ value: "theme", label: __("Special Theme") },
			],
			default: "area",
			reqd: 1,
		},
		{
			fieldname: "campaign",
			label: __("Campaign", null, "Campaign Issue"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
		{
			fieldname: "unit",
			label: __("Unit"),
			fieldtype: "Link",
			options: "Campaign Unit",
			description: __("The unit and every unit below it"),
		},
	],
};
