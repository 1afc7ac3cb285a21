"""``peerview review digest ID``: a short fingerprint of a review's content.

Two replicas that hold the same content for a review print the same digest, whatever
order their bundles arrived in, so a lead and a reviewer can compare it over the phone.
It covers every record of the review (tombstones included) except safeguarding
concerns, which only the safeguarding lead holds, and local bookkeeping.
"""

from __future__ import annotations

import base64
import hashlib

from sqlalchemy import select

from app.models import TABLES
from app.services.changelog import canonical_json
from app.services.store import Store
from app.sync.scope import ALWAYS, RESTRICTED, review_scope


def review_digest(store: Store, review_id: str) -> str:
    """16 letters and digits in four groups, e.g. ``K7QD-2MXA-P4RT-9BWE``."""
    return format_digest(digest_bytes(store, review_id))


def digest_bytes(store: Store, review_id: str) -> bytes:
    h = hashlib.sha256()
    with store.read() as conn:
        scope = review_scope(conn, review_id)
        for entity in sorted(scope):
            if entity in RESTRICTED or entity in ALWAYS or not scope[entity]:
                continue
            tbl = TABLES[entity]
            ids = sorted(scope[entity])
            rows: dict[str, dict[str, object]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                for row in conn.execute(select(tbl).where(tbl.c.id.in_(chunk))):
                    rows[row.id] = dict(row._mapping)
            for record_id in ids:
                h.update(canonical_json([entity, rows[record_id]]).encode("utf-8"))
                h.update(b"\n")
    return h.digest()


def format_digest(raw: bytes) -> str:
    text = base64.b32encode(raw[:10]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))
