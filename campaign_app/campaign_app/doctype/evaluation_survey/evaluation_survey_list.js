// The survey's status as a coloured indicator, with the survey's own wording (评议中, not 打开).

frappe.listview_settings["Evaluation Survey"] = {
	add_fields: ["status"],
	get_indicator(doc) {
		const colors = { Draft: "gray", Open: "green", Closed: "blue" };
		return [__(doc.status, null, "Evaluation Survey"), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
