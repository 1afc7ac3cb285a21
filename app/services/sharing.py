"""Host-approved sharing (decision 0043): what a host school shares with its partnership.

On the host's laptop: ``share`` makes the summary of a signed review
(``share_summary.build``), after the host's head has read it in words
(``share_summary.preview``), and writes it to the review's one shared-summary record;
``withdraw`` blanks that record and erases the text from this laptop's change log
(``erasure.erase_from_change_log``). Nothing is shared by default: no record exists until
the host shares. The bundle that carries the record to the partnership lead is
``app/sync/share_bundle.py``; when a withdrawal arrives there, ``erase_withdrawn``
erases the earlier text from the lead's change log too.

``live_summaries`` is what the themes, the annual report and the window read: the
summaries shared and not withdrawn, each checked by ``summary_body.parse``. A body that
fails the check (a newer Peerview's format, or a forgery that slipped past an older
one) is left out, never raised; ``unreadable_summaries`` says which and why, for the
command line and the window to show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select

from app.models import (
    TABLES,
    Attachment,
    ChangeLogEntry,
    ProtocolDocument,
    SharedSummary,
    attachments,
    table,
)
from app.models.sharing import record_id
from app.services import erasure, share_summary, summary_body
from app.services.authority import host_rule
from app.services.changelog import Entry
from app.services.errors import PeerviewError
from app.services.store import Store
from app.services.summary_body import Summary

_summary = table(SharedSummary)
TABLES_LOG = table(ChangeLogEntry)
MAX_REPORT = 200 * 1024 * 1024  # a signed report of a few hundred pages, with pictures
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class ShareState:
    """What this laptop holds of a review's shared summary."""

    review_id: str
    shared_on: str
    withdrawn_on: str  # "" while shared
    summary: Summary | None  # None when withdrawn or unreadable

    @property
    def shared(self) -> bool:
        return not self.withdrawn_on and self.summary is not None


@dataclass(frozen=True)
class Unreadable:
    """A shared summary left out of everything, and why."""

    review_id: str
    school_id: str
    shared_on: str
    problem: str


def _live_rows(conn: Connection, partnership_id: str) -> list[tuple[str, str, str, str]]:
    return [
        (r.review_id, r.school_id, r.shared_on, r.body)
        for r in conn.execute(
            select(
                _summary.c.review_id, _summary.c.school_id, _summary.c.shared_on, _summary.c.body
            )
            .where(
                _summary.c.partnership_id == partnership_id,
                _summary.c.deleted.is_(False),
                _summary.c.withdrawn_on == "",
                _summary.c.body != "",
            )
            .order_by(_summary.c.shared_on, _summary.c.review_id)
        )
    ]


def _read(review_id: str, school_id: str, body: str) -> Summary:
    summary = summary_body.parse(body)
    if summary.review_id != review_id or summary.school_id != school_id:
        raise PeerviewError(
            "This shared summary cannot be read: its body names another review or school "
            "than its record. Nothing was changed; ask the host school to share it again."
        )
    return summary


def live_summaries(conn: Connection, partnership_id: str) -> list[Summary]:
    """The partnership's shared summaries that are shared and not withdrawn, checked;
    unreadable ones are left out (see ``unreadable_summaries``)."""
    found = []
    for review_id, school_id, _on, body in _live_rows(conn, partnership_id):
        try:
            found.append(_read(review_id, school_id, body))
        except PeerviewError:
            continue
    return found


def unreadable_summaries(conn: Connection, partnership_id: str) -> list[Unreadable]:
    """The shared summaries ``live_summaries`` leaves out because they cannot be read."""
    found = []
    for review_id, school_id, shared_on, body in _live_rows(conn, partnership_id):
        try:
            _read(review_id, school_id, body)
        except PeerviewError as exc:
            found.append(Unreadable(review_id, school_id, shared_on, str(exc)))
    return found


# ---------------------------------------------------------------------- the host's side
def _today(store: Store, today: dt.date | None) -> str:
    return (
        today or dt.datetime.fromtimestamp(store.wall_clock() / 1000, dt.UTC).date()
    ).isoformat()


def require_host(store: Store, conn: Connection, review_id: str) -> None:
    """Refuse, before anything is written, anyone but the host school's head (the rule
    the lead's laptop applies to what arrives, ``authority.host_rule``)."""
    row = share_summary.review_row(conn, review_id)
    share_summary.require_signed(row)
    keys = {store.author_key_id, f"device:{store.device_id}"}
    if host_rule(conn, row.host_school_id, row.partnership_id, review_id, keys, "You"):
        school = conn.execute(
            select(TABLES["school"].c.name).where(TABLES["school"].c.id == row.host_school_id)
        ).scalar()
        raise PeerviewError(
            f"Only the headteacher or host leader of {school or 'the host school'} shares "
            "this review with the partnership, on their own Peerview; this identity is not "
            "theirs. Nothing was shared.",
            hint_cli="Ask the host school's head to share it (peerview share --review ID).",
            hint_gui="Ask the host school's head to share it from their own Peerview.",
        )


def read_report(path: Path, want: str) -> bytes:
    """The signed report's bytes from ``path``, refused unless they are the very report
    the review was signed with."""
    try:
        if path.stat().st_size > MAX_REPORT:
            raise PeerviewError(f"{path.name} is larger than any signed report: not shared.")
        data = path.read_bytes()
    except OSError as exc:
        raise PeerviewError(f"Cannot read {path}: {exc.strerror}. Check the file name.") from exc
    if hashlib.sha256(data).hexdigest() != want:
        raise PeerviewError(
            f"{path.name} is not the report this review was signed with (its SHA-256 "
            "differs). Nothing was shared.",
            hint_cli="Give the signed PDF the lead reviewer sent, unchanged.",
            hint_gui="Choose the signed PDF the lead reviewer sent, unchanged.",
        )
    return data


def make(
    store: Store, review_id: str, *, named: bool = False, report: Path | None = None
) -> tuple[Summary, bytes | None]:
    """The summary the host would share, checked as the lead's laptop will check it,
    and the whole report's bytes when asked for. Writes nothing: this is the preview."""
    with store.read() as conn:
        require_host(store, conn, review_id)
        row = share_summary.review_row(conn, review_id)
        data = read_report(report, row.report_sha256) if report is not None else None
        summary = share_summary.build(
            conn, review_id, named=named, report_sha256=row.report_sha256 if data else ""
        )
    summary_body.parse(summary_body.dumps(summary))  # what the lead's laptop will read
    return summary, data


def share(
    store: Store,
    review_id: str,
    *,
    named: bool = False,
    report: Path | None = None,
    today: dt.date | None = None,
) -> Summary:
    """Share (or share again) the review's summary: its record now holds it."""
    summary, data = make(store, review_id, named=named, report=report)
    if data is not None:
        attachments.write(store.db.data_dir, store.db.key, data)
    with store.read() as conn:
        row = share_summary.review_row(conn, review_id)
    with store.write() as tx:
        tx.upsert(
            "shared_summary",
            record_id(review_id),
            {
                "review_id": review_id,
                "partnership_id": row.partnership_id,
                "school_id": row.host_school_id,
                "body": summary_body.dumps(summary),
                "shared_on": _today(store, today),
                "withdrawn_on": "",
            },
        )
    return summary


def state(store: Store, review_id: str) -> ShareState | None:
    """The review's shared summary as this laptop holds it; None when never shared."""
    with store.read() as conn:
        row = conn.execute(select(_summary).where(_summary.c.id == record_id(review_id))).first()
    if row is None or row.deleted:
        return None
    try:
        summary = _read(row.review_id, row.school_id, row.body) if row.body else None
    except PeerviewError:
        summary = None
    return ShareState(review_id, row.shared_on, row.withdrawn_on, summary)


def withdraw(store: Store, review_id: str, today: dt.date | None = None) -> None:
    """Withdraw the shared summary: the record keeps no text, and this laptop's change
    log loses the text it held (the withdrawal reaches the lead the same way)."""
    with store.read() as conn:
        require_host(store, conn, review_id)
    found = state(store, review_id)
    if found is None or found.withdrawn_on:
        raise PeerviewError(
            "This review's summary is not shared with the partnership, so there is nothing "
            "to withdraw. Nothing was changed."
        )
    _erase(store, [record_id(review_id)], {"body": "", "withdrawn_on": _today(store, today)})


def erase_withdrawn(store: Store, entries: Iterable[Entry], carried: Iterable[str] = ()) -> int:
    """After an import: for every shared summary the imported ``entries`` touch that is
    withdrawn here, erase its earlier text from the change log and remove the whole
    reports it named, or that the bundle ``carried`` (attachment digests) and nothing
    here holds: a copy of an old bundle imported again brings nothing back. Returns how
    many summaries."""
    ids = sorted({e.entity_id for e in entries if e.entity == "shared_summary"})
    if not ids:
        return 0
    with store.read() as conn:
        ids = list(
            conn.execute(
                select(_summary.c.id).where(
                    _summary.c.id.in_(ids), _summary.c.body == "", _summary.c.withdrawn_on != ""
                )
            ).scalars()
        )
    if ids:
        _erase(store, ids, None, set(carried))
    return len(ids)


def _erase(
    store: Store, ids: list[str], fields: dict[str, str] | None, carried: set[str] | None = None
) -> None:
    """Blank the records (when ``fields``), drop their text from every earlier change-log
    entry, and remove the whole reports they carried that nothing else here holds."""
    with store.write() as tx:
        digests = _reports_in_log(tx.conn, ids) | (carried or set())
        for summary_id in ids:
            if fields is not None:
                tx.upsert("shared_summary", summary_id, fields)
        erasure.erase_from_change_log(tx, "shared_summary", ids, ("body",))
    with store.read() as conn:
        digests -= _still_held(conn)
    for digest in sorted(digests):
        erasure.shred(attachments.path_for(store.db.data_dir, digest))
    erasure.checkpoint(store)


def _reports_in_log(conn: Connection, ids: list[str]) -> set[str]:
    """The whole reports the records' bodies ever named, from the change log."""
    log = TABLES_LOG
    found: set[str] = set()
    for (raw,) in conn.execute(
        select(log.c.fields).where(log.c.entity == "shared_summary", log.c.entity_id.in_(ids))
    ):
        try:
            body = json.loads(json.loads(raw).get("body") or "{}")
            digest = body.get("report_sha256") if isinstance(body, dict) else None
        except (ValueError, AttributeError, RecursionError):
            continue
        if isinstance(digest, str) and _DIGEST.match(digest):
            found.add(digest)
    return found


def _still_held(conn: Connection) -> set[str]:
    """Files something live here still holds: an attachment, a protocol document, or
    another shared summary's whole report."""
    held: set[str] = set()
    for holder in (table(Attachment), table(ProtocolDocument)):
        held |= set(
            conn.execute(select(holder.c.sha256).where(holder.c.deleted.is_(False))).scalars()
        )
    for (body,) in conn.execute(select(_summary.c.body).where(_summary.c.body != "")):
        try:
            digest = json.loads(body).get("report_sha256")
        except (ValueError, AttributeError, RecursionError):
            continue
        if isinstance(digest, str):
            held.add(digest)
    return held
