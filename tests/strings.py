"""Every user-facing string of the app, read from its files without Frappe."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "campaign_app"
MODULE = APP / "campaign_app"

PY_CALL = re.compile(r"""(?<![\w.])_(?:lt)?\(\s*(?P<q>"|')(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)""", re.S)
JS_CALL = re.compile(r"""(?<![\w.])__\(\s*(?P<q>"|'|`)(?P<s>(?:\\.|(?!(?P=q)).)*)(?P=q)""", re.S)
HAS_CJK = re.compile(r"[\u4e00-\u9fff]")

DOCTYPE_TEXT_KEYS = ("label", "description")


def _json_files(kind: str):
	return sorted(MODULE.glob(f"{kind}/*/*.json"))


def _load(path: Path) -> dict:
	return json.loads(path.read_text(encoding="utf-8"))


def doctype_strings() -> dict[str, str]:
	"""string -> where it comes from"""
	out: dict[str, str] = {}
	for path in _json_files("doctype"):
		doc = _load(path)
		out.setdefault(doc["name"], f"{path.name}: doctype name")
		for perm in doc.get("permissions", []):
			out.setdefault(perm["role"], f"{path.name}: role")
		for field in doc.get("fields", []):
			for key in DOCTYPE_TEXT_KEYS:
				if field.get(key):
					out.setdefault(field[key], f"{path.name}: {field['fieldname']}.{key}")
			if field.get("fieldtype") == "Select":
				for option in (field.get("options") or "").split("\n"):
					if option.strip():
						out.setdefault(option.strip(), f"{path.name}: {field['fieldname']} option")
	return out


def workspace_strings() -> dict[str, str]:
	out: dict[str, str] = {}
	for path in _json_files("workspace"):
		doc = _load(path)
		for key in ("label", "title"):
			out.setdefault(doc[key], f"{path.name}: {key}")
		for row in doc.get("links", []) + doc.get("shortcuts", []):
			out.setdefault(row["label"], f"{path.name}: link")
	return out


def code_strings() -> dict[str, str]:
	out: dict[str, str] = {}
	for path in sorted(APP.rglob("*.py")):
		for m in PY_CALL.finditer(path.read_text(encoding="utf-8")):
			out.setdefault(m.group("s"), f"{path.relative_to(ROOT)}: _()")
	for path in sorted(APP.rglob("*.js")):
		for m in JS_CALL.finditer(path.read_text(encoding="utf-8")):
			out.setdefault(m.group("s"), f"{path.relative_to(ROOT)}: __()")
	for path in sorted(APP.rglob("*.html")):
		text = path.read_text(encoding="utf-8")
		for pattern in (PY_CALL, JS_CALL):
			for m in pattern.finditer(text):
				out.setdefault(m.group("s"), f"{path.relative_to(ROOT)}: template")
	return out


def extra_strings() -> dict[str, str]:
	"""Names that reach the desk as data: roles created in code, ERPNext custom field labels."""
	import ast

	out: dict[str, str] = {}
	install = (APP / "setup" / "install.py").read_text(encoding="utf-8")
	roles = re.search(r"ROLES = (\(.*?\))", install, re.S)
	for role in ast.literal_eval(roles.group(1)):
		out.setdefault(role, "setup/install.py: role")
	erp = (APP / "integrations" / "erpnext.py").read_text(encoding="utf-8")
	for label in re.findall(r'"label": "([^"]+)"', erp):
		out.setdefault(label, "integrations/erpnext.py: custom field label")
	return out


def dashboard_strings() -> dict[str, str]:
	"""Report names, number card labels, chart names and the workspace's cards and charts."""
	out: dict[str, str] = {}
	for kind, key in (("report", "report_name"), ("number_card", "label"), ("dashboard_chart", "chart_name")):
		for path in _json_files(kind):
			out.setdefault(_load(path)[key], f"{path.name}: {key}")
	for path in _json_files("workspace"):
		doc = _load(path)
		for row in doc.get("number_cards", []) + doc.get("charts", []):
			out.setdefault(row["label"], f"{path.name}: card or chart")
	views = (APP / "setup" / "views.py").read_text(encoding="utf-8")
	for board in re.findall(r'KANBAN_BOARD = "([^"]+)"', views):
		out.setdefault(board, "setup/views.py: kanban board")
	return out


def all_strings() -> dict[str, str]:
	out: dict[str, str] = {}
	for part in (
		doctype_strings(),
		workspace_strings(),
		code_strings(),
		extra_strings(),
		dashboard_strings(),
	):
		for text, where in part.items():
			out.setdefault(text, where)
	return out


def _rows(lang: str):
	path = APP / "translations" / f"{lang}.csv"
	with path.open(encoding="utf-8", newline="") as f:
		for row in csv.reader(f):
			if row and not row[0].startswith("#"):
				yield row


def translations(lang: str = "zh") -> dict[str, str]:
	"""Each row's text (with ":context" where it has one) and its translation."""
	out: dict[str, str] = {}
	for row in _rows(lang):
		key = row[0] if len(row) < 3 or not row[2] else f"{row[0]}:{row[2]}"
		out[key] = row[1] if len(row) > 1 else ""
	return out


def translations_with_context(lang: str = "zh") -> list[str]:
	"""The keys of translations() that carry a context."""
	return [f"{row[0]}:{row[2]}" for row in _rows(lang) if len(row) > 2 and row[2]]
