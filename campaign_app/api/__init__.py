"""Whitelisted methods of the app, one module per area."""
