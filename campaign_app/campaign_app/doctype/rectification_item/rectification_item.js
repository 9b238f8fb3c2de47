// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Rectification Item", {
	setup(frm) {
		frm.set_query("responsible_cadre", () => ({ filters: { is_active: 1 } }));
		frm.set_query("leader_in_charge", () => ({
			filters: { is_active: 1, level: ["in", ["Leadership Member", "Principal Leader"]] },
		}));
	},
	refresh(frm) {
		// the light shows as a coloured headline; the raw field stays for lists, filters and reports
		frm.toggle_display("light", false);
		if (frm.is_new()) return;
		const lights = {
			Red: [__("Red light: the item is overdue and not closed"), "red"],
			Yellow: [__("Yellow light: the deadline is near or progress is behind pace"), "yellow"],
			Green: [__("Green light: on track"), "green"],
		};
		const [text, color] = lights[frm.doc.light] || lights.Green;
		frm.dashboard.set_headline_alert(text, color);
		add_deadline_buttons(frm);
	},
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm);
	},
});

// A pending deadline change: the leader in charge or the office approves or rejects it (the server checks)
function add_deadline_buttons(frm) {
	const doc = frm.doc;
	const deciders = frappe.user.has_role("Campaign Manager") || doc.leader_user === frappe.session.user;
	if (!doc.requested_deadline || !deciders || doc.deadline_requested_by === frappe.session.user) return;
	const decide = (approve, reason) =>
		frappe
			.call({
				method: "campaign_app.api.rectification.decide_deadline_change",
				args: { item: doc.name, approve: approve ? 1 : 0, reason },
			})
			.then(() => frm.reload_doc());
	frm.add_custom_button(__("Approve Deadline Change"), () => decide(true), __("Deadline"));
	frm.add_custom_button(
		__("Reject Deadline Change"),
		() =>
			frappe.prompt(
				{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason"), reqd: 1 },
				(values) => decide(false, values.reason),
				__("Reject Deadline Change")
			),
		__("Deadline")
	);
}
