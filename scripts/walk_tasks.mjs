// The main tasks of each role, done in the desk as a person would (clicks, dialogs, uploads), for
// scripts/walkthrough.mjs. Each task calls check(label) on every screen it passes, and throws when the
// task cannot be finished; the server's record is read back over REST as the same user.
import path from "node:path";

const DOMAIN = "jtj.example.cn";
const STAFF = `shenguo@${DOMAIN}`;
const HEAD = `gaofeng@${DOMAIN}`;
const LEADER = `lihongmei@${DOMAIN}`;
const OFFICE = `chenjing@${DOMAIN}`;
const shared = {}; // what one role's task leaves for another's (the open survey)

async function list(page, base, doctype, filters, fields = ["name"], extra = {}) {
	const params = new URLSearchParams({
		filters: JSON.stringify(filters),
		fields: JSON.stringify(fields),
		limit_page_length: "20",
		...extra,
	});
	const r = await page.request.get(`${base}/api/resource/${encodeURIComponent(doctype)}?${params}`);
	if (!r.ok()) throw new Error(`cannot list ${doctype}: ${r.status()}`);
	return (await r.json()).data;
}

async function record(page, base, doctype, name) {
	const r = await page.request.get(`${base}/api/resource/${encodeURIComponent(doctype)}/${encodeURIComponent(name)}`);
	if (!r.ok()) throw new Error(`cannot read ${doctype} ${name}: ${r.status()}`);
	return (await r.json()).data;
}

async function until(what, test, seconds = 20) {
	for (let i = 0; i < seconds * 4; i++) {
		if (await test()) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`${what}: not seen within ${seconds} s`);
}

async function open(page, url) {
	await page.goto(url, { waitUntil: "load" });
	// a busy machine may keep the network from going quiet; the checks below wait for what they need
	await page.waitForLoadState("networkidle", { timeout: 20000 }).catch(() => {});
	await page.waitForTimeout(1500);
}

// A workflow action from the form's 操作 menu
async function action(page, label) {
	await page.locator(".page-actions .actions-btn-group > button:visible").click();
	await page.locator(".actions-btn-group .dropdown-menu.show .dropdown-item", { hasText: label }).first().click();
}

// Frappe's upload dialog, opened by an Attach control: pick a file from the device and upload it
async function upload(page, check, file, label) {
	const dialog = page.locator(".modal.show:has(.file-uploader)").last();
	await dialog.waitFor();
	await check(label);
	await dialog.locator('input[type="file"]').setInputFiles(file);
	await dialog.locator(".btn-modal-primary").click();
	await dialog.waitFor({ state: "hidden" });
}

async function save(page) {
	await page.keyboard.press("Control+s");
	await page.waitForResponse((r) => r.url().includes("frappe.desk.form.save.savedocs"));
	await page.waitForTimeout(1000);
}

async function staffReportsAndAsksToClose(page, check, { base, outDir }) {
	const photo = path.join(outDir, "整改现场照片.png");
	await page.screenshot({ path: photo, clip: { x: 0, y: 0, width: 320, height: 240 } });
	const [item] = await list(page, base, "Rectification Item", [
		["responsible_user", "=", STAFF],
		["stage", "=", "Rectifying"],
		["closeout_evidence", "is", "not set"],
	], ["name", "progress"]);
	if (!item) throw new Error("沈国 has no item in 整改中 without evidence");
	const before = (await record(page, base, "Rectification Item", item.name)).progress_reports.length;
	await open(page, `${base}/app/rectification-item/${item.name}`);
	await check("整改事项表单");

	// a progress report with a photo: the upload fills the row and leaves the item unsaved
	const grid = page.locator('.frappe-control[data-fieldname="progress_reports"]');
	await grid.locator(".grid-add-row").click();
	await grid.locator(".grid-body .grid-row").last().locator(".btn-open-row").click();
	const row = page.locator(".grid-row-open");
	await row.locator('[data-fieldname="percent"] input').fill(String(Math.min(100, (item.progress || 0) + 10)));
	await row.locator('[data-fieldname="work_done"] textarea').fill("完成辖区路段巡查，整改现场照片已上传");
	await row.locator('[data-fieldname="evidence"] button.btn-attach').click();
	await upload(page, check, photo, "上传照片对话框");
	await check("进度报告（已上传照片）");
	const unsaved = (await record(page, base, "Rectification Item", item.name)).progress_reports.length;
	if (unsaved !== before) throw new Error("uploading the photo saved the item before 保存");
	const collapse = row.locator(".grid-collapse-row:visible");
	if (await collapse.count()) await collapse.first().click();
	await save(page);
	const saved = await record(page, base, "Rectification Item", item.name);
	const last = saved.progress_reports[saved.progress_reports.length - 1];
	if (saved.progress_reports.length !== before + 1 || !last.evidence) {
		throw new Error("the progress report with its photo was not saved");
	}
	await check("进度报告已保存");

	// 申请销号 asks for the summary and the evidence in a dialog
	await action(page, "申请销号");
	const dialog = page.locator(".modal.show:has([data-fieldname='closeout_summary'])");
	await dialog.waitFor();
	await dialog.locator('[data-fieldname="closeout_summary"] textarea').fill("巡查台账已建立并按周运行，问题路段已修复");
	await dialog.locator('[data-fieldname="closeout_evidence"] button.btn-attach').click();
	await upload(page, check, photo, "上传佐证材料对话框");
	await check("申请销号对话框");
	await dialog.locator(".btn-modal-primary").click();
	await until("the item in 待销号", async () =>
		(await record(page, base, "Rectification Item", item.name)).stage === "Close Requested"
	);
	await page.waitForTimeout(1500);
	await check("已申请销号");
	shared.requested = item.name;
}

async function headFindsRedAndSilentUnits(page, check, { base }) {
	await open(page, `${base}/app/rectification-item?light=Red`);
	await check("下级单位红灯事项");
	const [red] = await list(page, base, "Rectification Item", [["light", "=", "Red"]]);
	if (!red) throw new Error("高峰 sees no red item");
	await open(page, `${base}/app/rectification-item/${red.name}`);
	if (!(await page.locator('[data-fieldname="last_report_on"]').count())) {
		throw new Error("the item shows no last report date");
	}
	await check("红灯事项（最近报告日期）");
	const [round] = await list(page, base, "Dispatch Round", [], ["name"], { order_by: "creation desc" });
	if (!round) throw new Error("高峰 sees no dispatch round");
	await open(page, `${base}/app/dispatch-round/${round.name}`);
	await check("定期调度（未报送单位）");
}

async function leaderVerifies(page, check, { base }) {
	await open(page, `${base}/app/rectification-item?leader_user=${encodeURIComponent(LEADER)}&stage=Close%20Requested`);
	await check("待我销号");
	const items = await list(page, base, "Rectification Item", [
		["leader_user", "=", LEADER],
		["stage", "=", "Close Requested"],
		["responsible_user", "!=", LEADER],
	], ["name", "closeout_requested_by"]);
	// the staff member's request of a moment ago when it is in this leader's charge, else another
	const item = items.find((i) => i.name === shared.requested) || items.find((i) => i.closeout_requested_by !== LEADER);
	if (!item) throw new Error("李红梅 has no close-out to verify");
	await open(page, `${base}/app/rectification-item/${item.name}`);
	await check("待销号事项");
	// the workflow's 帮助: the state, who may edit, the next actions and who takes them, all in Chinese
	await action(page, "帮助");
	const help = page.locator(".modal.show").last();
	await help.waitFor();
	await check("审批流程帮助");
	await help.locator(".btn-modal-close").click();
	await help.waitFor({ state: "hidden" });
	await action(page, "销号");
	await until("the item closed", async () =>
		(await record(page, base, "Rectification Item", item.name)).stage === "Closed"
	);
	await page.waitForTimeout(1500);
	await check("已销号");
}

const REPORTS = [
	"Rectification Ledger",
	"Rectification Progress by Unit",
	"Overdue Rectification Items",
	"Issue Statistics",
	"Appraisal Ranking",
	"Satisfaction Statistics",
	"Study Compliance",
	"Feedback Handling",
	"Livelihood Progress",
	"Programme Summary",
	"Review Meeting Coverage",
	"Deviation Warnings by Unit",
];

async function officeCreatesAnItemFromAProblem(page, check, { base }) {
	const [issue] = await list(page, base, "Campaign Issue", [
		["level", "=", "Individual"],
		["title", "not like", "z%"], // not a record the integration tests left on a development site
	], ["name", "unit", "cadre"]);
	await open(page, `${base}/app/campaign-issue/${issue.name}`);
	await check("问题表单");
	await page.locator('.inner-group-button[data-label="%E5%88%9B%E5%BB%BA"] button, .inner-group-button:has-text("创建") button').first().click();
	await page.locator(".inner-group-button .dropdown-menu.show .dropdown-item", { hasText: "整改事项" }).click();
	await page.waitForURL(/\/app\/rectification-item\/new/);
	await page.waitForTimeout(1500);
	const form = page.locator(".page-container:visible .form-layout");
	const unit = form.locator('.frappe-control[data-fieldname="unit"] input');
	await until("the problem's unit on the new item", async () => (await unit.inputValue()) !== "");
	await form.locator('.frappe-control[data-fieldname="measure"] textarea').fill("建立路段巡查台账并每周通报");
	const deadline = form.locator('.frappe-control[data-fieldname="deadline"] input');
	await deadline.fill("2026-12-31");
	await deadline.press("Escape");
	const leader = form.locator('.frappe-control[data-fieldname="leader_in_charge"] input');
	await leader.fill("李红梅");
	await page.getByRole("option", { name: /李红梅/ }).first().click();
	await until("the leader chosen", async () => (await leader.inputValue()) === "李红梅");
	await check("从问题新建整改事项");
	await save(page);
	await page.waitForURL(/\/app\/rectification-item\/RI-/);
	const name = decodeURIComponent(page.url().split("/").pop());
	const item = await record(page, base, "Rectification Item", name);
	if (item.issue !== issue.name || item.unit !== issue.unit || item.responsible_cadre !== issue.cadre) {
		throw new Error("the new item did not take the problem, its unit and cadre");
	}
	await check("新整改事项已保存");
	await open(page, `${base}/app/print/Rectification Item/${name}`);
	// the item's own print, 整改事项单, and the office's 整改销号审批表 chosen by its Chinese name
	const sheet = page.frameLocator(".print-preview-wrapper iframe, .print-format-gutter iframe").first();
	await sheet.locator("h1", { hasText: "整改事项单" }).waitFor();
	await check("打印预览");
	const format = page.locator('.print-preview-sidebar .frappe-control[data-fieldname="print_format"] input');
	await format.fill("整改销号");
	await page.getByRole("option", { name: /整改销号审批表/ }).first().click();
	await sheet.locator("h1", { hasText: "整改销号审批表" }).waitFor();
	const popup = page.waitForEvent("popup");
	await page.locator(".page-actions button:visible", { hasText: "PDF" }).first().click();
	const pdf = await popup;
	if (!decodeURIComponent(pdf.url()).includes("format=Rectification Close-out Form")) {
		throw new Error(`the PDF is not of the chosen format: ${pdf.url()}`);
	}
	const file = await page.request.get(pdf.url());
	if (!(file.headers()["content-type"] || "").includes("pdf")) throw new Error("no PDF came back");
	await pdf.close();
	await check("整改销号审批表预览");
}

async function officeRunsAndExportsTheReports(page, check, { base, at }) {
	for (const report of REPORTS) {
		at(report);
		await open(page, `${base}/app/query-report/${report}`);
		await check(`报表 ${report}`);
		// the chart names its bars in full (every few bars), not cut to a character and "..."
		const cut = await page.locator("svg.frappe-chart text").evaluateAll((texts) =>
			texts.map((t) => t.textContent).filter((t) => /\.\.\.?\s*$/.test(t))
		);
		if (cut.length) throw new Error(`chart names cut short: ${cut.join(", ")}`);
		await page.locator(".page-actions .menu-btn-group > button:visible").click();
		await page.locator(".menu-btn-group .dropdown-menu.show .dropdown-item", { hasText: "导出" }).first().click();
		const dialog = page.locator(".modal.show").last();
		await dialog.waitFor();
		await check(`导出 ${report}`);
		const download = page.waitForEvent("download", { timeout: 30000 });
		await dialog.locator(".btn-modal-primary").click();
		const file = await download;
		if (!/\.(xlsx|csv)$/.test(file.suggestedFilename())) throw new Error(`${report}: no spreadsheet`);
	}
	const [survey] = await list(page, base, "Evaluation Survey", [["status", "=", "Open"]]);
	shared.survey = survey?.name;
}

async function guestAnswersTheSurvey(page, check, { base }) {
	if (!shared.survey) throw new Error("no open survey found by the office");
	await open(page, `${base}/evaluation/${encodeURIComponent(shared.survey)}`);
	await check("评议问卷");
	await page.locator("#respondent_type").selectOption({ index: 1 });
	for (const box of await page.locator("[data-question]").all()) {
		await box.locator("input[type=radio]").first().check();
	}
	await page.locator("button[type=submit]").click();
	await page.locator("#evaluation-thanks").waitFor({ state: "visible" });
	await check("评议已提交");
}

// A link to an item of another unit: a page that says so, not a blank one
async function staffFollowsALinkOutOfScope(page, check, { base, expectRefusal }) {
	const mine = new Set((await list(page, base, "Rectification Item", [], ["name"], { limit_page_length: "500" })).map((i) => i.name));
	const year = new Date().getFullYear();
	let other = null;
	for (let n = 1; n <= 86 && !other; n++) {
		const name = `RI-${year}-${String(n).padStart(5, "0")}`;
		if (!mine.has(name)) other = name;
	}
	if (!other) throw new Error("沈国 sees every item");
	expectRefusal("frappe.desk.form.load.getdoc");
	await open(page, `${base}/app/rectification-item/${other}`);
	const shown = await page.evaluate(() => document.body.innerText);
	if (!shown.includes("没有权限")) throw new Error("the refused link leaves the page without a word");
	await check("越权链接");
}

async function staffAtPhoneSize(page, check, { base }) {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const [url, label] of [
		["/app/my-desk", "手机：我的工作台"],
		[`/app/rectification-item?responsible_user=${encodeURIComponent(STAFF)}`, "手机：我的事项"],
	]) {
		await open(page, base + url);
		await check(label);
	}
	if (shared.requested) {
		await open(page, `${base}/app/rectification-item/${shared.requested}`);
		await check("手机：事项表单");
	}
	await page.setViewportSize({ width: 1440, height: 900 });
}

export const TASKS = {
	[STAFF]: [
		["报告进度并申请销号", staffReportsAndAsksToClose],
		["越权链接", staffFollowsALinkOutOfScope],
		["手机尺寸", staffAtPhoneSize],
	],
	[HEAD]: [["查找红灯事项和未报送单位", headFindsRedAndSilentUnits]],
	[LEADER]: [["核验销号", leaderVerifies]],
	[OFFICE]: [
		["从问题创建整改事项并打印", officeCreatesAnItemFromAProblem],
		["运行并导出报表", officeRunsAndExportsTheReports],
	],
	"-": [["回答评议问卷", guestAnswersTheSurvey]],
};
