// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

// A participant's material is one of their own study outputs; the team's, one of the unit's
frappe.ui.form.on("Review Meeting", {
	setup(frm) {
		frm.set_query("material", "participants", (doc, cdt, cdn) => ({
			filters: { cadre: locals[cdt][cdn].cadre || "", campaign: doc.campaign || "" },
		}));
		frm.set_query("team_material", (doc) => ({
			filters: { unit: doc.unit || "", campaign: doc.campaign || "" },
		}));
	},
	refresh(frm) {
		if (frm.is_new() || frm.doc.status === "Held" || !frm.perm[0]?.write) return;
		frm.add_custom_button(__("Mark as Held"), () => {
			frm.set_value("status", "Held");
			frm.save().catch(() => frm.reload_doc());
		});
	},
});
