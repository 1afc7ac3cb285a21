"""Stored codes in the words the window shows: review statuses and people's roles.

The database and the command line keep codes (``host_checked``, ``lead_reviewer``); a
person never reads one. Every view that shows a status or a role asks here, so a code
is worded once and translated once. A code from a newer Peerview still shows, as words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _words(code: str) -> str:
    return code.replace("_", " ").replace("-", " ").strip().capitalize()


def status_labels() -> dict[str, str]:
    return {
        "planning": _t("Planning"),
        "visit": _t("Visit"),
        "draft": _t("Draft"),
        "team_confirmed": _t("Team confirmed"),
        "quality_assured": _t("Quality assured"),
        "host_checked": _t("Factual accuracy checked by the host"),
        "signed": _t("Signed"),
    }


def role_labels() -> dict[str, str]:
    return {
        "lead_reviewer": _t("Lead reviewer"),
        "reviewer": _t("Reviewer"),
        "host_leader": _t("Host leader"),
        "headteacher": _t("Headteacher"),
        "dsl": _t("Designated safeguarding lead"),
        "partnership_lead": _t("Partnership lead"),
        "improvement_champion": _t("Improvement champion"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status) or _words(status)


def role_label(role: str) -> str:
    return role_labels().get(role) or _words(role)


def field_labels() -> dict[str, str]:
    """Fields that two laptops can change at once, as the conflict view names them."""
    return {
        "text": _t("text"),
        "title": _t("title"),
        "observed_at": _t("time seen"),
        "activity_kind": _t("kind of activity"),
        "focus": _t("focus"),
        "self_evaluation": _t("self-evaluation summary"),
        "success_criteria": _t("success criteria"),
        "review_date": _t("review date"),
        "start_date": _t("first day"),
        "end_date": _t("last day"),
    }


def field_label(field: str) -> str:
    return field_labels().get(field) or field.replace("_", " ")
