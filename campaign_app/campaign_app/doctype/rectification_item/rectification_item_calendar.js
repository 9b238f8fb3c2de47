frappe.views.calendar["Rectification Item"] = {
	field_map: { start: "deadline", end: "deadline", id: "name", title: "measure", allDay: "allDay" },
	get_events_method: "frappe.desk.calendar.get_events",
	// FullCalendar knows Chinese as zh-cn; Frappe passes the desk's "zh", which it does not know
	options: { locale: frappe.boot.lang === "zh" ? "zh-cn" : frappe.boot.lang },
};
