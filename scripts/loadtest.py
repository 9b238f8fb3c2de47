"""Load test client (#13): real users of the benchmark site, each logged in through /api/method/login,
work the desk's own requests concurrently for a fixed time against a running server (scripts/loadtest.sh
starts gunicorn): the list view (page and count), a form, the 整改进度 report, for staff a progress report
with an uploaded photo saved as the desk saves a form, and workflow moves: a staff member asks for
close-out of an item (summary and evidence saved, then the workflow action), the leader returns it with a
reason. Localhost only.

Prints throughput, p50/p95/p99 per action, errors, and lost updates: every write the server accepted is
looked for afterwards (each progress report by its text; each item's return count grew by the returns
accepted, and it waits for the leader exactly when its last accepted move was a close-out request).

	python scripts/loadtest.py BASE_URL SITE PREPARED_JSON PASSWORD SECONDS
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

	def savedoc(self, doc: dict) -> dict:
		"""Save a whole form as the desk does; the saved document (Frappe answers in `docs`)."""
		r = self.session.post(
			f"{self.base}/api/method/frappe.desk.form.save.savedocs",
			data={"doc": json.dumps(doc), "action": "Save"},
			timeout=120,
		)
		r.raise_for_status()
		return r.json()["docs"][0]

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


ACTIONS = ("list", "form", "report", "progress", "move")
# the leader's day is mostly 待我销号: a move (a return from that list) every other action
LEADER_ACTIONS = ("move", "form", "move", "list", "move", "report")


def work(client: Client, person: dict, run: dict, until: float, stats: dict, accepted: list, lock):
	names, step = [], 0
	while time.time() < until:
		actions = LEADER_ACTIONS if person["role"] == "leader" else ACTIONS
		action = actions[step % len(actions)]
		step += 1
		if (action == "progress" and not person["items"]) or (action == "move" and not person["moves"]):
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
			elif action == "progress":
				marker = report_progress(client, person["items"][step % len(person["items"])])
				with lock:
					accepted.append((person["user"], marker))
			else:
				moved = move(client, person, run, step)
				if not moved:
					continue  # nothing in the state this person acts on: not an action
				with lock:
					run["moved"].append(moved)
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
	file_url = upload(client, item)
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
	client.savedoc(doc)
	return f"{item}\t{marker}"


def move(client: Client, person: dict, run: dict, step: int) -> tuple | None:
	"""One workflow move as the desk makes it: the fields first (save), then the action. A staff member
	asks for close-out of an item of theirs in 整改中; the leader returns one that waits for them."""
	stages, actions = run["stages"], run["actions"]
	leader = person["role"] == "leader"
	if leader:  # the leader's list of items waiting for them (待我销号), among the test's items
		candidates = client.call(
			"frappe.client.get_list",
			doctype=ITEM,
			filters=json.dumps([["stage", "=", stages["asked"]], ["name", "in", person["moves"]]]),
			fields=json.dumps(["name"]),
			limit_page_length=5,
		)
		candidates = [row["name"] for row in candidates or []]
	else:
		candidates = [person["moves"][(step + k) % len(person["moves"])] for k in range(5)]
	for item in candidates:
		doc = client.getdoc(item)
		if doc.get("stage") != (stages["asked"] if leader else stages["open"]):
			continue
		marker = uuid.uuid4().hex[:12]
		if leader:
			doc["return_reason"] = f"压测退回 {marker}"
		else:
			doc["closeout_summary"] = f"压测销号申请 {marker}"
			doc["closeout_evidence"] = upload(client, item)
		doc = client.savedoc(doc)
		action = actions["return" if leader else "ask"]
		client.call("frappe.model.workflow.apply_workflow", doc=json.dumps(doc), action=action)
		return ("return" if leader else "ask", item)
	return None


def upload(client: Client, item: str) -> str:
	r = client.session.post(
		f"{client.base}/api/method/upload_file",
		data={"doctype": ITEM, "docname": item, "is_private": 1},
		# each photo its own: the same file on several items is a deviation the app warns about
		files={"file": (f"{uuid.uuid4().hex}.png", PHOTO + uuid.uuid4().bytes, "image/png")},
		timeout=120,
	)
	r.raise_for_status()
	return r.json()["message"]["file_url"]


def lost_moves(client: Client, run: dict) -> int:
	"""Items whose stored state disagrees with the moves the server accepted on them."""
	lost = 0
	for item in {i for _kind, i in run["moved"]}:
		asks = sum(1 for kind, i in run["moved"] if i == item and kind == "ask")
		returns = sum(1 for kind, i in run["moved"] if i == item and kind == "return")
		doc = client.getdoc(item)
		waiting = doc.get("stage") == run["stages"]["asked"]
		lost += (doc.get("return_count") or 0) - run["returns"].get(item, 0) != returns
		lost += asks - returns != int(waiting)
	return lost


def lost_updates(clients: dict, accepted: list) -> int:
	lost = 0
	for user, entry in accepted:
		item, marker = entry.split("\t")
		doc = clients[user].getdoc(item)
		lost += not any(r.get("work_done") == marker for r in doc.get("progress_reports", []))
	return lost


def main():
	base, site, prepared_json, password, seconds = sys.argv[1:6]
	if urlparse(base).hostname not in ("127.0.0.1", "localhost"):
		sys.exit("the load test runs against localhost only")
	run = json.loads(prepared_json)
	run["moved"] = []
	people = run["people"]
	clients = {p["user"]: Client(base, site, p["user"], password) for p in people}
	stats, accepted, lock = {}, [], threading.Lock()
	until = time.time() + float(seconds)
	started = time.perf_counter()
	threads = [
		threading.Thread(target=work, args=(clients[p["user"]], p, run, until, stats, accepted, lock))
		for p in people
	]
	for t in threads:
		t.start()
	for t in threads:
		t.join()
	elapsed = time.perf_counter() - started
	lost = lost_updates(clients, accepted)
	checker = next((clients[p["user"]] for p in people if p["role"] == "leader"), None)
	lost_moved = lost_moves(checker, run) if checker else 0
	total = sum(len(v["times"]) + v["errors"] for k, v in stats.items() if k != "error_samples")
	errors = sum(v["errors"] for k, v in stats.items() if k != "error_samples")
	print(f"{len(people)} users for {elapsed:.0f} s: {total} actions, {total / elapsed:.1f} actions/s")
	print(f"{'action':<10} {'count':>6} {'p50 (s)':>8} {'p95 (s)':>8} {'p99 (s)':>8} {'errors':>7}")
	for action in ACTIONS:
		s = stats.get(action, {"times": [], "errors": 0})
		t = s["times"]
		print(
			f"{action:<10} {len(t):>6} {statistics.median(t) if t else 0:>8.3f} {percentile(t, 95):>8.3f} "
			f"{percentile(t, 99):>8.3f} {s['errors']:>7}"
		)
	asks = sum(1 for kind, _i in run["moved"] if kind == "ask")
	print(
		f"errors: {errors}; progress reports accepted: {len(accepted)}, lost: {lost}; "
		f"workflow moves accepted: {asks} close-out requests and {len(run['moved']) - asks} returns, "
		f"lost: {lost_moved}"
	)
	for sample in stats.get("error_samples", [])[:5]:
		print("  " + sample)
	sys.exit(1 if errors or lost or lost_moved else 0)


if __name__ == "__main__":
	main()
