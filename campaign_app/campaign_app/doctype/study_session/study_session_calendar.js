frappe.views.calendar["Study Session"] = {
	field_map: { start: "start_date", end: "end_date", id: "name", title: "title", allDay: "allDay" },
	gantt: false,
	get_events_method: "frappe.desk.calendar.get_events",
	// FullCalendar knows Chinese as zh-cn; Frappe passes the desk's "zh", which it does not know
	options: { locale: frappe.boot.lang === "zh" ? "zh-cn" : frappe.boot.lang },
};
