// 按专项整改统计 (FIX-9): each other programme with its problems and items (tagged on the item or on its
// problem), closed, overdue and the completion rate; scoped on the server to the user's units.

frappe.query_reports["Programme Summary"] = {
	filters: [
		{
			fieldname: "campaign",
			label: __("Study Campaign"),
			fieldtype: "Link",
			options: "Study Campaign",
			default: frappe.defaults.get_default("study_campaign"),
		},
	],
};
