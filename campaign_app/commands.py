import logging

import click
import frappe
from frappe.commands import get_site, pass_context


@click.command("campaign-demo")
@pass_context
def campaign_demo(context):
	"""Load the demo county Transport Bureau and its campaign (idempotent)."""
	# the demo's notifications inline Frappe's email CSS, whose 8-digit colours cssutils reports as errors;
	# cssutils sets its log level when imported, so import it before quieting it
	import cssutils

	from campaign_app.demo.loader import load_demo

	cssutils.log.setLevel(logging.CRITICAL)
	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		result = load_demo()
	finally:
		frappe.destroy()
	click.echo(
		f"campaign-demo: {result['units']} units, {result['cadres']} cadres, "
		f"{result['campaigns']} campaign(s), {result['issues']} problems, {result['items']} rectification items, "
		f"{result['responses']} evaluation answer sheets, {result['appraisals']} appraisals; "
		f"{result['users_created']} desk users created"
	)
	if result["password"]:
		click.echo(f"campaign-demo: password of the new demo users (shown once): {result['password']}")
		click.echo(f"campaign-demo: the leading group office logs in as {result['office_user']}")
		click.echo(
			f"campaign-demo: the system administrator (System Manager, not a cadre) logs in as "
			f"{result['sysadmin_user']}"
		)


@click.command("campaign-harden")
@pass_context
def campaign_harden(context):
	"""Apply the security baseline (等保二级 style) in System Settings."""
	from campaign_app.setup.security import apply_baseline

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		applied = apply_baseline()
		frappe.db.commit()
	finally:
		frappe.destroy()
	for key, value in applied.items():
		click.echo(f"campaign-harden: {key} = {value}")


commands = [campaign_demo, campaign_harden]
