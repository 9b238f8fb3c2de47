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
		{ fieldname: "campaign", label: __("Study Campaign"), fieldtype: "Link", options: "Study Campaign", reqd: 1 },
	],
	onload(report) {
		// the latest campaign in progress (else the latest), so the report opens with figures
		if (report.get_filter_value("campaign")) return;
		const latest = (filters) =>
			frappe.db.get_list("Study Campaign", { filters, fields: ["name"], order_by: "start_date desc", limit: 1 });
		latest({ status: "In Progress" })
			.then((r) => (r.length ? r : latest({})))
			.then((r) => r.length && report.set_filter_value("campaign", r[0].name));
	},
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		if (data && data.short && ["held", "given", "owed"].includes(column.fieldname)) {
			value = `<span class="indicator-pill red">${value}</span>`;
		}
		return value;
	},
};
