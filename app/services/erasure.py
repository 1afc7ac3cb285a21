"""Erasure: the one place where Peerview erases personal data (decision 0038).

Two things are erased, on a schedule the person sees (app/services/retention.py for
evidence notes, app/services/safeguarding.py for a concern handed over to the host's
DSL), and both end here:

- ``erase_review_evidence``: a signed review's evidence notes;
- ``erase_concern``: a safeguarding concern's text, keeping the fact that it was handed
  over, when and to whom.

Erased means erased from every place this laptop keeps the text:

1. the tables, through the change log (so the erasure travels to every replica): the
   fields are cleared and the records tombstoned;
2. the change log's earlier entries: ``erase_from_change_log`` (see there);
3. the search index: FTS5 keeps a deleted row's words in old index segments until they
   merge, so the index is optimised (merged into one segment) after a purge;
4. freed pages: ``secure_delete`` is on for every connection (app/models/cipher.py), so
   SQLite zeroes what it frees; the WAL is checkpointed and truncated afterwards;
5. attachment files no live record refers to any more are overwritten and removed;
6. backups: every backup that holds the review is overwritten and removed, and a new
   backup is made from the erased database at once, so the folder still has one;
7. bundles this laptop keeps: quarantined bundles of the review (or of no named review),
   and this laptop's own outgoing bundle of the review in the shared folder.

Findings, next steps, the action plan, the improvement workshop and the impact reviews
(what followed the review, in words that print like the plan's; decision 0044), the
review, the signed report and the audit of who did what (the change log's entries, minus
erased values) stay.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import or_, select, text

from app.models import (
    Attachment,
    EvidenceNote,
    Finding,
    NoteLink,
    NoteQuestion,
    NoteStrand,
    ProtocolDocument,
    SafeguardingConcern,
    SharedSummary,
    SyncSent,
    attachments,
    backups,
    cipher,
    held_files,
    table,
)
from app.services import changelog
from app.services import triangulation as tri
from app.services.errors import NotFoundError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

# Free-text fields of a note that may hold personal data: cleared before the tombstone.
NOTE_FIELDS = ("text", "emerging", "typicality", "class_group", "subject", "year_group")
# An attachment's file name may name a person ("Mrs Patel lesson plan.docx").
ATTACHMENT_FIELDS = ("filename",)
# A concern keeps only who it went to and when (passed_to, passed_on_at).
CONCERN_FIELDS = ("text", "observed_at")
_ZEROS = bytes(1 << 16)


@dataclass
class Erased:
    """What one erasure did, for the person who ran it and the log."""

    review_id: str
    notes_purged: int = 0
    findings_kept: int = 0
    concerns: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)
    log_values: int = 0  # values erased from earlier change-log entries
    attachment_files: int = 0
    backups_removed: list[str] = field(default_factory=list)
    new_backup: str = ""
    bundles_removed: list[str] = field(default_factory=list)
    wal_truncated: bool = False

    def summary(self) -> str:
        parts = []
        if self.concerns:
            parts.append(f"erased {self.concerns} safeguarding concern(s)")
        else:
            parts.append(
                f"purged {self.notes_purged} evidence notes; {self.findings_kept} findings kept"
            )
        if self.attachment_files:
            parts.append(f"{self.attachment_files} attached file(s) removed")
        if self.backups_removed:
            parts.append(
                f"{len(self.backups_removed)} backup(s) holding it removed and a new one made"
            )
        if self.bundles_removed:
            parts.append(f"{len(self.bundles_removed)} kept bundle(s) removed")
        return "; ".join(parts)


def _now_text(now: dt.datetime) -> str:
    return now.isoformat(timespec="seconds")


# --- the change log ----------------------------------------------------------------------


def erase_from_change_log(
    tx: Tx, entity: str, entity_ids: Collection[str], fields: Collection[str]
) -> int:
    """Drop the values of ``fields`` of ``entity_ids`` from every earlier change-log
    entry, so that the log keeps who changed what and when, but not the erased text, and
    ``changelog.verify_chain`` still passes on every laptop: each entry commits to its
    values by salted hashes (decision 0028). Returns the entries whose values were dropped.
    An entry written before that format (a log older than schema 14) loses its values too;
    its content can then no longer be checked against its hash, which it records."""
    return changelog.erase_fields(tx.conn, entity, entity_ids, fields).entries


# --- evidence notes ----------------------------------------------------------------------


def erase_review_evidence(store: Store, review_id: str, now: dt.datetime) -> Erased:
    """Erase a review's evidence notes everywhere this laptop keeps them (see the module
    docstring). The caller checks that they are due (app/services/retention.py)."""
    result = Erased(review_id)
    with store.write() as tx:
        notes, kept, digests = _clear_notes(tx, review_id, now)
        result.notes_purged, result.findings_kept = notes, kept
        note_ids = _note_ids(tx, review_id)
        note_ids += sorted(
            changelog.kept_ids(tx.conn, "evidence_note", "review_id", review_id) - set(note_ids)
        )
        result.log_values = erase_from_change_log(tx, "evidence_note", note_ids, NOTE_FIELDS)
        result.log_values += erase_from_change_log(
            tx, "attachment", _attachment_ids(tx, note_ids), ATTACHMENT_FIELDS
        )
        _compact_search_index(tx)
    result.changes = tx.changes
    result.attachment_files = _remove_attachment_files(store, digests)
    _erase_copies(store, review_id, result)
    log.info("Erasure of review %s: %s", review_id, result.summary())
    return result


def _note_ids(tx: Tx, review_id: str) -> list[str]:
    note = table(EvidenceNote)
    return list(tx.conn.execute(select(note.c.id).where(note.c.review_id == review_id)).scalars())


def _attachment_ids(tx: Tx, note_ids: list[str]) -> list[str]:
    att = table(Attachment)
    return list(tx.conn.execute(select(att.c.id).where(att.c.note_id.in_(note_ids))).scalars())


def _clear_notes(tx: Tx, review_id: str, now: dt.datetime) -> tuple[int, int, set[str]]:
    """Keep each finding's triangulation as counts, then clear and tombstone every note of
    the review with its tags, links and attachment records. Returns (notes purged,
    findings kept, digests of the attachments the notes had)."""
    conn = tx.conn
    finding = table(Finding)
    live = conn.execute(
        select(finding.c.id, finding.c.retained_evidence).where(
            finding.c.review_id == review_id, finding.c.deleted.is_(False)
        )
    ).all()
    counts = tri.triangulate(conn, tri.notes_of(conn, [f.id for f in live]))
    for f in live:
        if not f.retained_evidence:
            summary = counts[f.id].summary_dict()
            tx.upsert("finding", f.id, {"retained_evidence": json.dumps(summary)})
    note = table(EvidenceNote)
    att = table(Attachment)
    digests: set[str] = set()
    purged = 0
    for row in conn.execute(select(note).where(note.c.review_id == review_id)).all():
        clear = {name: "" for name in NOTE_FIELDS if getattr(row, name)}
        if clear:
            tx.upsert("evidence_note", row.id, clear)
        if tx.delete("evidence_note", row.id) is not None or clear:
            purged += 1
        for a in conn.execute(select(att).where(att.c.note_id == row.id)).all():
            digests.add(a.sha256)
            if a.filename:
                tx.upsert("attachment", a.id, {"filename": ""})
            tx.delete("attachment", a.id)
        for model, columns in (
            (NoteStrand, ("note_id",)),
            (NoteQuestion, ("note_id",)),
            (NoteLink, ("from_note_id", "to_note_id")),
        ):
            t = table(model)
            for (child,) in conn.execute(
                select(t.c.id).where(
                    or_(*(t.c[c] == row.id for c in columns)), t.c.deleted.is_(False)
                )
            ).all():
                tx.delete(model.__entity__, child)
    tx.upsert("review", review_id, {"evidence_purged_at": _now_text(now)})
    return purged, len(live), digests


def _compact_search_index(tx: Tx) -> None:
    # A deleted FTS5 row leaves its words in the older index segments (only a delete
    # marker is added) until the segments merge: 'optimize' merges them all now, and
    # secure_delete zeroes the pages the old segments free.
    tx.conn.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))


def _remove_attachment_files(store: Store, digests: set[str]) -> int:
    """Overwrite and remove the files of ``digests`` that no live attachment refers to
    (content-addressed: another note, in any review, may hold the same file)."""
    if not digests:
        return 0
    still_used: set[str] = set()
    with store.read() as conn:
        # A protocol document may hold the same bytes as a purged note's attachment.
        for holder in (table(Attachment), table(ProtocolDocument)):
            still_used |= set(
                conn.execute(
                    select(holder.c.sha256).where(
                        holder.c.sha256.in_(digests), holder.c.deleted.is_(False)
                    )
                ).scalars()
            )
        # So may the whole report a host shared with the partnership (decision 0043).
        shared = table(SharedSummary)
        for (body,) in conn.execute(
            select(shared.c.body).where(shared.c.withdrawn_on == "", shared.c.deleted.is_(False))
        ):
            try:
                digest = json.loads(body).get("report_sha256")
            except (ValueError, AttributeError):
                continue
            if digest in digests:
                still_used.add(digest)
    removed = 0
    for digest in sorted(digests - still_used):
        try:
            path = attachments.path_for(store.db.data_dir, digest)
        except ValueError:
            continue  # a record whose digest is not a digest never had a file
        if shred(path):
            removed += 1
    return removed


def erase_local_copies(store: Store, review_id: str) -> Erased:
    """For a purge or a concern's erasure that arrived from another laptop: the entries
    cleared the tables here as they were applied; this removes what this laptop keeps
    beside them (search index segments, attachment files, the WAL, backups, kept
    bundles). Call it after an import whose entries set ``review.evidence_purged_at`` or
    ``safeguarding_concern.erased_at``."""
    result = Erased(review_id)
    att, note = table(Attachment), table(EvidenceNote)
    with store.write() as tx:
        _compact_search_index(tx)
        digests = set(
            tx.conn.execute(
                select(att.c.sha256)
                .join(note, note.c.id == att.c.note_id)
                .where(note.c.review_id == review_id, note.c.deleted.is_(True))
            ).scalars()
        )
    result.attachment_files = _remove_attachment_files(store, digests)
    _erase_copies(store, review_id, result)
    return result


# --- safeguarding concerns ---------------------------------------------------------------


def erase_concern(store: Store, concern_id: str, now: dt.datetime) -> Erased:
    """Erase a concern's text (and when it was seen), keeping that it was handed over,
    when and to whom. The caller checks that it is due (app/services/safeguarding.py)."""
    concern = table(SafeguardingConcern)
    with store.write() as tx:
        row = tx.conn.execute(select(concern).where(concern.c.id == concern_id)).first()
        if row is None:
            raise NotFoundError(f"No safeguarding concern {concern_id}.")
        clear = {name: "" for name in CONCERN_FIELDS if getattr(row, name)}
        tx.upsert("safeguarding_concern", concern_id, {**clear, "erased_at": _now_text(now)})
        values = erase_from_change_log(tx, "safeguarding_concern", [concern_id], CONCERN_FIELDS)
    result = Erased(row.review_id, concerns=1, changes=tx.changes, log_values=values)
    _erase_copies(store, row.review_id, result)
    log.info("Erased safeguarding concern %s of review %s", concern_id, row.review_id)
    return result


# --- copies outside the live tables ------------------------------------------------------


def _erase_copies(store: Store, review_id: str, result: Erased) -> None:
    """Bundles, the WAL and backups, after the erasing transaction has committed."""
    result.bundles_removed = _remove_kept_bundles(store, review_id)
    result.wal_truncated = checkpoint(store)
    result.backups_removed, result.new_backup = _replace_backups(store, review_id)


def checkpoint(store: Store) -> bool:
    """Copy the WAL into the database and truncate it to zero bytes, so the pages that
    held erased text are not left in the -wal file. False when a reader (another window
    of this data folder) kept it from finishing; the next checkpoint truncates it."""
    with store.engine.connect() as conn:
        busy, _log_pages, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        conn.commit()
    return not busy


def _replace_backups(store: Store, review_id: str) -> tuple[list[str], str]:
    """Overwrite and remove every backup that holds the review (or that cannot be read
    to tell), then make a new backup from the erased database. A backup exists to restore
    a damaged database, and the new one does that; the change log keeps the history."""
    data_dir = store.db.data_dir
    removed = []
    for path in backups.list_backups(data_dir):
        if _backup_holds(path, store.db.key, review_id):
            shred(path)
            removed.append(path.name)
    if not removed:
        return [], ""
    made = store.db.backup()
    log.info("Removed %d backup(s) holding review %s; made %s", len(removed), review_id, made)
    return removed, made.name


def _backup_holds(path: Path, key: bytes | None, review_id: str) -> bool:
    try:
        conn = cipher.connect(cipher.file_uri(path, "ro", immutable=True), key, uri=True)
        try:
            found = conn.execute("SELECT 1 FROM review WHERE id = ?", (review_id,)).fetchone()
        finally:
            conn.close()
    except cipher.Error:
        return True  # cannot tell: it may hold the review, so it goes
    return found is not None


def _remove_kept_bundles(store: Store, review_id: str) -> list[str]:
    """Quarantined bundles of the review (or naming no review, as notes written before
    the review was recorded), and this laptop's own outgoing bundle of the review in the
    shared folder (its name is ``peerview-<device>.<review>.pvbundle``)."""
    removed = []
    held = held_files.quarantine_folder(store.db.data_dir)
    for note in sorted(held.glob("*.json")) if held.is_dir() else []:
        try:
            named = str(json.loads(held_files.read(note, store.db.key)).get("review_id", ""))
        except (OSError, ValueError, held_files.DamagedHeldFile):
            named = ""
        if named in ("", review_id):
            for path in (note.with_suffix(".pvbundle"), note):
                if shred(path):
                    removed.append(str(path))
    sent = table(SyncSent)
    own = f"peerview-{store.device_id}.{review_id}."
    with store.read() as conn:
        names = set(
            conn.execute(select(sent.c.file_name).where(sent.c.review_id == review_id)).scalars()
        )
    for name in sorted(names):
        path = Path(name)
        if path.name.startswith(own) and shred(path):
            removed.append(str(path))
    return removed


def shred(path: Path) -> bool:
    """Overwrite a file with zeros, then remove it; False when there was no such file.
    On a copy-on-write file system or an SSD the old blocks may survive the overwrite,
    which is why every file Peerview keeps is encrypted in the first place."""
    try:
        with open(path, "r+b") as handle:
            size = os.fstat(handle.fileno()).st_size
            written = 0
            while written < size:
                written += handle.write(_ZEROS[: min(len(_ZEROS), size - written)])
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("Could not overwrite %s before removing it: %s", path, exc)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
