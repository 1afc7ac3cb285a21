"""Who may do what: the roles that decide whether an entry stands (decision 0030).

The same rules judge a local edit (before it is written, a PeerviewError) and an entry
arriving from another laptop (at merge, refused with a reason). At merge an entry is
judged against what its author had seen when writing it, its *causal past* (the earlier
entries of its own chain, and everything its last receipt before it says it had seen):
never against whatever arrived here later, so every replica holding the entry decides
the same. A local edit's causal past is everything this installation holds.

- A review's **leads** are the person whose laptop created it, the lead of its
  partnership (whoever created the partnership record), and team members with the role
  ``lead_reviewer``. Only leads change the review (dates, focus, retention, the team, the
  enquiry questions, revocations) and take the sign-off steps, except: the host's step
  ("host_checked") belongs to the host (a team member with the role ``host_leader`` or
  ``headteacher``; a lead records it for a host who has never written on Peerview, who
  checked on paper), and sending the
  review back to draft is open to everyone who may change findings.
- A review in a partnership is created only by the partnership's lead.
- **Team members** write notes, activities and the rest of the review's records;
  findings are changed by leads and team members other than the host's people.
- A **revocation** names a key and, per device, the last entry that stays accepted;
  later entries by that key on the review are refused however they arrive.
- A **receipt** only ever describes the laptop that wrote it.
- A person record's key is changed only by whoever created the record (the key is what
  makes someone a team member), a partnership only by its creator.
- The **partnership record** beyond its name (member schools, priorities, blocked dates,
  rounds and scheduled reviews, the reviewer pool, the expertise directory: every record
  that names a partnership, ``PARTNERSHIP_RECORDS``) is written only by the partnership's
  lead, its creator (decision 0041). A school that names no partnership is anyone's.
- A **shared summary** (what a host school shares with its partnership, decision 0043)
  is written only by the host school's head as the partnership roster lists them: a key
  this installation holds as its own or trusts, unrevoked, with the role ``headteacher``
  or ``host_leader`` at the summary's school (``host_rule``). The rule reads no review,
  so it holds on the partnership lead's laptop, which may not hold the review.
- **After the review** (decision 0044): the improvement workshop and the impact reviews
  (``IMPACT_RECORDS``) are recorded by the review's leads, the host's people and the
  improvement champion, not by the visiting reviewers.

A person is matched to an entry by the key that signed it, or (before they set up an
identity) by the laptop that wrote it (``device:<id>``).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select, text

from app.ids import join_id
from app.models import (
    TABLES,
    ChangeLogEntry,
    DeviceCertificate,
    Identity,
    SharedSummary,
    TrustedKey,
    table,
)
from app.models.review import STATUS_LABELS
from app.models.sharing import record_id as summary_record_id
from app.services.changelog import Entry
from app.services.errors import PeerviewError
from app.services.textfold import fold

_log = table(ChangeLogEntry)
_trusted = table(TrustedKey)
_certs = table(DeviceCertificate)
_identity = table(Identity)
_summary = table(SharedSummary)

# The records whose history decides authority, kept in memory per transaction.
WATCHED = ("review", "team_member", "person", "partnership", "revocation")
LEAD_ONLY = frozenset({"team_member", "enquiry_question", "revocation"})
FINDINGS = frozenset({"finding", "finding_note", "finding_strand", "finding_question", "next_step"})
HOST_ROLES = frozenset({"host_leader", "headteacher"})
IMPACT_RECORDS = frozenset({"improvement_workshop", "impact_review", "impact_progress"})
IMPACT_ROLES = HOST_ROLES | {"improvement_champion"}
# Records of the partnership itself, each with a partnership_id (schools only when set).
PARTNERSHIP_RECORDS = {
    "school": "member schools",
    "partnership_priority": "shared priorities",
    "blocked_date": "calendar",
    "review_round": "review schedule",
    "scheduled_review": "review schedule",
    "partnership_reviewer": "reviewer pool",
    "expertise": "expertise directory",
    "protocol_document": "protocol documents",
    "partnership_timing": "report timings",
}
# How a record finds its review: the first of these fields it has, and the table the
# field points at (a review, or a record that itself belongs to one).
_PARENTS = (
    ("review_id", "review"),
    ("finding_id", "finding"),
    ("note_id", "evidence_note"),
    ("from_note_id", "evidence_note"),
)
WAIT = "waiting for changes its author had seen, which have not arrived"


class AuthorityError(PeerviewError):
    """A local edit the person's role does not allow; nothing was written."""


@dataclass(frozen=True)
class Principal:
    """Who wrote an entry: the key that signed it and the laptop it was written on."""

    key_id: str | None
    device_id: str

    def wrote(self, entry: Entry) -> bool:
        return entry.author_key_id == self.key_id or entry.device_id == self.device_id


def principal(entry: Entry) -> Principal:
    return Principal(entry.author_key_id, entry.device_id)


Visible = Callable[[str, int], bool]


class Authority:
    """The authority rules over one transaction's view of the log. ``note`` every entry
    accepted (local or merged) so later entries in the same transaction see it."""

    def __init__(self, conn: Connection, local_device: str) -> None:
        self.conn = conn
        self.local_device = local_device
        self._records: dict[str, list[Entry]] = {}
        self._team: dict[str, set[str]] = {}  # review id -> team member record ids
        self._revocations: dict[str, set[str]] = {}  # review id -> revocation ids
        self._review_of: dict[str, str | None] = {}
        self._partnership_of: dict[str, str] = {}  # created in this transaction
        self._receipts: dict[str, tuple[list[int], list[dict[str, int]]]] = {}
        self._old_chains = _declared_chains(conn)
        self._local_previous = [
            str(key)[len("previous:") :]
            for key in conn.execute(
                text("SELECT key FROM device_state WHERE key LIKE 'previous:%'")
            ).scalars()
        ]
        self._declared_by: dict[str, list[str]] = {}
        for device, key_id in self._old_chains.items():
            self._declared_by.setdefault(key_id, []).append(device)
        self._chain_keys: dict[str, str] = {
            str(device): str(key_id)
            for device, key_id in conn.execute(select(_certs.c.device_id, _certs.c.key_id))
        }
        rows = conn.execute(
            select(_log).where(_log.c.entity.in_(WATCHED)).order_by(_log.c.hlc, _log.c.device_id)
        ).all()
        for row in rows:
            self._index(Entry.from_row(row))

    # ------------------------------------------------------------------ bookkeeping
    def _index(self, entry: Entry) -> None:
        if entry.entity in WATCHED:
            self._records.setdefault(entry.entity_id, []).append(entry)
            review_id = entry.fields.get("review_id")
            if isinstance(review_id, str):
                if entry.entity == "team_member":
                    self._team.setdefault(review_id, set()).add(entry.entity_id)
                elif entry.entity == "revocation":
                    self._revocations.setdefault(review_id, set()).add(entry.entity_id)
        if entry.entity == "sync_receipt":
            # Merged receipts may wait in a batch, not yet in the log: index them here.
            seqs, seens = self._receipt_index(entry.device_id)
            raw = entry.fields.get("seen")
            if isinstance(raw, str) and (not seqs or entry.seq > seqs[-1]):
                seqs.append(entry.seq)
                seens.append(_parse_seen(raw))

    def note(self, entry: Entry) -> None:
        """An entry was accepted: later judgements in this transaction see it."""
        self._index(entry)
        if entry.creates and entry.entity_id not in self._review_of:
            self._review_of[entry.entity_id] = self._review_from_fields(entry.entity, entry.fields)
        group = entry.fields.get("partnership_id")
        if entry.entity in PARTNERSHIP_RECORDS and isinstance(group, str) and group:
            self._partnership_of[entry.entity_id] = group

    def _receipt_seen(self, device: str, seq: int) -> dict[str, int]:
        """What ``device`` had seen of other chains when writing its entry ``seq``."""
        seqs, seens = self._receipt_index(device)
        i = bisect.bisect_left(seqs, seq)
        return seens[i - 1] if i else {}

    def _receipt_index(self, device: str) -> tuple[list[int], list[dict[str, int]]]:
        if device not in self._receipts:
            seqs: list[int] = []
            seens: list[dict[str, int]] = []
            for row in self.conn.execute(
                select(_log.c.seq, _log.c.fields)
                .where(_log.c.device_id == device, _log.c.entity == "sync_receipt")
                .order_by(_log.c.seq)
            ):
                raw = json.loads(row.fields).get("seen")
                if isinstance(raw, str):
                    seqs.append(int(row.seq))
                    seens.append(_parse_seen(raw))
            self._receipts[device] = (seqs, seens)
        return self._receipts[device]

    def visible(self, entry: Entry, *, local: bool) -> Visible:
        if local:
            return lambda _device, _seq: True
        seen = self._receipt_seen(entry.device_id, entry.seq)

        def sees(device: str, seq: int) -> bool:
            if device == entry.device_id:
                return seq < entry.seq
            return seen.get(device, 0) >= seq

        return sees

    def missing_past(self, entry: Entry, tip: Callable[[str], int]) -> bool:
        """Whether the entry's author had seen entries this installation lacks."""
        seen = self._receipt_seen(entry.device_id, entry.seq)
        return any(tip(device) < seq for device, seq in seen.items())

    def past(self, entry: Entry) -> dict[str, int]:
        """The last position of each chain in the entry's causal past: its own chain before
        it, and what its author's last receipt says they had seen."""
        return {**self._receipt_seen(entry.device_id, entry.seq), entry.device_id: entry.seq - 1}

    # ------------------------------------------------------------------ state in the past
    def _fold(self, record_id: str, sees: Visible) -> tuple[dict[str, Any], Entry | None]:
        """A watched record's fields as seen through ``sees``, and its creating entry."""
        fields: dict[str, Any] = {}
        creator: Entry | None = None
        for e in sorted(self._records.get(record_id, ()), key=lambda x: (x.hlc, x.device_id)):
            if not sees(e.device_id, e.seq):
                continue
            if creator is None and e.creates:
                creator = e
            if e.op == "delete":
                fields["deleted"] = True
            else:
                fields.update(e.fields)
        return fields, creator

    def _wrote(self, owner: Principal, entry: Entry) -> bool:
        """Whether ``entry`` is by ``owner``: the same key or laptop, or the same person
        under another of the keys ``_keys`` knows them by."""
        if owner.wrote(entry):
            return True
        keys = self._keys(entry)
        return owner.key_id in keys or f"device:{owner.device_id}" in keys

    def _keys(self, entry: Entry) -> set[str]:
        """Every key an entry's author is known by: its author key and its laptop; for an
        entry signed as its laptop (an installation with no identity of its own, whose
        chain was certified for export), the identity its laptop's certificate names; and
        the chains that identity's certificates declare as its own from before it had a
        certificate (decision 0028: the device id changed then)."""
        return self._keys_of(entry.author_key_id, entry.device_id)

    def _keys_of(self, identity: str | None, device: str) -> set[str]:
        keys = {f"device:{device}"}
        if identity:
            keys.add(identity)
        if identity == f"device:{device}":
            identity = self._chain_keys.get(device) or self._old_chains.get(device)
            if identity:
                keys.add(identity)
        if identity:
            keys.update(f"device:{d}" for d in self._declared_by.get(identity, ()))
        if device == self.local_device:
            # This laptop's own earlier chains, which its next certificate will declare.
            keys.update(f"device:{d}" for d in self._local_previous)
        return keys

    def _owner(self, record_id: str, sees: Visible) -> Principal | None:
        _, creator = self._fold(record_id, sees)
        return principal(creator) if creator is not None else None

    def _roles(self, review_id: str, sees: Visible, who: Entry) -> set[str]:
        """The author's team roles on the review, as its author saw the team."""
        keys = self._keys(who)
        roles = set()
        for member_id in self._team.get(review_id, ()):
            member, _ = self._fold(member_id, sees)
            if not member or member.get("deleted") or member.get("review_id") != review_id:
                continue
            person, _ = self._fold(str(member.get("person_id")), sees)
            if person and not person.get("deleted") and person.get("key_id") in keys:
                roles.add(str(member.get("role", "")))
        return roles

    def _is_lead(self, review_id: str, sees: Visible, who: Entry) -> bool:
        owner = self._owner(review_id, sees)
        if owner is not None and self._wrote(owner, who):
            return True
        review, _ = self._fold(review_id, sees)
        partnership = review.get("partnership_id")
        if partnership:
            lead = self._owner(str(partnership), sees)
            if lead is not None and self._wrote(lead, who):
                return True
        return "lead_reviewer" in self._roles(review_id, sees, who)

    # ------------------------------------------------------------------ which review
    def _review_from_fields(self, entity: str, fields: dict[str, Any]) -> str | None:
        if entity == "review":
            return None
        for name, parent in _PARENTS:
            value = fields.get(name)
            if isinstance(value, str) and name in TABLES[entity].c:
                return value if parent == "review" else self.review_of(parent, value)
        return None

    def review_of(self, entity: str, record_id: str) -> str | None:
        if entity == "review":
            return record_id
        if record_id in self._review_of:
            return self._review_of[record_id]
        columns = [n for n, _ in _PARENTS if n in TABLES[entity].c]
        found: str | None = None
        if columns:
            row = self.conn.execute(
                text(f'SELECT {", ".join(columns)} FROM "{entity}" WHERE id = :id'),
                {"id": record_id},
            ).first()
            if row is not None:
                found = self._review_from_fields(entity, dict(zip(columns, row, strict=True)))
        self._review_of[record_id] = found
        return found

    # ------------------------------------------------------------------ the rules
    def check(self, entry: Entry, *, local: bool = False) -> str | None:
        """Why the entry's author may not do what it does, or None when they may."""
        if entry.entity == "sync_receipt":
            return self._receipt_rule(entry)
        sees = self.visible(entry, local=local)
        if entry.entity in ("person", "partnership"):
            return self._owned_record_rule(entry, sees)
        if entry.entity in PARTNERSHIP_RECORDS:
            return self._partnership_record_rule(entry, sees)
        if entry.entity == "shared_summary":
            return self._shared_summary_rule(entry)
        if entry.entity not in TABLES or entry.entity == "framework":
            return None
        if entry.entity == "framework_version":
            return None
        if entry.entity == "review" and entry.creates and entry.op == "upsert":
            return self._create_review_rule(entry, sees)
        review_id = self._review_for(entry)
        if review_id is None:
            return None
        if local and self._owner(review_id, sees) is None:
            return None  # no such review here: the edit fails on that, not on a role
        revoked = self.revoked(entry, review_id)
        if revoked:
            return revoked
        moved_to = entry.fields.get("review_id")
        if (
            entry.entity in IMPACT_RECORDS
            and not entry.creates
            and isinstance(moved_to, str)
            and moved_to != review_id
        ):
            # An edit that moves the record to another review answers to both.
            return self._review_rule(entry, review_id, sees) or self._review_rule(
                entry, moved_to, sees
            )
        return self._review_rule(entry, review_id, sees)

    def _receipt_rule(self, entry: Entry) -> str | None:
        fields = entry.fields
        if (
            entry.entity_id != join_id("sync_receipt", entry.device_id)
            or fields.get("device_id", entry.device_id) != entry.device_id
            or fields.get("key_id", entry.author_key_id) != entry.author_key_id
        ):
            return (
                f"{self.who(entry)} sent a receipt for another laptop; a receipt only ever "
                "describes the laptop that wrote it"
            )
        return None

    def _owned_record_rule(self, entry: Entry, sees: Visible) -> str | None:
        if entry.creates:
            return None
        if entry.entity == "person" and entry.op == "upsert" and "key_id" not in entry.fields:
            return None
        owner = self._owner(entry.entity_id, sees)
        if owner is None or self._wrote(owner, entry):
            return None
        fields, _ = self._fold(entry.entity_id, sees)
        if entry.entity == "person":
            return (
                f"{self.who(entry)} may not change the key of {fields.get('name') or 'a person'}:"
                " only whoever added the person may"
            )
        return (
            f"{self.who(entry)} may not change the partnership "
            f"'{fields.get('name', '')}': only its lead may"
        )

    def partnership_lead(self, partnership_id: str) -> Principal | None:
        """Who created the partnership record: its lead."""
        return self._owner(partnership_id, lambda _d, _s: True)

    def leads_partnership(self, partnership_id: str, key_id: str | None, device_id: str) -> bool:
        """Whether this key or laptop is the partnership's lead, as a merge would judge an
        entry it wrote (an identity made after the record keeps its laptop's records)."""
        lead = self.partnership_lead(partnership_id)
        if lead is None:
            return False
        keys = self._keys_of(key_id, device_id)
        return lead.key_id in keys or f"device:{lead.device_id}" in keys

    def _partnership_record_rule(self, entry: Entry, sees: Visible) -> str | None:
        groups = set()
        named = entry.fields.get("partnership_id")
        if isinstance(named, str) and named:
            groups.add(named)
        if not entry.creates:
            # An edit or delete is judged by the partnership the record belongs to, even
            # when it tries to move the record out of it.
            current = self._partnership_of.get(entry.entity_id) or self._stored_partnership(
                entry.entity, entry.entity_id
            )
            if current:
                groups.add(current)
        for group in sorted(groups):
            # The lead as the author saw it; a creation it claims not to have seen still
            # has a creator here (the creator of a record never changes).
            lead = self._owner(group, sees) or self.partnership_lead(group)
            if lead is None or self._wrote(lead, entry):
                continue
            fields, _ = self._fold(group, lambda _d, _s: True)
            what = PARTNERSHIP_RECORDS[entry.entity]
            return (
                f"{self.who(entry)} may not change the {what} of the partnership "
                f"'{fields.get('name', '')}': only the partnership lead may"
            )
        return None

    def _stored_partnership(self, entity: str, record_id: str) -> str | None:
        found = self.conn.execute(
            text(f'SELECT partnership_id FROM "{entity}" WHERE id = :id'), {"id": record_id}
        ).scalar()
        return str(found) if found else None

    def _shared_summary_rule(self, entry: Entry) -> str | None:
        """Only the host school's head, as the roster lists them, shares or withdraws a
        summary; its id is its review's, and it never moves to another review, school or
        partnership (an edit is judged by the school it belongs to, too)."""
        stored = self.conn.execute(
            select(_summary.c.review_id, _summary.c.school_id, _summary.c.partnership_id).where(
                _summary.c.id == entry.entity_id
            )
        ).first()
        was: dict[str, Any] = dict(stored._asdict()) if stored is not None else {}
        new: dict[str, Any] = {
            k: entry.fields[k]
            for k in ("review_id", "school_id", "partnership_id")
            if k in entry.fields
        }
        if any(was.get(k) not in (None, v) for k, v in new.items()):
            return f"{self.who(entry)} tried to move a shared summary to another review or school"
        now: dict[str, Any] = {**was, **new}
        review_id, school_id = now.get("review_id"), now.get("school_id")
        if not isinstance(review_id, str) or entry.entity_id != summary_record_id(review_id):
            return f"{self.who(entry)} sent a shared summary whose id is not its review's"
        if not isinstance(school_id, str):
            return f"{self.who(entry)} sent a shared summary that names no school"
        return host_rule(
            self.conn,
            school_id,
            now.get("partnership_id"),
            review_id,
            self._keys(entry),
            self.who(entry),
        )

    def _create_review_rule(self, entry: Entry, sees: Visible) -> str | None:
        partnership = entry.fields.get("partnership_id")
        if not partnership:
            return None
        lead = self._owner(str(partnership), sees)
        if lead is None or self._wrote(lead, entry):
            return None
        fields, _ = self._fold(str(partnership), sees)
        return (
            f"{self.who(entry)} may not create a review in the partnership "
            f"'{fields.get('name', '')}': only the partnership lead may"
        )

    def _review_rule(self, entry: Entry, review_id: str, sees: Visible) -> str | None:
        lead = self._is_lead(review_id, sees, entry)
        if lead:
            # The lead records the host's step too: separation of duties (decision 0039)
            # lets it be taken only on the host's own response, signed by the host.
            return None
        roles = self._roles(review_id, sees, entry)
        writes_findings = bool(roles - HOST_ROLES)
        if entry.entity == "review":
            status = entry.fields.get("status") if entry.op == "upsert" else None
            others = set(entry.fields) - {"status", "sent_back_note", "signed_at", "report_sha256"}
            if status == "host_checked" and roles & HOST_ROLES and not others:
                return None
            if status == "quality_assured" and not others:
                # Taken by someone who did not write the report, often from outside the
                # team (decision 0039); who may is the separation of duties' rule.
                return None
            if status == "draft" and roles and not others:
                return None  # sent back: anyone who may change findings, or the host
            if entry.op == "upsert" and set(entry.fields) == {"evidence_purged_at"} and roles:
                return None
            if status:
                what = f"take the sign-off step '{STATUS_LABELS.get(str(status), status)}'"
            elif "retention_days" in entry.fields:
                what = "change how long notes are kept"
            else:
                what = "change the review's details"
            return self._refusal(entry, review_id, sees, what)
        if entry.entity in LEAD_ONLY:
            what = {
                "team_member": "change the team",
                "enquiry_question": "change the enquiry questions",
                "revocation": "revoke anyone",
            }[entry.entity]
            return self._refusal(entry, review_id, sees, what)
        if entry.entity in FINDINGS:
            if writes_findings:
                return None
            return self._refusal(entry, review_id, sees, "change findings")
        if entry.entity in IMPACT_RECORDS:
            if roles & IMPACT_ROLES:
                return None
            what = (
                "record the improvement workshop"
                if entry.entity == "improvement_workshop"
                else "record impact reviews"
            )
            return (
                f"{self._refusal(entry, review_id, sees, what)}: only its leads, the host "
                "school's people and the improvement champion may"
            )
        if roles:
            return None
        what = entry.entity.replace("_", " ")
        return (
            f"{self.who(entry)} may not write a {what} on the review "
            f"'{self._title(review_id)}': they are not on its team"
        )

    def _review_for(self, entry: Entry) -> str | None:
        return (
            entry.entity_id
            if entry.entity == "review"
            else self._review_from_fields(entry.entity, entry.fields)
            if entry.creates
            else self.review_of(entry.entity, entry.entity_id)
        )

    def revoked_on_its_review(self, entry: Entry) -> str | None:
        """Why a revocation here refuses ``entry``, whatever wrote it down: taking another
        history in (app/sync/forks.py) must not carry a revoked key's words past it."""
        review_id = self._review_for(entry)
        return None if review_id is None else self.revoked(entry, review_id)

    def revoked(self, entry: Entry, review_id: str) -> str | None:
        """Refused whatever its causal past: entries by a revoked key after its cut-off."""
        for revocation_id in sorted(self._revocations.get(review_id, ())):
            fields, creator = self._fold(revocation_id, lambda _d, _s: True)
            if creator is None or fields.get("deleted"):
                continue
            cutoffs = _parse_seen(str(fields.get("cutoffs", "{}")))
            key = fields.get("key_id")
            if entry.author_key_id != key and entry.device_id not in cutoffs:
                continue
            last = cutoffs.get(entry.device_id, 0)
            if entry.seq > last:
                name = fields.get("name") or self.who(entry)
                return (
                    f"{name} was revoked from the review '{self._title(review_id)}'; "
                    f"their laptop's entries after entry {last} are refused"
                )
        return None

    def revocation_reaches(self, revocation: Entry) -> tuple[str, str, dict[str, int]] | None:
        """(review id, key id, cut-offs) of an accepted revocation entry."""
        fields, _ = self._fold(revocation.entity_id, lambda _d, _s: True)
        review_id = fields.get("review_id")
        if not isinstance(review_id, str) or fields.get("deleted"):
            return None
        cutoffs = _parse_seen(str(fields.get("cutoffs", "{}")))
        return review_id, str(fields.get("key_id", "")), cutoffs

    # ------------------------------------------------------------------ words
    def _refusal(self, entry: Entry, review_id: str, sees: Visible, what: str) -> str:
        return f"{self.who(entry)} may not {what} on the review '{self._title(review_id)}'"

    def _title(self, review_id: str) -> str:
        fields, _ = self._fold(review_id, lambda _d, _s: True)
        return str(fields.get("title") or "untitled")

    def who(self, entry: Entry) -> str:
        """The author's name, as a team record or a trusted card gives it."""
        keys = {entry.author_key_id, f"device:{entry.device_id}"} - {None}
        for entries in self._records.values():
            if entries and entries[0].entity == "person":
                fields: dict[str, Any] = {}
                for e in entries:
                    fields.update(e.fields)
                if fields.get("key_id") in keys and fields.get("name"):
                    return str(fields["name"])
        name = self.conn.execute(
            select(_trusted.c.name).where(_trusted.c.key_id == (entry.author_key_id or ""))
        ).scalar()
        if name:
            return str(name)
        return "someone who is not on the team (a laptop this installation cannot name)"


def host_rule(
    conn: Connection,
    school_id: str,
    partnership_id: object,
    review_id: str,
    keys: set[str],
    who: str,
) -> str | None:
    """Why someone known by ``keys`` may not share a summary of ``school_id``'s review
    (None when they may): they must be the school's headteacher or host leader in the
    partnership roster (the people this installation trusts, and itself), the school a
    member of the summary's partnership, and, when the review is here, its host."""
    school = TABLES["school"]
    row = conn.execute(
        select(school.c.name, school.c.partnership_id).where(school.c.id == school_id)
    ).first()
    if row is None or not row.partnership_id or row.partnership_id != partnership_id:
        return f"{who} sent a shared summary for a school that is not a member of its partnership"
    review = TABLES["review"]
    host = conn.execute(select(review.c.host_school_id).where(review.c.id == review_id)).first()
    if host is not None and host.host_school_id != school_id:
        return f"{who} sent a shared summary of a review for a school that did not host it"
    people = list(
        conn.execute(
            select(_identity.c.role, _identity.c.school).where(_identity.c.key_id.in_(keys))
        )
    ) + list(
        conn.execute(
            select(_trusted.c.role, _trusted.c.school).where(
                _trusted.c.key_id.in_(keys), _trusted.c.revoked_at.is_(None)
            )
        )
    )
    if any(p.role in HOST_ROLES and fold(p.school) == fold(row.name) for p in people):
        return None
    return (
        f"{who} may not share or withdraw the summary of {row.name}'s review: only the "
        "school's headteacher or host leader, as the partnership roster lists them, may"
    )


def _parse_seen(raw: str) -> dict[str, int]:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool)}


def _declared_chains(conn: Connection) -> dict[str, str]:
    """Chain written before its laptop had a certificate -> the identity (key id) whose
    certificate declares it in ``previous``. A chain two identities declare belongs to
    neither here: nobody gains a record's ownership by declaring someone else's chain."""
    claims: dict[str, set[str]] = {}
    for key_id, body in conn.execute(select(_certs.c.key_id, _certs.c.body)):
        try:
            previous = json.loads(body).get("previous") or {}
        except (ValueError, AttributeError):
            continue
        if isinstance(previous, dict):
            for device in previous:
                claims.setdefault(str(device), set()).add(str(key_id))
    return {device: next(iter(keys)) for device, keys in claims.items() if len(keys) == 1}


def check_local(authority: Authority, entries: Iterable[Entry]) -> None:
    """Raise before a local edit the author's role does not allow is written."""
    for entry in entries:
        reason = authority.check(entry, local=True)
        if reason:
            raise AuthorityError(
                f"{reason[0].upper()}{reason[1:]}. Nothing was changed.",
                hint_cli="Ask a lead of the review to do it (see: peerview review show ID).",
                hint_gui="Ask a lead of the review to do it.",
            )
