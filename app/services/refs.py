"""A record from the part of its id a person typed.

Ids are 36 characters: nobody types them. Every command that takes an id (a review, a
finding, an action, a framework version, a quarantined bundle, a conflict) accepts the
whole id or a unique start or end of it, at least ``MIN_CHARS`` long, and says the same
things when that does not pick out exactly one. The end is as good as the start: a
UUIDv7 starts with its creation time, so records made the same day share their first
characters, and the last eight are what the CLI prints in its hints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select

from app.models import TABLES
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import Store

MIN_CHARS = 4


def match(
    ref: str,
    names: Mapping[str, Iterable[str]],
    *,
    what: str,
    listing: str,
    called: str = "id",
) -> str:
    """The one key of ``names`` that one of its names (its id, or another name such as a
    content hash) equals, starts with or ends with ``ref``, case-insensitively.

    ``what`` names the kind of record ("review"), ``listing`` the command that lists
    them, ``called`` what the person types ("id", "id or hash"): they make the message
    when ``ref`` is too short, matches nothing, or matches several records."""
    ref = ref.strip().lower()
    if len(ref) < MIN_CHARS:
        raise PeerviewError(
            f"Give at least {MIN_CHARS} characters of the {what} {called}.",
            hint_cli=f"See: {listing}",
        )
    found = [
        key
        for key, aliases in names.items()
        if any(a == ref or a.startswith(ref) or a.endswith(ref) for a in map(str.lower, aliases))
    ]
    if not found:
        raise NotFoundError(f"No {what} matches '{ref}'.", hint_cli=f"See: {listing}")
    if len(found) > 1:
        raise PeerviewError(f"'{ref}' matches {len(found)} {what}s; give more of the id.")
    return found[0]


def resolve_record(store: Store, entity: str, ref: str, *, what: str, listing: str) -> str:
    """The id of a live (not deleted) record of a synced ``entity`` from part of its id."""
    t = TABLES[entity]
    with store.read() as conn:
        ids = conn.execute(select(t.c.id).where(t.c.deleted.is_(False))).scalars().all()
    return match(ref, {i: (i,) for i in ids}, what=what, listing=listing)
