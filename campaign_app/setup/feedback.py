"""Public feedback (FIND-2), seeded once: its workflow 待受理 → 办理中 → 已答复 → 已办结 with 退回重办.
Administrators edit it in the desk afterwards; nothing here touches an existing record."""

from campaign_app.domain import feedback as rule
from campaign_app.setup.workflow import seed_workflow

WORKFLOW = "Public Feedback Workflow"
STYLES = {rule.RECEIVED: "Warning", rule.HANDLING: "Primary", rule.REPLIED: "Info", rule.CLOSED: "Success"}
EDITORS = {
	rule.RECEIVED: rule.HANDLER_ROLES,
	rule.HANDLING: rule.HANDLER_ROLES,
	rule.REPLIED: rule.OFFICE_ROLES,
	rule.CLOSED: rule.OFFICE_ROLES,
}


def ensure_feedback_setup():
	seed_workflow(WORKFLOW, "Public Feedback", STYLES, EDITORS, list(rule.TRANSITIONS), rule.STATE_NAMES)
