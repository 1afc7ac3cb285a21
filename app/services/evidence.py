"""Evidence notes: add, edit, tag with strands and enquiry questions, link, delete."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.ids import join_id
from app.models import (
    EnquiryQuestion,
    EvidenceNote,
    FrameworkStrand,
    NoteLink,
    NoteQuestion,
    NoteStrand,
    Review,
)
from app.models.evidence import NOTE_LINK_KINDS
from app.services import sources
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

MAX_NOTE_CHARS = 20_000
EDITABLE = {
    "text",
    "emerging",
    "typicality",
    "activity_kind",
    "activity_id",
    "observed_at",
    "year_group",
    "subject",
    "class_group",
    "co_reviewer_id",
    "host_leader_id",
    "sources",  # a list of SOURCE_KINDS (app/services/sources.py); empty follows the activity
    "meeting_with",
}


@dataclass(frozen=True)
class NoteResult:
    note_id: str
    changes: ChangeSet


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _check_fields(fields: dict[str, Any], current_kind: str | None = None) -> None:
    """Check and normalise ``fields`` in place: ``sources`` arrives as a list and leaves
    as the column's JSON text (or "" to follow the activity)."""
    kind = fields.get("activity_kind")
    if kind is not None:
        sources.check_kind(kind)
    effective = kind if kind is not None else current_kind
    if "meeting_with" in fields:
        sources.check_meeting_with(fields["meeting_with"] or "", effective)
    elif kind is not None and kind != "meeting":
        fields["meeting_with"] = ""  # a meeting's sub-kind leaves with the meeting
    if "sources" in fields:
        given = fields["sources"]
        if isinstance(given, str):
            given = [given] if given else []
        fields["sources"] = sources.encode(given, effective or "lesson_visit")
    elif kind is not None and sources.is_working_note(kind):
        fields["sources"] = ""  # a working note keeps no sources
    text = fields.get("text")
    if text is not None and len(text) > MAX_NOTE_CHARS:
        raise PeerviewError(
            f"The note is {len(text):,} characters; a note may hold {MAX_NOTE_CHARS:,}. "
            f"Split it into several notes."
        )


def check_note_fields(fields: dict[str, Any]) -> None:
    """The same check for a note's fields arriving from another laptop (app/sync/fields.py).
    They hold column values, ``sources`` as the column's JSON text, and are checked on a
    copy: normalising them in place would change the entry its laptop's signature covers."""
    given = dict(fields)
    stored = given.get("sources")
    if isinstance(stored, str) and stored:
        try:
            chosen = json.loads(stored)
        except ValueError:
            chosen = None
        if not isinstance(chosen, list) or not all(isinstance(s, str) for s in chosen):
            raise PeerviewError("Its sources of evidence are not a list of sources.")
        given["sources"] = chosen
    _check_fields(given)


def _review_version(tx: Tx, review_id: str) -> str | None:
    row = tx.conn.execute(
        select(Review.framework_version_id).where(Review.id == review_id, Review.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")
    return row.framework_version_id


def strand_ids_for_codes(tx: Tx, version_id: str | None, codes: Sequence[str]) -> list[str]:
    """Strand ids in the review's pinned framework version; unknown codes are refused."""
    if not codes:
        return []
    rows = tx.conn.execute(
        select(FrameworkStrand.code, FrameworkStrand.id).where(
            FrameworkStrand.version_id == version_id
        )
    ).all()
    by_code = {r.code.upper(): r.id for r in rows}
    out = []
    for code in codes:
        if code.upper() not in by_code:
            known = ", ".join(sorted(by_code)) or "none"
            raise PeerviewError(
                f"Strand '{code}' is not in this review's framework. Strand codes are: {known}."
            )
        out.append(by_code[code.upper()])
    return out


def add_note(
    store: Store,
    review_id: str,
    text: str,
    *,
    activity_kind: str = "lesson_visit",
    strand_codes: Sequence[str] = (),
    question_ids: Sequence[str] = (),
    author_key_id: str | None = None,
    **fields: Any,
) -> NoteResult:
    """A new evidence note, by this installation's identity unless ``author_key_id``
    names someone else (the demo's fictional reviewers)."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise PeerviewError(f"Notes have no field(s) {', '.join(sorted(unknown))}.")
    values = {"text": text, "activity_kind": activity_kind, **fields}
    _check_fields(values)
    values.setdefault("observed_at", _now())
    with store.write() as tx:
        version = _review_version(tx, review_id)
        strand_ids = strand_ids_for_codes(tx, version, strand_codes)
        note_id = tx.create(
            "evidence_note",
            {
                "review_id": review_id,
                "author_key_id": author_key_id or store.author_key_id,
                **values,
            },
        )
        for strand_id in strand_ids:
            _tag(tx, "note_strand", note_id, "strand_id", strand_id)
        for question_id in question_ids:
            _check_question(tx, review_id, question_id)
            _tag(tx, "note_question", note_id, "question_id", question_id)
    return NoteResult(note_id, tx.changes)


def _check_question(tx: Tx, review_id: str, question_id: str) -> None:
    if not tx.conn.execute(
        select(EnquiryQuestion.id).where(
            EnquiryQuestion.id == question_id, EnquiryQuestion.review_id == review_id
        )
    ).first():
        raise NotFoundError(f"Enquiry question {question_id} is not part of this review.")


def _tag(tx: Tx, entity: str, note_id: str, column: str, target_id: str) -> None:
    # A join id: the same tag made on two laptops is one row, and re-tagging after an
    # untag revives the same row instead of adding another.
    tx.upsert(
        entity,
        join_id(entity, note_id, target_id),
        {"note_id": note_id, column: target_id, "deleted": False},
    )


def _set_tags(
    tx: Tx,
    model: type[NoteStrand] | type[NoteQuestion],
    note_id: str,
    column: str,
    wanted: set[str],
) -> None:
    """Make a note's live tags of one kind exactly ``wanted``: tag what is new, tombstone
    what is gone, leave the rest untouched (so no entry is written for them)."""
    table = model.__table__
    current = set(
        tx.conn.execute(
            select(table.c[column]).where(table.c.note_id == note_id, table.c.deleted.is_(False))
        ).scalars()
    )
    entity = model.__entity__
    for target in wanted - current:
        _tag(tx, entity, note_id, column, target)
    for target in current - wanted:
        tx.delete(entity, join_id(entity, note_id, target))


def note_review(tx: Tx, note_id: str) -> str:
    """The review of a live evidence note; NotFoundError when there is none."""
    row = tx.conn.execute(
        select(EvidenceNote.review_id).where(
            EvidenceNote.id == note_id, EvidenceNote.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise NotFoundError(f"No evidence note {note_id}.")
    return str(row.review_id)


def update_note(store: Store, note_id: str, **fields: Any) -> ChangeSet:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise PeerviewError(f"Notes have no field(s) {', '.join(sorted(unknown))}.")
    fields = dict(fields)
    with store.write() as tx:
        note_review(tx, note_id)
        current = tx.conn.execute(
            select(EvidenceNote.activity_kind).where(EvidenceNote.id == note_id)
        ).scalar()
        _check_fields(fields, current)
        tx.upsert("evidence_note", note_id, fields)
    return tx.changes


def set_strands(store: Store, note_id: str, strand_codes: Sequence[str]) -> ChangeSet:
    """Make the note's strand tags exactly these codes."""
    with store.write() as tx:
        review_id = note_review(tx, note_id)
        wanted = set(strand_ids_for_codes(tx, _review_version(tx, review_id), strand_codes))
        _set_tags(tx, NoteStrand, note_id, "strand_id", wanted)
    return tx.changes


def link_notes(store: Store, from_note: str, to_note: str, kind: str) -> ChangeSet:
    if kind not in NOTE_LINK_KINDS:
        raise PeerviewError(f"A link is one of {', '.join(NOTE_LINK_KINDS)}, not '{kind}'.")
    if from_note == to_note:
        raise PeerviewError("A note cannot corroborate or contradict itself.")
    with store.write() as tx:
        if note_review(tx, from_note) != note_review(tx, to_note):
            raise PeerviewError("Only notes of the same review can be linked.")
        tx.upsert(
            "note_link",
            join_id("note_link", from_note, to_note),
            {"from_note_id": from_note, "to_note_id": to_note, "kind": kind, "deleted": False},
        )
    return tx.changes


def delete_note(store: Store, note_id: str) -> ChangeSet:
    with store.write() as tx:
        note_review(tx, note_id)
        tx.delete("evidence_note", note_id)
    return tx.changes


def restore_note(store: Store, note_id: str) -> ChangeSet:
    """Undo a delete: the tombstone is lifted by a new entry, so the log keeps both."""
    with store.write() as tx:
        tx.upsert("evidence_note", note_id, {"deleted": False})
    return tx.changes


def list_notes(
    store: Store, review_id: str, limit: int | None = None, offset: int = 0
) -> list[EvidenceNote]:
    with store.session() as s:
        query = (
            select(EvidenceNote)
            .where(EvidenceNote.review_id == review_id, EvidenceNote.deleted.is_(False))
            .order_by(EvidenceNote.observed_at, EvidenceNote.id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        return list(s.scalars(query).all())


def set_questions(store: Store, note_id: str, question_ids: Sequence[str]) -> ChangeSet:
    """Make the note's enquiry-question tags exactly these questions."""
    with store.write() as tx:
        review_id = note_review(tx, note_id)
        wanted = set(question_ids)
        for question_id in wanted:
            _check_question(tx, review_id, question_id)
        _set_tags(tx, NoteQuestion, note_id, "question_id", wanted)
    return tx.changes


def unlink_notes(store: Store, from_note: str, to_note: str) -> ChangeSet:
    """Take back a corroborates/contradicts link (a tombstone, like every delete)."""
    with store.write() as tx:
        tx.delete("note_link", join_id("note_link", from_note, to_note))
    return tx.changes


@dataclass(frozen=True)
class NoteDetail:
    """One note as the editor shows it: its fields, tags and links."""

    note: EvidenceNote
    strand_codes: list[str]
    question_ids: list[str]
    links: list[tuple[str, str, str]]  # (other note id, kind, "to" | "from")


def get_note(store: Store, note_id: str) -> NoteDetail:
    with store.session() as s:
        note = s.get(EvidenceNote, note_id)
        if note is None or note.deleted:
            raise NotFoundError(f"No evidence note {note_id}.")
        codes = list(
            s.scalars(
                select(FrameworkStrand.code)
                .join(NoteStrand, NoteStrand.strand_id == FrameworkStrand.id)
                .where(NoteStrand.note_id == note_id, NoteStrand.deleted.is_(False))
                .order_by(FrameworkStrand.position)
            )
        )
        questions = list(
            s.scalars(
                select(NoteQuestion.question_id)
                .join(EnquiryQuestion, EnquiryQuestion.id == NoteQuestion.question_id)
                .where(NoteQuestion.note_id == note_id, NoteQuestion.deleted.is_(False))
                .order_by(EnquiryQuestion.position)
            )
        )
        links = [
            (r.to_note_id, r.kind, "to")
            for r in s.scalars(
                select(NoteLink).where(
                    NoteLink.from_note_id == note_id, NoteLink.deleted.is_(False)
                )
            )
        ] + [
            (r.from_note_id, r.kind, "from")
            for r in s.scalars(
                select(NoteLink).where(NoteLink.to_note_id == note_id, NoteLink.deleted.is_(False))
            )
        ]
    return NoteDetail(note, codes, questions, links)
