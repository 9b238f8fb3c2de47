// Several feedbacks of one unit merged into one problem, from the list's selection
// (campaign_app.feedback_to_issue: public/js/feedback_issue.js)
frappe.listview_settings["Public Feedback"] = {
	onload(listview) {
		listview.page.add_actions_menu_item(__("Merge into One Problem"), () => {
			const names = listview.get_checked_items(true);
			if (!names.length) return frappe.msgprint(__("Choose the feedback to turn into a problem"));
			frappe.db.get_value("Public Feedback", names[0], ["summary", "area"]).then((r) =>
				campaign_app.feedback_to_issue(names, { title: r.message.summary, area: r.message.area }, () =>
					listview.refresh()
				)
			);
		});
	},
};
