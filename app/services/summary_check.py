"""The checks a shared summary's fields pass before they are stored, on the laptop that
writes them and on every laptop they arrive at (decision 0043): the body is a summary
this Peerview reads (``summary_body.parse``), of the record's own review and school, and
the days are days. A withdrawn summary's body is blank."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services import summary_body
from app.services.errors import PeerviewError


def fields_problem(fields: dict[str, Any]) -> str | None:
    for name in ("shared_on", "withdrawn_on"):
        value = fields.get(name)
        if value:
            try:
                dt.date.fromisoformat(str(value))
            except ValueError:
                return f"{name} '{str(value)[:20]}' is not a day (YYYY-MM-DD)"
    body = fields.get("body")
    if not body:
        return None
    try:
        summary = summary_body.parse(body)
    except PeerviewError as exc:
        return str(exc)
    for name in ("review_id", "school_id"):
        if name in fields and fields[name] != getattr(summary, name):
            return f"the summary's body names another {name.replace('_id', '')} than its record"
    return None
