"""Incoming field values, checked by the rules a local edit obeys before anything is
applied: the entity and fields exist, each value has its column's type (never a list, an
object or a null where the column holds none), text is bounded and free of control and
direction-override characters, and note fields pass the note editor's own check. A value
that fails refuses its entry alone (decision 0028).
"""

from __future__ import annotations

import re
from typing import Any

from app.models import TABLES
from app.models.findings import SUPPORT_STATES
from app.services import changelog, deadlines, evidence, impact, protocol_docs, summary_check
from app.services.changelog import Entry
from app.services.errors import PeerviewError

# Text columns hold at most what a person may type (20,000 characters for notes, findings
# and plans); other long texts (a framework's content, a receipt) get a wider bound.
MAX_TYPED = 20_000
MAX_OTHER = 4_000_000
_TYPED = {"text", "title", "focus", "notes", "sent_back_note", "summary", "description"}
# Control characters other than tab and line breaks, and the bidirectional overrides
# and isolates that make text display in another order than it is stored.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _value_problem(entity: str, name: str, value: Any) -> str | None:
    column = TABLES[entity].c[name]
    kind = column.type.python_type
    if value is None:
        return None if column.nullable else f"{name} may not be empty"
    if kind is bool:
        return None if isinstance(value, bool) else f"{name} must be true or false"
    if kind is int:
        ok = type(value) is int and -(1 << 53) <= value <= 1 << 53
        return None if ok else f"{name} must be a whole number"
    if not isinstance(value, str):
        return f"{name} must be text"
    limit = getattr(column.type, "length", None) or (MAX_TYPED if name in _TYPED else MAX_OTHER)
    if len(value) > limit:
        return f"{name} is {len(value):,} characters; at most {limit:,} are allowed"
    if _FORBIDDEN.search(value):
        return f"{name} holds control or direction-override characters"
    return None


def entry_problem(entry: Entry) -> str | None:
    """Why a local edit could not have made this entry, or None."""
    if entry.entity not in TABLES or entry.op not in changelog.OPS:
        return "it is for a kind of record this Peerview does not know (update Peerview)"
    columns = set(TABLES[entry.entity].c.keys())
    unknown = set(entry.fields) - columns
    if unknown or "id" in entry.fields:
        return f"it sets fields this Peerview does not know: {', '.join(sorted(unknown))[:80]}"
    if entry.op == "delete" and entry.fields:
        return "a delete that sets fields"
    for name, value in entry.fields.items():
        problem = _value_problem(entry.entity, name, value)
        if problem:
            return problem
    for name, ref in entry.prior.items():
        if name not in columns or not (ref is None or (isinstance(ref, str) and len(ref) <= 120)):
            return "its prior versions are malformed"
    if entry.entity == "evidence_note":
        try:
            evidence.check_note_fields(entry.fields)
        except PeerviewError as exc:
            return str(exc)
    state = entry.fields.get("state")
    if entry.entity == "brokered_support" and state is not None and state not in SUPPORT_STATES:
        return f"'{state}' is not a state of an offer of support"
    if entry.entity in ("impact_review", "impact_progress", "improvement_workshop"):
        return impact.fields_problem(entry.entity, entry.fields)
    if entry.entity == "protocol_document":
        # The name is shown to people and offered when saving a copy: no folders in it.
        return protocol_docs.fields_problem(entry.fields)
    if entry.entity == "shared_summary":
        # The body is read by the themes, the window and the annual report: it must be a
        # summary this Peerview reads, of the record's own review and school.
        return summary_check.fields_problem(entry.fields)
    if entry.entity == "partnership_timing":
        # A forged timing of a billion working days would never finish counting.
        for name in set(entry.fields) & set(deadlines.DEFAULTS):
            problem = deadlines.timing_problem(name, entry.fields[name])
            if problem:
                return problem
    return None
