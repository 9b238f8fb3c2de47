"""The app's metadata: names, module, permissions and hooks, checked without Frappe."""

import ast
import json
import re
from pathlib import Path

import strings

RESERVED = {
	line.strip()
	for line in (Path(__file__).parent / "reserved_doctypes.txt").read_text(encoding="utf-8").splitlines()
	if line.strip() and not line.startswith("#")
}


def doctypes():
	return [json.loads(p.read_text(encoding="utf-8")) for p in strings._json_files("doctype")]


def test_doctype_names_are_ascii_and_do_not_collide():
	for doc in doctypes():
		assert re.fullmatch(r"[A-Za-z][A-Za-z ]+", doc["name"]), doc["name"]
		assert doc["name"] not in RESERVED, f"{doc['name']} is a Frappe/ERPNext/HRMS doctype"
		assert doc["module"] == "Campaign App"


def test_doctype_folders_match_names():
	for path in strings._json_files("doctype"):
		doc = json.loads(path.read_text(encoding="utf-8"))
		snake = doc["name"].lower().replace(" ", "_")
		assert path.parent.name == snake and path.stem == snake
		assert (path.parent / f"{snake}.py").exists()
		assert (path.parent / "__init__.py").exists()


def test_fields_are_unique_and_links_point_somewhere_known():
	names = {doc["name"] for doc in doctypes()}
	for doc in doctypes():
		fieldnames = [f["fieldname"] for f in doc["fields"]]
		assert len(fieldnames) == len(set(fieldnames)), doc["name"]
		assert doc["field_order"] == fieldnames, doc["name"]
		for f in doc["fields"]:
			if f["fieldtype"] in ("Link", "Table"):
				assert f["options"] in names | RESERVED, (doc["name"], f["fieldname"], f["options"])


def test_scoped_doctypes_have_both_permission_hooks():
	hooks = ast.parse((strings.APP / "hooks.py").read_text(encoding="utf-8"))
	values = {
		node.targets[0].id: ast.literal_eval(node.value)
		for node in hooks.body
		if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
	}
	conditions, checks = values["permission_query_conditions"], values["has_permission"]
	docs = [strings._load(p) for p in strings._json_files("doctype")]
	children = {d["name"] for d in docs if d.get("doctype") == "DocType" and d.get("istable")}
	assert set(conditions) - children == set(checks)
	# every child table of the app, listed on its own, keeps to its parent's scope
	assert {
		c for c in children if conditions.get(c) == "campaign_app.permissions.child_condition"
	} == children
	assert values["export_python_type_annotations"] is True


def test_hook_paths_resolve_to_functions():
	hooks = (strings.APP / "hooks.py").read_text(encoding="utf-8")
	for dotted in re.findall(r'"(campaign_app\.[\w.]+)"', hooks):
		module, func = dotted.rsplit(".", 1)
		path = strings.ROOT / (module.replace(".", "/") + ".py")
		assert path.exists(), dotted
		assert re.search(rf"^def {func}\(", path.read_text(encoding="utf-8"), re.M), dotted


def test_every_role_in_permissions_is_created():
	install = (strings.APP / "setup" / "install.py").read_text(encoding="utf-8")
	for doc in doctypes():
		for perm in doc.get("permissions", []):
			assert perm["role"] == "System Manager" or f'"{perm["role"]}"' in install


def test_ci_runs_the_test_command_of_the_readme():
	readme = (strings.ROOT / "README.md").read_text(encoding="utf-8")
	ci = (strings.ROOT / ".ci" / "run").read_text(encoding="utf-8")
	assert "bash scripts/test.sh" in readme
	assert "exec bash scripts/test.sh" in ci
	assert "bash scripts/demo.sh" in readme


def test_module_records_are_not_dated_in_the_future():
	"""Migrate re-imports a record whose file is newer than the database row: a future date there would
	overwrite administrators' edits on every migrate."""
	from datetime import datetime

	now = datetime.utcnow()
	for path in strings.MODULE.rglob("*.json"):
		doc = json.loads(path.read_text(encoding="utf-8"))
		if isinstance(doc, dict) and doc.get("modified"):
			assert datetime.fromisoformat(doc["modified"]) <= now, path


def test_every_app_doctype_keeps_an_audit_trail():
	"""等保 audit trail: every document doctype of the app tracks changes (child rows go with it)."""
	docs = [strings._load(p) for p in strings._json_files("doctype")]
	untracked = [
		d["name"]
		for d in docs
		if d.get("doctype") == "DocType" and not d.get("istable") and not d.get("track_changes")
	]
	assert not untracked


def test_every_controller_carries_its_type_block():
	"""Frappe's generated field types on every controller (campaign_app.tools.types.export writes them)."""
	missing = [
		path.name
		for path in strings._json_files("doctype")
		if strings._load(path).get("doctype") == "DocType"
		and "# begin: auto-generated types" not in path.with_suffix(".py").read_text(encoding="utf-8")
	]
	assert not missing
