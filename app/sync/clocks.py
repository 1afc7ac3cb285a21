"""Clocks from other laptops: how far ahead of this laptop's wall clock an entry's clock
may be and still be applied (and adopted into the local clock). Beyond it the entry
waits, visibly, until this laptop's clock reaches it (decision 0029).
"""

from __future__ import annotations

from app.services import changelog
from app.services.changelog import Entry
from app.sync.withheld import Stub

MAX_AHEAD_MS = 24 * 3600 * 1000


def clock_ahead(item: Entry | Stub, now_ms: int | None) -> str | None:
    """Why an entry from a clock far ahead waits, or None. Such an entry waits even when
    the rules refuse it: applied, its clock would move this laptop's."""
    if now_ms is not None and changelog.valid_hlc(item.hlc):
        ahead = changelog.hlc_unpack(item.hlc)[0] - now_ms
        if ahead > MAX_AHEAD_MS:
            return (
                f"its clock is {ahead // 3_600_000:,} hours ahead of this laptop's; it is "
                "applied when this laptop's clock reaches it (check the date on the laptop "
                "that wrote it)"
            )
    return None
