"""Words a report prints for stored codes (roles, action statuses)."""

from __future__ import annotations

ROLE_LABELS = {
    "lead_reviewer": "Lead reviewer",
    "reviewer": "Reviewer",
    "headteacher": "Headteacher",
    "host_leader": "Host school leader",
    "dsl": "Designated safeguarding lead",
    "partnership_lead": "Partnership lead",
    "improvement_champion": "Improvement champion",
}
ACTION_STATUS_LABELS = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "carried_forward": "Carried forward",
}


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())
