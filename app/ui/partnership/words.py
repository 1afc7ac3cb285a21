"""What the partnership view shows in place of stored values: dates in words (through
``app/dates.py``, the one formatter), and statuses, phases, accreditations and the
schedule's warnings as words in the window's language rather than codes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import dates

_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("partnership", "Planned"),
    "confirmed": QT_TRANSLATE_NOOP("partnership", "Confirmed"),
    "visited": QT_TRANSLATE_NOOP("partnership", "Visited"),
    "report_signed": QT_TRANSLATE_NOOP("partnership", "Report signed"),
    "action_plan_agreed": QT_TRANSLATE_NOOP("partnership", "Action plan agreed"),
    "impact_review_due": QT_TRANSLATE_NOOP("partnership", "Impact review due"),
}
_ACCREDITATIONS = {
    "reviewer": QT_TRANSLATE_NOOP("partnership", "Reviewer"),
    "lead_reviewer": QT_TRANSLATE_NOOP("partnership", "Lead reviewer"),
}
# The phases a member school can have (app/services/partnership.py PHASES).
_PHASES = {
    "nursery": QT_TRANSLATE_NOOP("partnership", "Nursery"),
    "infant": QT_TRANSLATE_NOOP("partnership", "Infant"),
    "junior": QT_TRANSLATE_NOOP("partnership", "Junior"),
    "primary": QT_TRANSLATE_NOOP("partnership", "Primary"),
    "middle": QT_TRANSLATE_NOOP("partnership", "Middle"),
    "secondary": QT_TRANSLATE_NOOP("partnership", "Secondary"),
    "all-through": QT_TRANSLATE_NOOP("partnership", "All-through"),
    "special": QT_TRANSLATE_NOOP("partnership", "Special"),
    "alternative provision": QT_TRANSLATE_NOOP("partnership", "Alternative provision"),
}


def _tr(text: object) -> str:
    # PySide6 types QT_TRANSLATE_NOOP's result as object; it is the marked text.
    return QCoreApplication.translate("partnership", str(text))


def capitalised(text: str) -> str:
    """A code or a phrase as words starting with a capital: "all-through" -> "All-through",
    "alternative provision" -> "Alternative provision"."""
    words = text.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def status_text(status: str) -> str:
    return _tr(_STATUSES[status]) if status in _STATUSES else capitalised(status)


def accreditation_text(accreditation: str) -> str:
    known = _ACCREDITATIONS.get(accreditation)
    return _tr(known) if known else capitalised(accreditation)


def phase_text(phase: str) -> str:
    known = _PHASES.get(phase)
    return _tr(known) if known else capitalised(phase)


def warning_text(warning: str) -> str:
    """A schedule warning (app/services/rounds.py, marked there) in the window's words."""
    return capitalised(QCoreApplication.translate("services.rounds", warning)) if warning else ""


def day(value: str, missing: str = "") -> str:
    """A stored day (YYYY-MM-DD) in words for a table: "12 Jan 2026"; ``missing`` when
    there is none."""
    return dates.date_short(value) if value else missing


def day_long(value: str) -> str:
    """A stored day in words for a sentence: "12 January 2026"."""
    return dates.date_long(value) if value else ""


def date_format() -> str:
    """The date fields' display format, in the order the person's locale writes dates."""
    order = dates.conventions().order
    return {"mdy": "MMM d, yyyy", "ymd": "yyyy-MM-dd"}.get(order, "d MMM yyyy")
