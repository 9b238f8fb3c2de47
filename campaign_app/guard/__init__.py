"""Guards on Frappe's generic paths, so that they keep to the app's scope (ORG-4, FW-2).

- `requests`: every request but a System Manager's (guests' too), before it runs: which of Frappe's
  methods may touch the app's doctypes at all, child tables never on their own, no raw SQL filters,
  uploads only onto documents the user may write.
- `campaign_app/api/overrides.py`: Frappe's methods that the desk calls and that do not apply the
  app's scope by themselves (counts, link search, link titles, sidebar counts, comments), wrapped.
- `files`: File records and private files of the app's documents follow the document's scope.
"""
