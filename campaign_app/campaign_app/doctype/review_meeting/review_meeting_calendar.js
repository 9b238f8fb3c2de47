frappe.views.calendar["Review Meeting"] = {
	field_map: { start: "meeting_date", end: "meeting_date", id: "name", title: "title", allDay: "allDay" },
	gantt: false,
	get_events_method: "frappe.desk.calendar.get_events",
	// FullCalendar knows Chinese as zh-cn; Frappe passes the desk's "zh", which it does not know
	options: { locale: frappe.boot.lang === "zh" ? "zh-cn" : frappe.boot.lang },
};
