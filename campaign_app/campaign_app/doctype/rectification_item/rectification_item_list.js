const LIGHT_COLORS = { Green: "green", Yellow: "yellow", Red: "red" };

// The board's columns keep one width: Frappe's grow to share the screen, and a column of long measures
// took most of it
if (!document.getElementById("rectification-board-style")) {
	$(`<style id="rectification-board-style">
		body[data-route^="List/Rectification Item/Kanban"] .kanban .kanban-column { flex: 0 0 280px; max-width: 280px; }
	</style>`).appendTo("head");
}

frappe.listview_settings["Rectification Item"] = {
	// progress and light are on the cards of the kanban board, which fetches only the list's fields
	add_fields: ["light", "workflow_state", "stage", "deadline", "closed_on", "progress"],
	has_indicator_for_draft: true,
	get_indicator(doc) {
		// a closed item's light says nothing more: show whether it closed on time
		if (doc.stage === "Closed") {
			const late = doc.closed_on && doc.deadline && doc.closed_on > doc.deadline;
			return late
				? [__("Closed Late"), "orange", "stage,=,Closed"]
				: [__("Closed on Time"), "green", "stage,=,Closed"];
		}
		return [__(doc.light, null, "Rectification Item"), LIGHT_COLORS[doc.light] || "gray", "light,=," + doc.light];
	},
	// at phone size Frappe shows a row's title only: each row gets a line with its light and deadline,
	// shown by desk.css below 768 px
	refresh(listview) {
		listview.$result.find(".campaign-phone-meta").remove();
		listview.$result.find(".list-row-container").each((i, row) => {
			const doc = listview.data[i];
			if (!doc) return;
			const parts = [];
			if (doc.stage !== "Closed" && doc.light) {
				const label = frappe.utils.escape_html(__(doc.light, null, "Rectification Item"));
				parts.push(`<span class="indicator-pill ${LIGHT_COLORS[doc.light] || "gray"}">${label}</span>`);
			}
			if (doc.deadline) {
				parts.push(`<span>${__("Deadline")} ${frappe.datetime.str_to_user(doc.deadline)}</span>`);
			}
			if (parts.length) $(`<div class="campaign-phone-meta">${parts.join("")}</div>`).appendTo(row);
		});
	},
	formatters: {
		// the list's own Select column translates without context: Green would read 绿色, not 绿灯
		light(value) {
			if (!value) return "";
			const label = frappe.utils.escape_html(__(value, null, "Rectification Item"));
			return `<span class="filterable indicator-pill ${LIGHT_COLORS[value] || "gray"} ellipsis"
				data-filter="light,=,${frappe.utils.escape_html(value)}"><span class="ellipsis">${label}</span></span>`;
		},
	},
};
