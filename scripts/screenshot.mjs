// Screenshots of the desk as a user sees it, with Debian's chromium and playwright-core from npm:
//   NODE_PATH=/path/to/node_modules node scripts/screenshot.mjs BASE_URL USER PASSWORD OUT_DIR PATH...
// e.g. node scripts/screenshot.mjs http://127.0.0.1:8000 chenjing@jtj.example.cn PW /tmp/shots \
//        /app/study-education /app/campaign-unit/view/tree
// USER "-" looks as a guest (no login), e.g. at the public evaluation form /evaluation/EVS-00001.
// FULL_PAGE=1 takes the whole page, not only the window; VIEWPORT=WxH sets the window (default 1440x900).
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const [base, user, password, outDir, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
	args: [
		"--no-sandbox",
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
	],
});
const [width, height] = (process.env.VIEWPORT || "1440x900").split("x").map(Number);
const page = await browser.newPage({ viewport: { width, height }, locale: "zh-CN" });
page.on("response", (r) => {
	if (r.status() >= 400) console.error(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
});
if (user !== "-") {
	const login = await page.request.post(`${base}/api/method/login`, { form: { usr: user, pwd: password } });
	if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
}
for (const p of paths) {
	await page.goto(base + p, { waitUntil: "load" });
	// a page that keeps polling (the print preview) never goes quiet: the wait below is enough for it
	await page.waitForLoadState("networkidle", { timeout: 15000 }).catch(() => {});
	await page.waitForTimeout(Number(process.env.WAIT || 1500));
	const file = path.join(outDir, p.replace(/^\/+/, "").replace(/[^\w.-]+/g, "_") + ".png");
	await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === "1" });
	console.log(file);
}
await browser.close();
