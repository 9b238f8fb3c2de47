// Included in every desk page (hooks.py app_include_js). What a screen reader says and a pointer's hover
// shows, in the user's language where Frappe leaves it in English or as stored:
// - the list's hover titles: the first column's name (Frappe passes it untranslated), a choice's value
//   ("类型: Long-term"), and a workflow document's state (Frappe titles any draft "Document is in draft
//   state", whatever state it is in);
// - the report table's filter boxes ("Filter based on …", fixed in Frappe's table library);
// - the announcements of the search and link boxes ("Begin typing for results.", "3 results found"),
//   fixed in the autocomplete library Frappe bundles more than once;
// - the filter button, the calendar's arrows, the empty table's picture and the timeline's badges.

frappe.provide("campaign_app");

const ListView = frappe.views.ListView.prototype;

const frappe_header_html = ListView.get_header_html;
ListView.get_header_html = function () {
	const html = frappe_header_html.call(this);
	const label = this.columns?.[0]?.df?.label;
	if (!html || !label) return html;
	return html.replace(__("Click to sort by {0}", [label]), __("Click to sort by {0}", [__(label)]));
};

const frappe_column_html = ListView.get_column_html;
ListView.get_column_html = function (col, doc) {
	const html = frappe_column_html.call(this, col, doc);
	const value = col.df?.fieldtype === "Select" && doc[col.df.fieldname];
	if (!value) return html;
	const escape = frappe.utils.escape_html;
	return html.replace(`: ${escape(value)}"`, `: ${escape(__(value, null, col.df.parent))}"`);
};

const frappe_indicator_html = ListView.get_indicator_html;
ListView.get_indicator_html = function (doc, show_workflow_state) {
	const html = frappe_indicator_html.call(this, doc, show_workflow_state);
	const state = frappe.workflow.get_state_fieldname(this.doctype);
	if (!html || doc.docstatus || !state || !doc[state]) return html;
	const title = frappe.utils.escape_html(__(doc[state]));
	return html.replace(`title='${__("Document is in draft state")}'`, `title='${title}'`);
};

// The table library of query reports comes with the report's own bundle, which sets window.DataTable
// when it loads: each class set there gets its filter boxes' titles translated
const translate_filter_titles = (DataTable) => {
	const frappe_initialize = DataTable?.prototype?.initializeComponents;
	if (!frappe_initialize || DataTable.prototype.campaign_app_titles) return;
	DataTable.prototype.campaign_app_titles = true;
	DataTable.prototype.initializeComponents = function () {
		frappe_initialize.call(this);
		const rows = Object.getPrototypeOf(this.rowmanager);
		if (rows.campaign_app_titles) return;
		rows.campaign_app_titles = true;
		const frappe_filter_input = rows.getFilterInput;
		rows.getFilterInput = function (props) {
			return frappe_filter_input
				.call(this, props)
				.replace(/title="Filter based on ([^"]*)"/, (_match, name) => `title="${__("Filter based on {0}", [name])}"`);
		};
	};
};
campaign_app.patch_class(window, "DataTable", translate_filter_titles);
translate_filter_titles(frappe.DataTable); // the desk's own copy, for the desk's other tables

// The autocomplete's live region: its sentences are replaced as the library writes them
const ANNOUNCEMENTS = [
	[/^Begin typing for results\.$/, () => __("Begin typing for results.")],
	[/^Type (\d+) or more characters for results\.$/, (n) => __("Type {0} or more characters for results.", [n])],
	[/^No results found$/, () => __("No results found")],
	[/^(\d+) results found$/, (n) => __("{0} results found", [n])],
	[/^(.*), list item (\d+) of (\d+)$/s, (item, i, n) => __("{0}, item {1} of {2}", [item, i, n])],
];
campaign_app.announce = (status) => {
	const text = status.textContent;
	for (const [pattern, say] of ANNOUNCEMENTS) {
		const match = text.match(pattern);
		if (match) {
			const translated = say(...match.slice(1));
			if (translated !== text) status.textContent = translated;
			return;
		}
	}
};
// Elements fixed as they are added to the page, found by a class (a cheap test on each addition): the
// autocomplete's announcements, as the library writes them; the pictures of an empty table, list or
// report, which only decorate the words beside them (Frappe gives them the texts "Grid Empty State",
// "Generic Empty State")
const STATUS = ".awesomplete > [role='status']";
const ADDED = [
	["awesomplete", STATUS, campaign_app.announce],
	["grid-empty-illustration", "img.grid-empty-illustration", (img) => img.setAttribute("alt", "")],
	["null-state", "img.null-state", (img) => img.setAttribute("alt", "")],
];
const fix_added = (node) => {
	for (const [css_class, selector, fix] of ADDED) {
		if (node.matches(selector)) fix(node);
		else if (node.getElementsByClassName(css_class).length) node.querySelectorAll(selector).forEach(fix);
	}
};
new MutationObserver((mutations) => {
	for (const { target, addedNodes } of mutations) {
		if (target.matches?.(STATUS)) campaign_app.announce(target);
		for (const node of addedNodes) if (node.nodeType === 1) fix_added(node);
	}
}).observe(document.documentElement, { childList: true, subtree: true });

// The filter button's title ("2 Filters Applied", written in English by Frappe)
const frappe_filter_button = frappe.ui.FilterGroup.prototype.update_filter_button;
frappe.ui.FilterGroup.prototype.update_filter_button = function () {
	frappe_filter_button.call(this);
	this.filter_button?.attr("title", __("{0} filters applied", [this.filters.length]));
};

// The calendar's arrows, which its library labels "prev" and "next" for screen readers
const frappe_calendar_css = frappe.views.Calendar.prototype.set_css;
frappe.views.Calendar.prototype.set_css = function () {
	frappe_calendar_css.call(this);
	this.$wrapper.find(".fc-prev-button").attr("aria-label", __("Previous"));
	this.$wrapper.find(".fc-next-button").attr("aria-label", __("Next"));
};

// The form timeline's badges: Frappe titles each by its icon's name ("EsLineAttachment") or in English
const BADGES = {
	notification: "Notification",
	branch: "Workflow",
	milestone: "Milestone",
	mail: "Email",
	call: "Phone",
	calendar: "Meeting",
	"dot-horizontal": "Other",
	"es-line-attachment": "Attachment",
	"es-line-delete": "Deleted",
	"es-line-chat-alt": "Comment",
	"es-line-like": "Like",
};
const frappe_make_timeline = frappe.ui.form.Footer.prototype.make_timeline;
frappe.ui.form.Footer.prototype.make_timeline = function () {
	frappe_make_timeline.call(this);
	const timeline = Object.getPrototypeOf(this.frm.timeline);
	if (timeline.campaign_app_badges) return;
	timeline.campaign_app_badges = true;
	const frappe_timeline_item = timeline.get_timeline_item;
	timeline.get_timeline_item = function (item) {
		if (item?.icon) item.title = __(BADGES[item.icon] || item.title || "Activity", null, "Timeline badge");
		return frappe_timeline_item.call(this, item);
	};
};
