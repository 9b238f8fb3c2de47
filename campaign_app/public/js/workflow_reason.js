// Loaded with the forms of Rectification Item and Campaign Appraisal (hooks.py doctype_js).
// A workflow action that needs a reason asks for it in a dialog first; the server requires it too.
// Which actions need one is told by stage, the states' stable meaning (the form's __onload.reason_stages:
// [from stage, to stage] pairs), so it holds when an administrator renames a state or an action.

frappe.provide("campaign_app");

campaign_app.stage_of = (doctype, state) => {
	frappe.workflow.setup(doctype);
	const workflow = frappe.workflow.workflows[doctype];
	const row = (workflow?.states || []).find((s) => s.state === state && s.update_field === "stage");
	return row?.update_value;
};

campaign_app.needs_reason = (frm, action) => {
	const workflow = frappe.workflow.workflows[frm.doctype];
	const transition = (workflow?.transitions || []).find(
		(t) => t.state === frm.doc.workflow_state && t.action === action
	);
	if (!transition) return false;
	const pair = [frm.doc.stage, campaign_app.stage_of(frm.doctype, transition.next_state)];
	const pairs = frm.doc.__onload?.reason_stages || [];
	return pairs.some(([from, to]) => from === pair[0] && to === pair[1]);
};

campaign_app.ask_return_reason = (frm) => {
	const action = frm.selected_workflow_action;
	if (!campaign_app.needs_reason(frm, action) || (frm.doc.return_reason || "").trim()) return;
	// Frappe freezes the screen before this event; the dialog needs it unfrozen to be typed in
	frappe.dom.unfreeze();
	return new Promise((resolve, reject) => {
		let given = false;
		const dialog = frappe.prompt(
			{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason for Return or Reopening"), reqd: 1 },
			async ({ reason }) => {
				given = true;
				await frm.set_value("return_reason", reason);
				await frm.save();
				frappe.dom.freeze(); // balanced by Frappe's unfreeze once the action is applied
				resolve();
			},
			__(action)
		);
		// closing the dialog without a reason cancels the action; the prompt hides itself before it
		// calls back with the reason, so look once the callback has had its turn
		dialog.onhide = () => setTimeout(() => given || reject(), 0);
	});
};
