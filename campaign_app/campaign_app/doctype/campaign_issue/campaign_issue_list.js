// A problem's status in colour: red before any item is under way, orange while its items are being
// rectified, green once all are closed. Keyed on the stored value, not on its label.
const ISSUE_COLORS = { "Not Rectified": "red", "In Rectification": "orange", Rectified: "green" };

frappe.listview_settings["Campaign Issue"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		return [__(doc.status), ISSUE_COLORS[doc.status] || "gray", "status,=," + doc.status];
	},
};
