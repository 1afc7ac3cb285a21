"""Authority at merge: the role rules of ``app.services.authority`` applied to entries
arriving from other laptops (decision 0030).

An entry is judged against its causal past. When that past names entries this
installation does not hold yet, a refusal could be wrong (the author may have been added
to the team in one of them): the entry waits, as for a missing predecessor, instead of
being refused. An accepted entry is never judged again, except by a revocation, which
holds whatever the order of arrival (``app.sync.revocation``).
"""

from __future__ import annotations

import json
from typing import Protocol

from sqlalchemy import select

from app.models import TABLES, SyncDenied, SyncWithheld, table
from app.services.authority import WAIT, Authority
from app.services.changelog import Entry
from app.sync.withheld import Stub

_refused = table(SyncDenied)
_withheld = table(SyncWithheld)
_FK_FIELDS = {name: {c.name for c in tbl.columns if c.foreign_keys} for name, tbl in TABLES.items()}


__all__ = ["WAIT", "Judge", "made_up_run"]


def made_up_run(item: Entry | Stub) -> str | None:
    """Why an item of this laptop's own chain beyond its end is refused alone, or None
    when it refuses the whole bundle instead (a full entry: the database was restored).
    Only this laptop writes its chain, so a withheld run of it beyond its end was made
    up on the way (decision 0030); the rest of the bundle imports."""
    if isinstance(item, Stub):
        return (
            "a withheld run claims entries of this laptop that it never wrote "
            f"(up to {item.seq}); it was made up on the way and is ignored"
        )
    return None


class _Tips(Protocol):
    def tip(self, device: str) -> tuple[int, str]: ...


class Judge:
    """One import's judgements; ``revocations`` are the revocations it accepted."""

    def __init__(self, authority: Authority, known: _Tips) -> None:
        self.authority = authority
        self.known = known
        self.revocations: list[Entry] = []
        self._refused_records: set[str] | None = None

    def refused_records(self) -> set[str]:
        """Records whose creating entry was refused here: what builds on them cannot stand."""
        if self._refused_records is None:
            rows = self.authority.conn.execute(select(_refused.c.body)).scalars()
            self._refused_records = set()
            for body in rows:
                data = json.loads(body)
                if data.get("op") == "upsert" and data.get("prior", {}).get("deleted", "") is None:
                    self._refused_records.add(str(data.get("entity_id")))
        return self._refused_records

    def builds_on_refused(self, item: Entry | Stub) -> str | None:
        if not isinstance(item, Entry):
            return None
        refused = self.refused_records()
        if not refused:
            return None
        refs = {
            value
            for name, value in item.fields.items()
            if name in _FK_FIELDS.get(item.entity, ()) and isinstance(value, str)
        }
        if not item.creates:
            refs.add(item.entity_id)
        if refs & refused:
            what = item.entity.replace("_", " ")
            return f"this {what} builds on a record whose creation was refused"
        return None

    def refused(self, item: Entry) -> None:
        if item.creates:
            self.refused_records().add(item.entity_id)

    def verdict(self, item: Entry | Stub, blocked: bool = False) -> str | None:
        """None when the entry stands, WAIT, or the reason it is refused. ``blocked``: the
        records the entry points at are not here yet."""
        if not isinstance(item, Entry):
            return None
        depends = self.builds_on_refused(item)
        if depends:
            return depends
        reason = self.authority.check(item)
        if reason and self.authority.missing_past(item, lambda d: self.known.tip(d)[0]):
            return WAIT
        if reason and blocked and self._past_withheld(item):
            # Its records are missing and its author's past holds entries this laptop has
            # only as withheld runs: they may be those records (a review shared later, or
            # a bundle that arrived in part), so the judgement waits for them.
            return WAIT
        return reason

    def _past_withheld(self, item: Entry) -> bool:
        conn = self.authority.conn
        for device, last in self.authority.past(item).items():
            found = conn.execute(
                select(_withheld.c.seq)
                .where(_withheld.c.device_id == device, _withheld.c.first_seq <= last)
                .limit(1)
            ).first()
            if found is not None:
                return True
        return False

    def decide(self, item: Entry | Stub, blocked: bool) -> tuple[bool, str | None]:
        """Whether the item can be applied now, and its verdict (None: it stands; else
        why it is refused). ``blocked``: what it builds on is not here yet. A refused
        entry need not wait for the records it points at: it will never apply, and the
        rest of its chain must not wait behind it."""
        verdict = self.verdict(item, blocked=blocked)
        if verdict == WAIT or (blocked and verdict is None):
            return False, verdict
        return True, verdict

    def settled(self, item: Entry | Stub, verdict: str | None) -> None:
        """The item was applied with ``verdict``: later judgements see it."""
        if verdict is None:
            self.accepted(item)
        elif isinstance(item, Entry):
            self.refused(item)

    def accepted(self, item: Entry | Stub) -> None:
        if isinstance(item, Entry):
            self.authority.note(item)
            if item.entity == "revocation":
                self.revocations.append(item)
