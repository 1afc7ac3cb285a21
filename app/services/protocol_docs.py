"""Documents attached to the partnership's agreed protocol (decision 0041): the signed
data-sharing agreement as a PDF, the confidentiality agreement as the heads signed it.

The bytes go to the attachment store (``app/models/attachments.py``: content-addressed,
sealed with the data key) and travel in the bundles that carry the partnership record;
the record says which part of the protocol a document belongs to and the name it is shown
under. Only the partnership lead attaches or detaches one (``partnership.lead_write``);
anyone who holds the record may save a copy. A file name is for display only: it never
names a file on this laptop, and what a bundle says of it is checked like typed text.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import fileio
from app.models import ProtocolDocument, attachments, table
from app.models.partnership import PROTOCOL_PARTS
from app.services import partnership, refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store
from app.translatable import QT_TRANSLATE_NOOP

MAX_BYTES = 20 * 1024 * 1024  # a scanned, signed agreement; not a video of the meeting
MAX_NAME = 200


PART_LABELS = {
    "purpose": QT_TRANSLATE_NOOP("services.protocol_docs", "Purpose and shared priorities"),
    "confidentiality": QT_TRANSLATE_NOOP(
        "services.protocol_docs", "Confidentiality and report sharing"
    ),
    "data_sharing": QT_TRANSLATE_NOOP("services.protocol_docs", "Data sharing"),
    "other": QT_TRANSLATE_NOOP("services.protocol_docs", "Other"),
}
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
# What a displayed name may not hold: control characters, and the direction overrides and
# isolates that make "cod.exe\u202efdp" show as a PDF.
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_doc = table(ProtocolDocument)


@dataclass(frozen=True)
class Document:
    id: str
    filename: str
    part: str
    media_type: str
    size: int
    sha256: str
    added_on: str
    held: bool  # this laptop holds the file (it may still be on its way)

    @property
    def part_label(self) -> str:
        return PART_LABELS.get(self.part, self.part)


def part_name(given: str) -> str:
    """'data-sharing', 'Data sharing' and 'data_sharing' all name the same part."""
    wanted = re.sub(r"[\s-]+", "_", given.strip().lower())
    if wanted not in PROTOCOL_PARTS:
        raise PeerviewError(
            f"'{given}' is not a part of the protocol.",
            hint_cli="Use one of: purpose, confidentiality, data-sharing, other.",
            hint_gui="Choose the part from the list.",
        )
    return wanted


def display_name(raw: str) -> str:
    """The name a document is shown under: the last part of ``raw`` with no folders, no
    control or direction-override characters, at most MAX_NAME characters."""
    name = unicodedata.normalize("NFC", raw)
    name = re.split(r"[/\\]", name)[-1]
    name = _HIDDEN.sub("", name).strip().lstrip(".")
    if len(name) > MAX_NAME:
        _stem, dot, ext = name.rpartition(".")
        keep = ext if dot and len(ext) <= 10 else ""
        name = name[: MAX_NAME - len(keep) - 1].rstrip() + ("." + keep if keep else "")
    return name or "document"


def fields_problem(fields: dict[str, object]) -> str | None:
    """Why a protocol document's fields from another laptop could not have been written
    here (app/sync/fields.py), or None."""
    digest = fields.get("sha256")
    if digest is not None and not (isinstance(digest, str) and _DIGEST.match(digest)):
        return "its file's SHA-256 is not a digest"
    part = fields.get("part")
    if part is not None and part not in PROTOCOL_PARTS:
        return f"'{part}' is not a part of the protocol"
    size = fields.get("size")
    if size is not None and not (type(size) is int and 0 < size <= MAX_BYTES):
        return "its size is not that of a file Peerview attaches"
    name = fields.get("filename")
    if name is not None and (not isinstance(name, str) or display_name(name) != name):
        return "its file name holds folders, hidden characters or is too long"
    return None


def _read_file(path: Path) -> bytes:
    shown = str(path)
    if not path.exists():
        raise PeerviewError(
            f"There is no file {shown}. Nothing was attached.",
            hint_cli="Check the path and try again.",
        )
    if path.is_dir():
        raise PeerviewError(
            f"{shown} is a folder, not a file. Nothing was attached.",
            hint_cli="Give the document itself (a PDF, say), not the folder it is in.",
            hint_gui="Choose the document itself, not the folder it is in.",
        )
    if not path.is_file():
        raise PeerviewError(f"{shown} is not an ordinary file. Nothing was attached.")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PeerviewError(
            f"{shown} cannot be read ({exc.strerror or exc}). Nothing was attached.",
            hint_cli="Check that you may read the file, or copy it somewhere you may.",
            hint_gui="Check that you may read the file, or copy it somewhere you may.",
        ) from exc
    if not data:
        raise PeerviewError(
            f"{shown} is empty. Nothing was attached.",
            hint_cli="Attach the document once it has been saved in full.",
        )
    if len(data) > MAX_BYTES:
        raise PeerviewError(
            f"{shown} is larger than {MAX_BYTES // (1024 * 1024)} MB, the most a protocol "
            "document may be. Nothing was attached.",
            hint_cli="Attach a smaller copy (a PDF of the signed pages, say).",
            hint_gui="Attach a smaller copy (a PDF of the signed pages, say).",
        )
    return data


def attach(
    store: Store,
    partnership_name: str | None,
    path: Path,
    *,
    part: str = "other",
    today: dt.date | None = None,
) -> tuple[str, ChangeSet]:
    """Attach the file at ``path`` to the protocol; returns the document's id. Refused,
    before any byte is kept, on a laptop that is not the lead's or for a bad file."""
    chosen = part_name(part)
    with store.read() as conn:
        pid, pname = partnership.resolve(conn, partnership_name)
    if not partnership.is_lead(store, pid):
        with store.write() as tx:  # the lead's own refusal, with its wording
            partnership.require_lead(tx, pid, pname)
    data = _read_file(path)
    name = display_name(path.name)
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    digest = attachments.write(store.db.data_dir, store.db.key, data)
    with partnership.lead_write(store, pid) as (tx, pid, _pname):
        new_id = tx.create(
            "protocol_document",
            {
                "partnership_id": pid,
                "sha256": digest,
                "filename": name,
                "media_type": media[:128],
                "size": len(data),
                "part": chosen,
                "added_on": (today or dt.date.today()).isoformat(),
            },
        )
    return new_id, tx.changes


def documents(store: Store, partnership_name: str | None = None) -> list[Document]:
    with store.read() as conn:
        pid, _ = partnership.resolve(conn, partnership_name)
        rows = conn.execute(
            select(_doc)
            .where(_doc.c.partnership_id == pid, _doc.c.deleted.is_(False))
            .order_by(_doc.c.added_on, _doc.c.id)
        ).all()
    order = {p: i for i, p in enumerate(PROTOCOL_PARTS)}
    found = [
        Document(
            str(r.id),
            r.filename,
            r.part,
            r.media_type,
            r.size,
            r.sha256,
            r.added_on,
            _DIGEST.match(r.sha256) is not None
            and attachments.path_for(store.db.data_dir, r.sha256).is_file(),
        )
        for r in rows
    ]
    return sorted(found, key=lambda d: order.get(d.part, len(order)))


def find(store: Store, given: str, partnership_name: str | None = None) -> Document:
    """A document by its file name, its id, or a unique start or end of its id (the last
    eight characters are what the command line prints)."""
    held = documents(store, partnership_name)
    exact = [d for d in held if given.strip() in (d.id, d.filename)]
    if len(exact) == 1:
        return exact[0]
    chosen = refs.match(
        given,
        {d.id: [d.id] for d in held},
        what="protocol document",
        listing="peerview partnership protocol documents",
        called="id or file name",
    )
    return next(d for d in held if d.id == chosen)


def content(store: Store, doc: Document) -> bytes:
    """The document's bytes, decrypted; refused when this laptop does not hold them."""
    try:
        data = attachments.read(store.db.data_dir, store.db.key, doc.sha256)
    except attachments.DamagedAttachment as exc:
        raise PeerviewError(exc.advice(store.db.data_dir)) from exc
    if data is None:
        raise PeerviewError(
            f"This laptop does not hold the file of '{doc.filename}' yet.",
            hint_cli="It comes with the next bundle from the partnership lead.",
            hint_gui="It comes with the next bundle from the partnership lead.",
        )
    return data


def save_copy(store: Store, doc: Document, out: Path, *, force: bool = False) -> Path:
    """Write the document's bytes to ``out``, a path the person chose; an existing file
    is kept unless ``force``."""
    if out.is_dir():
        raise PeerviewError(
            f"{out} is a folder. Give the name of the file to write.",
            hint_cli=f"For example: --out {out / doc.filename}",
        )
    if out.exists() and not force:
        raise PeerviewError(
            f"{out} already exists; it was left as it was.",
            hint_cli="Choose another name, or add --force to replace it.",
        )
    if not out.parent.is_dir():
        raise PeerviewError(f"There is no folder {out.parent} to save the copy in.")
    data = content(store, doc)
    try:
        fileio.write_bytes(out, data)
    except OSError as exc:
        raise PeerviewError(
            f"The copy could not be written to {out} ({exc.strerror or exc}).",
            hint_cli="Choose a folder you may write to.",
            hint_gui="Choose a folder you may write to.",
        ) from exc
    return out


def detach(store: Store, doc_id: str, partnership_name: str | None = None) -> ChangeSet:
    """Remove the document from the protocol. Its file stays in the store: the same
    bytes may be another record's, and an erasure removes what nothing refers to."""
    with partnership.lead_write(store, partnership_name) as (tx, pid, _pname):
        row = tx.conn.execute(
            select(_doc.c.id).where(
                _doc.c.id == doc_id, _doc.c.partnership_id == pid, _doc.c.deleted.is_(False)
            )
        ).first()
        if row is None:
            raise NotFoundError(f"The protocol has no document {doc_id}.")
        tx.delete("protocol_document", doc_id)
    return tx.changes
