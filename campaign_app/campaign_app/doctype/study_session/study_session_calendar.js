frappe.views.calendar["Study Session"] = {
	field_map: { start: "start_date", end: "end_date", id: "name", title: "title", allDay: "allDay" },
	gantt: false,
	get_events_method: "frappe.desk.calendar.get_events",
};
