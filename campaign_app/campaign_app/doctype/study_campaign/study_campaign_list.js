frappe.listview_settings["Study Campaign"] = {
	get_indicator(doc) {
		const colors = { Planned: "orange", "In Progress": "blue", Completed: "green" };
		return [__(doc.status), colors[doc.status] || "gray", "status,=," + doc.status];
	},
};
