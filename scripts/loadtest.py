"""Load test client (#13): real users of the benchmark site, each logged in through /api/method/login,
work the desk's own requests concurrently for a fixed time against a running server (scripts/loadtest.sh
starts gunicorn): the list view (page and count), a form, the 整改进度 report, and, for staff, a
progress report with an uploaded photo saved as the desk saves a form. Localhost only.

Prints throughput, p50/p95/p99 per action, errors, and lost updates: every write the server accepted is
looked for afterwards, and one not found is lost.

	python scripts/loadtest.py BASE_URL SITE PEOPLE_JSON PASSWORD SECONDS
"""

import json
import re
import statistics
import sys
import threading
import time
import uuid
from urllib.parse import urlparse

import requests

ITEM = "Rectification Item"
LIST_FIELDS = json.dumps([f"`tab{ITEM}`.`{f}`" for f in ("name", "measure", "light", "deadline", "modified")])
PHOTO = bytes.fromhex(  # a 1×1 PNG: the upload is real, its size is not what is measured
	"89504e470d0a1a0a0000000d4948445200000001000000010806000000"
	"1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


class Client:
	def __init__(self, base: str, site: str, user: str, password: str):
		self.base, self.session = base, requests.Session()
		self.session.headers["X-Frappe-Site-Name"] = site
		r = self.session.post(f"{base}/api/method/login", data={"usr": user, "pwd": password}, timeout=60)
		r.raise_for_status()
		page = self.session.get(f"{base}/app", timeout=60).text
		token = re.search(r'csrf_token\s*=\s*"([^"]+)"', page)
		self.session.headers["X-Frappe-CSRF-Token"] = token.group(1) if token else ""

	def call(self, method: str, http: str = "post", **data):
		url = f"{self.base}/api/method/{method}"
		r = (
			self.session.post(url, data=data, timeout=120)
			if http == "post"
			else self.session.get(url, params=data, timeout=120)
		)
		r.raise_for_status()
		return r.json().get("message")

	def getdoc(self, name: str) -> dict:
		"""The form's load, as the desk asks it (Frappe answers in `docs`, not in `message`)."""
		r = self.session.get(
			f"{self.base}/api/method/frappe.desk.form.load.getdoc",
			params={"doctype": ITEM, "name": name},
			timeout=120,
		)
		r.raise_for_status()
		return r.json()["docs"][0]


def percentile(values: list[float], p: float) -> float:
	values = sorted(values)
	return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))] if values else 0.0


def work(client: Client, person: dict, until: float, stats: dict, accepted: list, lock: threading.Lock):
	names, step = [], 0
	while time.time() < until:
		action = ("list", "form", "report", "progress")[step % 4]
		step += 1
		if action == "progress" and not person["items"]:
			continue
		started = time.perf_counter()
		try:
			if action == "list":
				page = client.call(
					"frappe.desk.reportview.get",
					doctype=ITEM,
					fields=LIST_FIELDS,
					order_by=f"`tab{ITEM}`.`modified` desc",
					start=0,
					page_length=20,
					with_comment_count=1,
				)
				names = [row[0] for row in page.get("values", [])] if page else []
				client.call("frappe.desk.reportview.get_count", doctype=ITEM, filters="[]", limit=1001)
			elif action == "form":
				if names:
					client.getdoc(names[step % len(names)])
			elif action == "report":
				client.call(
					"frappe.desk.query_report.run", report_name="Rectification Progress by Unit", filters="{}"
				)
			else:
				marker = report_progress(client, person["items"][step % len(person["items"])])
				with lock:
					accepted.append((person["user"], marker))
			ok = True
		except Exception as e:  # counted and shown: an error is what this test is for
			ok = False
			with lock:
				stats.setdefault("error_samples", []).append(f"{person['user']} {action}: {str(e)[:160]}")
		with lock:
			stats.setdefault(action, {"times": [], "errors": 0})
			stats[action]["times" if ok else "errors"] += [time.perf_counter() - started] if ok else 1


def report_progress(client: Client, item: str) -> str:
	"""A progress report with a photo, as the desk does it: upload, then save the whole form."""
	upload = client.session.post(
		f"{client.base}/api/method/upload_file",
		data={"doctype": ITEM, "docname": item, "is_private": 1},
		files={"file": (f"{uuid.uuid4().hex}.png", PHOTO, "image/png")},
		timeout=120,
	)
	upload.raise_for_status()
	file_url = upload.json()["message"]["file_url"]
	doc = client.getdoc(item)
	marker = f"压测进展 {uuid.uuid4().hex[:12]}"
	last = max([r.get("percent") or 0 for r in doc.get("progress_reports", [])] + [doc.get("progress") or 0])
	doc.setdefault("progress_reports", []).append(
		{
			"doctype": "Rectification Progress",
			"__islocal": 1,
			"report_date": time.strftime("%Y-%m-%d"),
			"percent": last,
			"work_done": marker,
			"evidence": file_url,
		}
	)
	client.call("frappe.desk.form.save.savedocs", doc=json.dumps(doc), action="Save")
	return f"{item}\t{marker}"


def lost_updates(clients: dict, accepted: list) -> int:
	lost = 0
	for user, entry in accepted:
		item, marker = entry.split("\t")
		doc = clients[user].getdoc(item)
		lost += not any(r.get("work_done") == marker for r in doc.get("progress_reports", []))
	return lost


def main():
	base, site, people_json, password, seconds = sys.argv[1:6]
	if urlparse(base).hostname not in ("127.0.0.1", "localhost"):
		sys.exit("the load test runs against localhost only")
	people = json.loads(people_json)
	clients = {p["user"]: Client(base, site, p["user"], password) for p in people}
	stats, accepted, lock = {}, [], threading.Lock()
	until = time.time() + float(seconds)
	started = time.perf_counter()
	threads = [
		threading.Thread(target=work, args=(clients[p["user"]], p, until, stats, accepted, lock))
		for p in people
	]
	for t in threads:
		t.start()
	for t in threads:
		t.join()
	elapsed = time.perf_counter() - started
	lost = lost_updates(clients, accepted)
	total = sum(len(v["times"]) + v["errors"] for k, v in stats.items() if k != "error_samples")
	errors = sum(v["errors"] for k, v in stats.items() if k != "error_samples")
	print(f"{len(people)} users for {elapsed:.0f} s: {total} actions, {total / elapsed:.1f} actions/s")
	print(f"{'action':<10} {'count':>6} {'p50 (s)':>8} {'p95 (s)':>8} {'p99 (s)':>8} {'errors':>7}")
	for action in ("list", "form", "report", "progress"):
		s = stats.get(action, {"times": [], "errors": 0})
		t = s["times"]
		print(
			f"{action:<10} {len(t):>6} {statistics.median(t) if t else 0:>8.3f} {percentile(t, 95):>8.3f} "
			f"{percentile(t, 99):>8.3f} {s['errors']:>7}"
		)
	print(f"errors: {errors}; writes accepted: {len(accepted)}; lost updates: {lost}")
	for sample in stats.get("error_samples", [])[:5]:
		print("  " + sample)
	sys.exit(1 if errors or lost else 0)


if __name__ == "__main__":
	main()
