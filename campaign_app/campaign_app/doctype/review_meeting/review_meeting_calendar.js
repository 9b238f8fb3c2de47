frappe.views.calendar["Review Meeting"] = {
	field_map: { start: "meeting_date", end: "meeting_date", id: "name", title: "title", allDay: "allDay" },
	gantt: false,
	get_events_method: "frappe.desk.calendar.get_events",
};
