"""FW-5: every string a user of the desk reads has a Simplified Chinese translation in zh.csv."""

import csv
import re

import strings

PLACEHOLDER = re.compile(r"\{\d+\}")
# Frappe's strings whose placeholder the app leaves out on purpose, and why
DROPPED = {
	# Frappe puts the refused user's own account id there: the user knows who they are (#14)
	"User {0} does not have access to this document",
	# Frappe puts the doctype's English name and the record's id there, beside a line that names both
	"Insufficient Permission for {0}",
}


def _covered(text: str, zh: dict[str, str]) -> bool:
	return text in zh or any(key.startswith(f"{text}:") for key in zh)


def test_every_string_is_translated():
	zh = strings.translations("zh")
	missing = {text: where for text, where in strings.all_strings().items() if not _covered(text, zh)}
	assert not missing, "missing zh translations:\n" + "\n".join(f"{t!r}  ({w})" for t, w in missing.items())


def test_translations_are_chinese_and_keep_placeholders():
	with_context = set(strings.translations_with_context("zh"))
	for key, value in strings.translations("zh").items():
		source = key.rsplit(":", 1)[0] if key in with_context else key
		assert strings.HAS_CJK.search(value), f"{key!r} is not translated into Chinese: {value!r}"
		if source not in DROPPED:
			assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(value)), key


def test_csv_rows_are_well_formed_and_unique():
	path = strings.APP / "translations" / "zh.csv"
	seen = set()
	with path.open(encoding="utf-8", newline="") as f:
		for number, row in enumerate(csv.reader(f), 1):
			assert 2 <= len(row) <= 3, f"line {number}: {row}"
			key = (row[0], row[2] if len(row) == 3 else "")
			assert key not in seen, f"line {number}: duplicate {key}"
			assert row[0] == row[0].strip() and row[1] == row[1].strip(), f"line {number}: spaces"
			seen.add(key)


def test_extractor_finds_code_strings():
	found = strings.code_strings()
	assert "A unit cannot be its own parent unit" in found
	assert "Cadres" in found  # from a JS __() call


def test_a_label_translated_only_in_context_has_the_context_of_its_doctype():
	"""The desk translates a field's label and options with its doctype as context (`__(label, null,
	doctype)`): a word kept out of the global rows (e.g. Campaign, which ERPNext uses otherwise) needs a
	row for every doctype that shows it."""
	zh = strings.translations("zh")
	missing = []
	for path in strings._json_files("doctype"):
		doc = strings._load(path)
		for field in doc.get("fields", []):
			texts = [field.get("label")]
			if field.get("fieldtype") == "Select":
				texts += [o.strip() for o in (field.get("options") or "").split("\n")]
			for text in filter(None, texts):
				if text not in zh and f"{text}:{doc['name']}" not in zh:
					missing.append(f"{text},…,{doc['name']}  ({path.name}: {field['fieldname']})")
	assert not missing, "missing zh rows with context:\n" + "\n".join(missing)
