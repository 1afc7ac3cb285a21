"""The shape of one entry line, beyond JSON types: what a line must hold before anything
in it is compared, hashed or stored. A line that fails is refused on its own (its
chain's later entries wait for a good copy); it never refuses the whole bundle.
"""

from __future__ import annotations

import re
from typing import Any

from app.services.changelog import Entry, valid_hlc
from app.sync import fields

_HEX64 = re.compile(r"[0-9a-f]{64}")
_SALT = re.compile(r"[0-9a-f]{32}")
MAX_ID = 80  # device and record ids, author key ids ("device:" + a UUID at most)
MAX_WALL = 1 << 53


def valid_sig(sig: Any) -> bool:
    return sig is None or (isinstance(sig, str) and len(sig) <= 128)


def _str_map(value: Any, pattern: re.Pattern[str] | None) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) and (pattern is None or pattern.fullmatch(v))
        for k, v in value.items()
    )


def entry_problem(entry: Entry) -> str | None:
    """Why this line is not a well-formed entry, or None."""
    if not valid_hlc(entry.hlc):
        return "its clock is malformed"
    if entry.wall is not None and (type(entry.wall) is not int or not 0 <= entry.wall < MAX_WALL):
        return "its wall clock is malformed"
    if not (_HEX64.fullmatch(entry.hash) and _HEX64.fullmatch(entry.prev_hash)):
        return "its hashes are malformed"
    if len(entry.device_id) > MAX_ID or len(entry.entity_id) > MAX_ID:
        return "its ids are too long"
    if entry.author_key_id is not None and (
        not isinstance(entry.author_key_id, str) or len(entry.author_key_id) > MAX_ID
    ):
        return "its author is malformed"
    if not valid_sig(entry.sig):
        return "its signature is malformed"
    problem = fields.entry_problem(entry)
    if problem:
        return problem
    if entry.salts is None and entry.erased is None:
        return None
    if entry.salts is None or not _str_map(entry.salts, _SALT):
        return "its field salts are malformed"
    if set(entry.salts) != set(entry.fields):
        return "its field salts do not match its fields"
    if entry.erased is not None and (
        not _str_map(entry.erased, _HEX64) or set(entry.erased) & set(entry.fields)
    ):
        return "its erased fields are malformed"
    return None
