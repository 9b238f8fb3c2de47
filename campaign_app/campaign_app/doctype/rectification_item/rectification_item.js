// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

const NEEDS_REASON = ["退回", "回头看"];

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
	},
	before_workflow_action(frm) {
		return campaign_app.ask_return_reason(frm, NEEDS_REASON);
	},
});
