"""This laptop's default retention for evidence notes: 90 days after signing unless
changed in Settings (or ``peerview retention default``).

A review follows the default until someone chooses its schedule; signing the report
writes the default into the review (``retention_days``, ``retention_chosen``) through
the change log, so every laptop agrees on the due date from then on (decision 0038).
The default itself is a local setting (``device_state``), not synced: it is the
preference of whoever signs on this laptop.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text

from app.models import DeviceState, table
from app.services.errors import PeerviewError

DEFAULT_DAYS = 90
MAX_DAYS = 36_500
_KEY = "retention_default_days"
_KEEP = "keep"
_state = table(DeviceState)


def check_days(days: int | None) -> int | None:
    if days is not None and not 0 <= days <= MAX_DAYS:
        raise PeerviewError(f"Give a number of days from 0 to {MAX_DAYS}, or keep the notes.")
    return days


def read_default(conn: Connection) -> int | None:
    """Days after signing (None: keep the notes)."""
    value = conn.execute(select(_state.c.value).where(_state.c.key == _KEY)).scalar()
    if value is None:
        return DEFAULT_DAYS
    if value == _KEEP:
        return None
    try:
        return check_days(int(value))
    except (ValueError, PeerviewError):
        return DEFAULT_DAYS  # a value damaged by hand: the safe default


def write_default(conn: Connection, days: int | None) -> None:
    check_days(days)
    conn.execute(
        text("INSERT OR REPLACE INTO device_state (key, value) VALUES (:k, :v)"),
        {"k": _KEY, "v": _KEEP if days is None else str(days)},
    )
