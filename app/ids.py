"""Identifiers for synced records: UUIDv7, made on the device that creates the record.

UUIDv7 sorts by creation time, so index locality stays good as tables grow, and two
offline devices never collide. Python 3.11 has no uuid7, so it is built here.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0

# Join rows (a note tagged with a strand) take a name-based id so that two devices
# tagging the same note with the same strand converge on one row instead of two.
_JOIN_NAMESPACE = uuid.UUID("6f1c1c3e-6c7b-4c1e-9d6a-2f0f5d1b8a10")


def uuid7() -> str:
    """A new UUIDv7 as its canonical 36-character string, monotonic within this process."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            # Same millisecond (or the clock stepped back): keep order with a counter.
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        rand_a = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def join_id(*parts: str) -> str:
    """A deterministic id for a row that joins other records (order of parts matters)."""
    return str(uuid.uuid5(_JOIN_NAMESPACE, "|".join(parts)))


def id_tail(value: str) -> str:
    """The random end of a UUIDv7 id, which tells apart ids made in the same minute (their
    first characters, the time, are shared): "…5b7d3e"."""
    return f"…{value[-6:]}"
