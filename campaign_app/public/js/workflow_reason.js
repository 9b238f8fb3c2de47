// Loaded with the forms of Rectification Item and Campaign Appraisal (hooks.py doctype_js).
// A workflow action that needs a reason asks for it in a dialog first; the server requires it too.

frappe.provide("campaign_app");

campaign_app.ask_return_reason = (frm, actions) => {
	const action = frm.selected_workflow_action;
	if (!actions.includes(action) || (frm.doc.return_reason || "").trim()) return;
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
