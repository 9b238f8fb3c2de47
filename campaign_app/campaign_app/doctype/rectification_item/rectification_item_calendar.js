frappe.views.calendar["Rectification Item"] = {
	field_map: { start: "deadline", end: "deadline", id: "name", title: "measure", allDay: "allDay" },
	get_events_method: "frappe.desk.calendar.get_events",
};
