"""What the partnership view shows in place of stored values: dates in words (through
``app/dates.py``, the one formatter), statuses, phases and accreditations as capitalised
words rather than codes, and counts with the noun that fits ("1 visit", "2 visits")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import dates

_STATUSES = {
    "planned": "Planned",
    "confirmed": "Confirmed",
    "visited": "Visited",
    "report_signed": "Report signed",
    "action_plan_agreed": "Action plan agreed",
    "impact_review_due": "Impact review due",
}
_ACCREDITATIONS = {"reviewer": "Reviewer", "lead_reviewer": "Lead reviewer"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("partnership", text)


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
    return capitalised(phase)


def day(value: str, missing: str = "") -> str:
    """A stored day (YYYY-MM-DD) in words for a table: "12 Jan 2026"; ``missing`` when
    there is none."""
    return dates.date_short(value) if value else missing


def day_long(value: str) -> str:
    """A stored day in words for a sentence: "12 January 2026"."""
    return dates.date_long(value) if value else ""


def count(n: int, one: str, many: str) -> str:
    """ "1 visit", "2 visits", "0 visits": the noun that fits the number."""
    return f"{n} {one if n == 1 else many}"


def date_format() -> str:
    """The date fields' display format, in the order the person's locale writes dates."""
    order = dates.conventions().order
    return {"mdy": "MMM d, yyyy", "ymd": "yyyy-MM-dd"}.get(order, "d MMM yyyy")
