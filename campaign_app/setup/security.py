"""A security baseline in the manner of China's MLPS 2.0 level 2 (等保二级), from controls Frappe has:
password strength and expiry, lockout after failed logins, session expiry, one session per user.
The app's doctypes keep an audit trail (track changes) in their own definitions.

Applied by `bench --site S campaign-harden` and by the demo; an administrator may tune each value in
System Settings afterwards (the command sets them again only when run again).
"""

import frappe

BASELINE = {
	"enable_password_policy": 1,
	"minimum_password_score": "3",  # zxcvbn: "safely unguessable"
	"force_user_to_reset_password": 90,  # days
	"allow_consecutive_login_attempts": 5,
	"allow_login_after_fail": 600,  # seconds locked after that many failures
	"session_expiry": "02:00",  # idle hours:minutes
	"deny_multiple_sessions": 1,
	"logout_on_password_reset": 1,
	"password_reset_limit": 3,  # per hour
}


def apply_baseline() -> dict:
	"""Set the baseline in System Settings; returns what was set."""
	settings = frappe.get_single("System Settings")
	settings.update(BASELINE)
	settings.flags.ignore_mandatory = True
	settings.save(ignore_permissions=True)
	return dict(BASELINE)
