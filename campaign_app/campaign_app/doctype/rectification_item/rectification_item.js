// Copyright (c) 2026, campaign_app developers and contributors
// For license information, please see license.txt

frappe.ui.form.on("Rectification Item", {
	setup(frm) {
		// the cadres of the responsible unit and the units below it, once a unit is chosen
		frm.set_query("responsible_cadre", () => ({
			filters: frm.doc.unit
				? { is_active: 1, unit: ["descendants of (inclusive)", frm.doc.unit] }
				: { is_active: 1 },
		}));
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
		const [text, color] = frm.doc.stage === "Closed" ? closed_headline(frm.doc) : lights[frm.doc.light] || lights.Green;
		frm.dashboard.set_headline_alert(text, color);
		show_intro(frm);
		add_deadline_buttons(frm);
	},
	async before_workflow_action(frm) {
		await campaign_app.ask_return_reason(frm);
		await ask_closeout_material(frm);
	},
});

// A closed item tells whether it was closed on time, not "on track"
function closed_headline(doc) {
	const late = doc.closed_on && doc.deadline ? frappe.datetime.get_diff(doc.closed_on, doc.deadline) : 0;
	if (late > 0) return [__("Closed {0} days after the deadline", [late]), "orange"];
	return [__("Closed on Time"), "green"];
}

// Above the form: why the item came back, or why the desk offers this user no approval (the server's
// words, from the form's __onload)
function show_intro(frm) {
	const onload = frm.doc.__onload || {};
	if (onload.returned_reason) {
		frm.set_intro(__("Returned: {0}", [frappe.utils.escape_html(onload.returned_reason)]), "red");
	} else if (onload.second_person) {
		frm.set_intro(frappe.utils.escape_html(onload.second_person), "blue");
	}
}

// 申请销号 asks for what it needs (the summary and an evidence file) in a dialog, as 退回 asks for a
// reason; the file is attached to the item without saving it first. The server checks both again.
function ask_closeout_material(frm) {
	const workflow = frappe.workflow.workflows[frm.doctype];
	const transition = (workflow?.transitions || []).find(
		(t) => t.state === frm.doc.workflow_state && t.action === frm.selected_workflow_action
	);
	if (!transition || campaign_app.stage_of(frm.doctype, transition.next_state) !== "Close Requested") return;
	if ((frm.doc.closeout_summary || "").trim() && frm.doc.closeout_evidence) return;
	frappe.dom.unfreeze();
	return new Promise((resolve, reject) => {
		let given = false;
		const dialog = new frappe.ui.Dialog({
			title: __(frm.selected_workflow_action),
			fields: [
				{
					fieldname: "closeout_summary",
					fieldtype: "Small Text",
					label: __("Close-out Summary", null, "Rectification Item"),
					default: frm.doc.closeout_summary,
					reqd: 1,
				},
				{
					fieldname: "closeout_evidence",
					fieldtype: "Attach",
					label: __("Close-out Evidence", null, "Rectification Item"),
					default: frm.doc.closeout_evidence,
					options: { doctype: frm.doctype, docname: frm.docname, fieldname: "closeout_evidence" },
					reqd: 1,
				},
			],
			primary_action_label: __(frm.selected_workflow_action),
			async primary_action(values) {
				given = true;
				dialog.hide();
				try {
					await frm.set_value(values);
					await frm.save();
				} catch (error) {
					reject(error);
					return;
				}
				frappe.dom.freeze(); // balanced by Frappe's unfreeze once the action is applied
				resolve();
			},
		});
		dialog.onhide = () => setTimeout(() => given || reject(), 0);
		dialog.show();
	});
}

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
