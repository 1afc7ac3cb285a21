"""The host's factual-accuracy round (decision 0039).

The lead reviewer sends a numbered draft to the host (``send_draft``). The host answers
per finding, in one of two ways:

- from their own Peerview: a **signed response file** (``response_file.py`` writes and
  reads it) that the lead imports here (``import_response``); the signer must be the host
  school's headteacher or a host leader on the review's team, trusted by card;
- as an email, a marked-up PDF or a letter, which the lead **records** with who sent it
  and when, the file itself kept as an attachment (``record_response``).

Each correction the host asked for gets the lead's decision: accepted, changed, or
declined with a reason (``decide``). "Factual accuracy checked by the host" needs a
response and every decision (``duties.check_host_response``).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import (
    DraftSent,
    Finding,
    HostCorrection,
    HostResponse,
    ReportDraft,
    table,
)
from app.models import attachments as attachment_files
from app.services import duties
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store, Tx

log = logging.getLogger(__name__)

CHANNELS = {
    "email": "Email",
    "marked_pdf": "Marked-up PDF",
    "letter": "Letter",
    "peerview": "Signed response from Peerview",
}
DECISIONS = {"accepted": "Accepted", "changed": "Changed", "declined": "Declined"}
MAX_EVIDENCE_BYTES = 25 * 1024 * 1024
MAX_TEXT = 5000


@dataclass(frozen=True)
class Correction:
    id: str
    finding_id: str
    finding_title: str
    said: str
    decision: str
    reason: str


@dataclass(frozen=True)
class Response:
    id: str
    draft_number: int
    source: str
    channel: str
    from_name: str
    sent_at: str
    general: str
    file_name: str
    file_sha256: str
    corrections: list[Correction] = field(default_factory=list)


@dataclass(frozen=True)
class Sent:
    draft_number: int
    sent_on: str
    sent_to: str


def iso_day(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise PeerviewError(
            f"'{value}' is not a date for {what}; write it as YYYY-MM-DD."
        ) from None


def _when(value: str) -> str:
    """A date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM) the host sent it."""
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        raise PeerviewError(
            f"'{value}' is not a date and time; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM."
        ) from None


def _text(value: str, what: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise PeerviewError(f"{what} is longer than {MAX_TEXT} characters; shorten it.")
    return text


def drafts_made(conn: Connection, review_id: str) -> list[int]:
    rd = table(ReportDraft)
    rows = conn.execute(
        select(rd.c.number).where(rd.c.review_id == review_id, rd.c.deleted.is_(False))
    ).scalars()
    return sorted(set(int(n) for n in rows))


def _check_draft(conn: Connection, review_id: str, number: int) -> None:
    made = drafts_made(conn, review_id)
    if number not in made:
        shown = ", ".join(str(n) for n in made) or "none yet"
        raise PeerviewError(
            f"There is no draft {number} of this report (drafts made: {shown}).",
            hint_cli="Make the draft first: peerview report --review ID --out draft.pdf",
            hint_gui="Save a draft PDF first (Save draft for the host).",
        )


def finding_ids(conn: Connection, review_id: str) -> dict[str, str]:
    """finding id -> title, for the review's live findings."""
    f = table(Finding)
    rows = conn.execute(
        select(f.c.id, f.c.title)
        .where(f.c.review_id == review_id, f.c.deleted.is_(False))
        .order_by(f.c.position, f.c.id)
    ).all()
    return {r.id: r.title for r in rows}


def send_draft(
    store: Store, review_id: str, draft_number: int, sent_to: str, sent_on: str
) -> ChangeSet:
    """Record that the lead sent draft ``draft_number`` to the host (to whom, on which day)."""
    if not sent_to.strip():
        raise PeerviewError("Say who the draft went to (the headteacher, usually).")
    day = iso_day(sent_on, "the day the draft was sent")
    with store.write() as tx:
        duties.require_lead(tx.conn, review_id, store.author_key_id, "send the draft to the host")
        _check_draft(tx.conn, review_id, draft_number)
        tx.upsert(
            "draft_sent",
            join_id("draft_sent", review_id, str(draft_number)),
            {
                "review_id": review_id,
                "draft_number": draft_number,
                "sent_on": day,
                "sent_to": _text(sent_to, "Who it went to"),
            },
        )
    return tx.changes


def _check_corrections(
    conn: Connection, review_id: str, corrections: dict[str, str]
) -> dict[str, str]:
    known = finding_ids(conn, review_id)
    out = {}
    for finding_id, said in corrections.items():
        if finding_id not in known:
            raise PeerviewError(
                f"The response names a finding ({finding_id[:8]}) that this review does not "
                "have (or no longer has).",
                hint_cli="See the findings: peerview finding list --review ID",
            )
        text = _text(said, "What the host said about a finding")
        if text:
            out[finding_id] = text
    return out


def _add_corrections(tx: Tx, review_id: str, response_id: str, corrections: dict[str, str]) -> None:
    for finding_id, said in corrections.items():
        tx.upsert(
            "host_correction",
            join_id("host_correction", response_id, finding_id),
            {
                "review_id": review_id,
                "response_id": response_id,
                "finding_id": finding_id,
                "said": said,
            },
        )


def record_response(
    store: Store,
    review_id: str,
    *,
    draft_number: int,
    from_name: str,
    sent_at: str,
    channel: str,
    evidence: Path,
    corrections: dict[str, str],
    general: str = "",
) -> tuple[str, ChangeSet]:
    """The lead records the host's response that came as an email, a marked-up PDF or a
    letter: who sent it (a headteacher or host leader on the team) and when, with the
    file itself attached. Returns the response's id."""
    if channel not in ("email", "marked_pdf", "letter"):
        raise PeerviewError(
            f"'{channel}' is not a way a response comes; use email, marked_pdf or letter."
        )
    when = _when(sent_at)
    try:
        size = evidence.stat().st_size
        if size > MAX_EVIDENCE_BYTES:
            raise PeerviewError(
                f"{evidence.name} is larger than {MAX_EVIDENCE_BYTES // (1024 * 1024)} MB; "
                "attach the email or PDF itself, not a folder of files."
            )
        data = evidence.read_bytes()
    except IsADirectoryError:
        raise PeerviewError(f"{evidence} is a folder; attach the email or PDF file.") from None
    except OSError as exc:
        raise PeerviewError(
            f"Could not read {evidence} ({exc.strerror or exc}). Attach the email or "
            "marked-up PDF the host sent, as a file."
        ) from None
    if not data:
        raise PeerviewError(f"{evidence.name} is empty; attach the file the host sent.")
    with store.read() as conn:
        duties.require_lead(conn, review_id, store.author_key_id, "record the host's response")
        _check_draft(conn, review_id, draft_number)
        host = duties.host_named(conn, review_id, from_name, "The response")
        checked = _check_corrections(conn, review_id, corrections)
    general_text = _text(general, "The host's general comment")
    digest = attachment_files.write(store.db.data_dir, store.db.key, data)
    with store.write() as tx:
        response_id = tx.create(
            "host_response",
            {
                "review_id": review_id,
                "draft_number": draft_number,
                "source": "recorded",
                "channel": channel,
                "from_name": host,
                "sent_at": when,
                "general": general_text,
                "file_sha256": digest,
                # Shown to the lead only; the stored copy is named by its digest.
                "file_name": evidence.name[:200],
            },
        )
        _add_corrections(tx, review_id, response_id, checked)
    return response_id, tx.changes


def accept_signed(
    store: Store,
    review_id: str,
    *,
    draft_number: int,
    signer_key_id: str,
    signer_name: str,
    written_at: str,
    general: str,
    corrections: dict[str, str],
    file_bytes: bytes,
) -> tuple[str, ChangeSet]:
    """Record a verified signed response (response_file.import_response calls this once
    the signature and signer are checked). The same file imported twice is one record."""
    import hashlib

    digest = hashlib.sha256(file_bytes).hexdigest()
    with store.read() as conn:
        duties.require_lead(conn, review_id, store.author_key_id, "import the host's response")
        _check_draft(conn, review_id, draft_number)
        checked = _check_corrections(conn, review_id, corrections)
    stored = attachment_files.write(store.db.data_dir, store.db.key, file_bytes)
    assert stored == digest
    response_id = join_id("host_response", review_id, digest)
    with store.write() as tx:
        tx.upsert(
            "host_response",
            response_id,
            {
                "review_id": review_id,
                "draft_number": draft_number,
                "source": "signed_file",
                "channel": "peerview",
                "from_name": signer_name,
                "from_key_id": signer_key_id,
                "sent_at": written_at,
                "general": _text(general, "The host's general comment"),
                "file_sha256": digest,
                "file_name": f"host-response-draft-{draft_number}.peerview-response",
            },
        )
        _add_corrections(tx, review_id, response_id, checked)
    return response_id, tx.changes


def decide(store: Store, correction_id: str, decision: str, reason: str = "") -> ChangeSet:
    """The lead's decision on one correction: accepted, changed (the finding was edited),
    or declined with a reason the host will read."""
    if decision not in DECISIONS:
        raise PeerviewError(f"'{decision}' is not a decision; use accepted, changed or declined.")
    why = _text(reason, "The reason")
    if decision == "declined" and not why:
        raise PeerviewError(
            "Say why the correction is declined: the host reads the reason.",
            hint_cli="Add --reason TEXT.",
        )
    hc = table(HostCorrection)
    with store.write() as tx:
        row = tx.conn.execute(
            select(hc).where(hc.c.id == correction_id, hc.c.deleted.is_(False))
        ).first()
        if row is None:
            raise NotFoundError(
                f"No correction {correction_id}.", hint_cli="See: peerview accuracy show ID"
            )
        duties.require_lead(
            tx.conn, row.review_id, store.author_key_id, "decide the host's corrections"
        )
        tx.upsert("host_correction", correction_id, {"decision": decision, "reason": why})
    return tx.changes


def sent(store: Store, review_id: str) -> list[Sent]:
    ds = table(DraftSent)
    with store.read() as conn:
        rows = conn.execute(
            select(ds)
            .where(ds.c.review_id == review_id, ds.c.deleted.is_(False))
            .order_by(ds.c.draft_number)
        ).all()
    return [Sent(r.draft_number, r.sent_on, r.sent_to) for r in rows]


def responses(store: Store, review_id: str) -> list[Response]:
    """Every response from the host, oldest draft first, with its corrections."""
    hr, hc = table(HostResponse), table(HostCorrection)
    with store.read() as conn:
        titles = finding_ids(conn, review_id)
        rows = conn.execute(
            select(hr)
            .where(hr.c.review_id == review_id, hr.c.deleted.is_(False))
            .order_by(hr.c.draft_number, hr.c.sent_at, hr.c.id)
        ).all()
        out = []
        for r in rows:
            items = conn.execute(
                select(hc).where(hc.c.response_id == r.id, hc.c.deleted.is_(False))
            ).all()
            order = list(titles)
            corrections = sorted(
                (
                    Correction(
                        c.id,
                        c.finding_id,
                        titles.get(c.finding_id, "(a finding since removed)"),
                        c.said,
                        c.decision,
                        c.reason,
                    )
                    for c in items
                ),
                key=lambda c: order.index(c.finding_id) if c.finding_id in order else len(order),
            )
            out.append(
                Response(
                    r.id, r.draft_number, r.source, r.channel, r.from_name, r.sent_at,
                    r.general, r.file_name, r.file_sha256, corrections,
                )
            )  # fmt: skip
    return out


def evidence_bytes(store: Store, response: Response) -> bytes | None:
    """The file the host's response came in (the email, the PDF, the signed file)."""
    return attachment_files.read(store.db.data_dir, store.db.key, response.file_sha256)
