"""Stored codes in the words the window shows: review statuses and people's roles.

The database and the command line keep codes (``host_checked``, ``lead_reviewer``); a
person never reads one. Every view that shows a status or a role asks here, so a code
is worded once and translated once. A code from a newer Peerview still shows, as words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _words(code: str) -> str:
    return code.replace("_", " ").replace("-", " ").strip().capitalize()


def status_labels() -> dict[str, str]:
    return {
        "planning": QCoreApplication.translate("labels", "Planning"),
        "visit": QCoreApplication.translate("labels", "Visit"),
        "draft": QCoreApplication.translate("labels", "Draft"),
        "team_confirmed": QCoreApplication.translate("labels", "Team confirmed"),
        "quality_assured": QCoreApplication.translate("labels", "Quality assured"),
        "host_checked": QCoreApplication.translate(
            "labels", "Factual accuracy checked by the host"
        ),
        "signed": QCoreApplication.translate("labels", "Signed"),
    }


def role_labels() -> dict[str, str]:
    return {
        "lead_reviewer": QCoreApplication.translate("labels", "Lead reviewer"),
        "reviewer": QCoreApplication.translate("labels", "Reviewer"),
        "host_leader": QCoreApplication.translate("labels", "Host leader"),
        "headteacher": QCoreApplication.translate("labels", "Headteacher"),
        "dsl": QCoreApplication.translate("labels", "Designated safeguarding lead"),
        "partnership_lead": QCoreApplication.translate("labels", "Partnership lead"),
        "improvement_champion": QCoreApplication.translate("labels", "Improvement champion"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status) or _words(status)


def role_label(role: str) -> str:
    return role_labels().get(role) or _words(role)


def field_labels() -> dict[str, str]:
    """Fields that two laptops can change at once, as the conflict view names them."""
    return {
        "text": QCoreApplication.translate("labels", "text"),
        "title": QCoreApplication.translate("labels", "title"),
        "observed_at": QCoreApplication.translate("labels", "time seen"),
        "activity_kind": QCoreApplication.translate("labels", "kind of activity"),
        "focus": QCoreApplication.translate("labels", "focus"),
        "self_evaluation": QCoreApplication.translate("labels", "self-evaluation summary"),
        "success_criteria": QCoreApplication.translate("labels", "success criteria"),
        "review_date": QCoreApplication.translate("labels", "review date"),
        "start_date": QCoreApplication.translate("labels", "first day"),
        "end_date": QCoreApplication.translate("labels", "last day"),
    }


def field_label(field: str) -> str:
    return field_labels().get(field) or field.replace("_", " ")
