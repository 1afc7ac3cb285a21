"""Text a person typed into a record, checked before it is stored: trimmed, bounded, and
free of control characters and of the direction overrides that make text display in
another order than it is stored (as the merge refuses them, app/sync/fields.py)."""

from __future__ import annotations

import re

from app.services.errors import PeerviewError

# Control characters other than tab and line breaks, and the bidirectional overrides and
# isolates.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def typed(value: str, what: str, limit: int) -> str:
    """``value`` trimmed, or a PeerviewError naming ``what`` and the fix."""
    value = value.strip()
    if len(value) > limit:
        raise PeerviewError(
            f"The {what} is {len(value):,} characters; keep it under {limit:,}. "
            "Nothing was changed."
        )
    if FORBIDDEN.search(value):
        raise PeerviewError(
            f"The {what} contains control or direction-override characters; type it as "
            "plain text. Nothing was changed."
        )
    return value
