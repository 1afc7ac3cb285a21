"""``peerview bundle export``: a signed, encrypted bundle of a review for its team.

By default a bundle carries what its recipients have not acknowledged yet: for every
device chain, the entries after the point their receipts say they hold (receipts come
back in the bundles they send). ``full`` sends everything.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
from pyrage import x25519
from sqlalchemy import insert, select

from app import fileio
from app.ids import uuid7
from app.models import TABLES, SyncSent, attachments, table
from app.services import chainkeys
from app.services.changelog import canonical_json
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync.keys import DSL_ROLE, IdentityKeyRing, KeyRing, LocalKeys, PeerKey, find_recipient
from app.sync.outgoing import acknowledged, collect
from app.sync.scope import review_scope

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None] | None


@dataclass
class ExportResult:
    bundle_id: str
    path: Path
    entries: int
    stubs: int
    recipients: list[str] = field(default_factory=list)  # names
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    safeguarding_included: bool = False


def attachments_dir(store: Store) -> Path:
    return attachments.folder(store.db.data_dir)


def resolve_recipients(
    store: Store, keys: KeyRing, review_id: str, to: list[str] | None
) -> list[PeerKey]:
    me = keys.local()
    if to:
        found = []
        for ref in to:
            peer = find_recipient(keys, ref)
            if peer is None:
                raise PeerviewError(
                    f"No trusted person has the fingerprint '{ref}'. Trust their card first, "
                    "after checking the fingerprint with them.",
                    hint_cli="(peerview trust FILE)",
                )
            found.append(peer)
    else:
        # The review's team members this installation trusts.
        team, person = TABLES["team_member"], TABLES["person"]
        with store.read() as conn:
            key_ids = set(
                conn.execute(
                    select(person.c.key_id)
                    .join(team, team.c.person_id == person.c.id)
                    .where(team.c.review_id == review_id, team.c.deleted.is_(False))
                ).scalars()
            )
            # Someone revoked (in a roster, or on this review) is left out of the default
            # recipients: the rest of the team still gets the bundle (decision 0030).
            rv = TABLES["revocation"]
            key_ids -= set(
                conn.execute(
                    select(rv.c.key_id).where(rv.c.review_id == review_id, rv.c.deleted.is_(False))
                ).scalars()
            )
        found = [p for p in keys.peers() if p.key_id in key_ids and not p.revoked]
    found = [p for p in found if p.key_id != me.key_id]
    for peer in found:
        if peer.revoked:
            raise PeerviewError(
                f"{peer.name}'s key was revoked in the roster (a lost laptop?); a bundle cannot "
                f"be sent to it. Ask them for their new card."
            )
    if not found:
        raise PeerviewError(
            "Say who the bundle is for.",
            hint_cli="--to FINGERPRINT (repeat for each person). See their fingerprints with: "
            "peerview identity show / their public card.",
            hint_gui="Tick at least one person.",
        )
    unique = {p.key_id: p for p in found}
    return list(unique.values())


def export_bundle(
    store: Store,
    review_id: str,
    out: Path,
    to: list[str] | None = None,
    full: bool = False,
    progress: Progress = None,
    *,
    keys: KeyRing | None = None,
    encrypt: bool = True,
    scope: dict[str, set[str]] | None = None,
    files: tuple[str, ...] = (),
    purpose: dict[str, str] | None = None,
) -> ExportResult:
    """Write a bundle of the review for ``to`` (fingerprints or key ids; default: the
    review's trusted team). ``progress(done, total, what)`` is called between steps;
    raising from it before the last step cancels, and no file is written.

    ``scope``: the records carried in full, when not the whole review's (a shared
    summary's bundle carries that record alone; everything else travels as withheld
    runs); ``files``: attachment digests carried beside the scope's; ``purpose``: what
    the bundle is for, in its signed manifest (docs/bundle-format.md)."""
    only = scope
    keys = keys or IdentityKeyRing(store)
    me = keys.local()
    recipients = resolve_recipients(store, keys, review_id, to)
    # Safeguarding concerns go only to designated safeguarding leads: a bundle readable
    # by anyone else leaves them out (as stubs, so chains still verify).
    restricted = all(p.role == DSL_ROLE for p in recipients)
    say = progress or (lambda _d, _t, _m: None)
    say(0, 4, "Choosing what to send")
    certify(store, me)
    with store.read() as conn:
        certificates = sorted(
            chainkeys.known_certificates(conn).values(), key=lambda c: c["device_id"]
        )
        since = {} if full else acknowledged(conn, [p.key_id for p in recipients])
        scope = only if only is not None else review_scope(conn, review_id)
        outgoing = collect(conn, review_id, since, restricted=restricted, scope=scope, lines=True)
        fw = TABLES["framework_version"]
        frameworks = [
            {"version_id": r.id, "content_hash": r.content_hash, "label": r.label}
            for r in conn.execute(
                select(fw.c.id, fw.c.content_hash, fw.c.label).where(
                    fw.c.id.in_(sorted(scope["framework_version"]))
                )
            )
        ]
        att, doc = TABLES["attachment"], TABLES["protocol_document"]
        found = set(
            conn.execute(
                select(att.c.sha256).where(att.c.id.in_(sorted(scope["attachment"])))
            ).scalars()
        )
        # The files of the partnership's protocol documents travel with its record
        # (decision 0041); a detached one's file stays behind.
        found |= set(
            conn.execute(
                select(doc.c.sha256).where(
                    doc.c.id.in_(sorted(scope["protocol_document"])), doc.c.deleted.is_(False)
                )
            ).scalars()
        )
        hashes = sorted(found | set(files))
    if only is None and not scope["review"]:
        raise PeerviewError(f"No review {review_id}.", hint_cli="See: peerview review list")
    say(1, 4, f"Packing {len(outgoing.lines):,} entries")
    lines = outgoing.lines + [
        canonical_json({"kind": "stub", **s.__dict__}) for s in outgoing.stubs
    ]
    entries_bytes = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    members = {fmt.ENTRIES: entries_bytes}
    for digest in hashes:
        # Decrypted here: the bundle is encrypted to its recipients as a whole.
        try:
            data = attachments.read(store.db.data_dir, store.db.key, digest)
        except attachments.DamagedAttachment as exc:
            raise PeerviewError(exc.advice(store.db.data_dir)) from exc
        if data is not None:
            members[f"{fmt.ATTACHMENTS}{digest}"] = data
    bundle_id = uuid7()
    manifest = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "bundle_id": bundle_id,
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "review_id": review_id,
        "full": full,
        "sender": _sender(me, store.device_id),
        "recipients": [
            {"key_id": p.key_id, "name": p.name, "role": p.role, "age_recipient": p.age_recipient}
            for p in recipients
        ],
        "encrypted": encrypt,
        "safeguarding_included": restricted,
        "ranges": {d: list(r) for d, r in sorted(outgoing.ranges.items())},
        "counts": {"entries": len(outgoing.lines), "stubs": len(outgoing.stubs)},
        "certificates": certificates,
        "frameworks": frameworks,
        "files": [
            {"name": name, "size": len(data), "sha256": fmt.sha256(data)}
            for name, data in members.items()
        ],
    }
    if purpose is not None:
        manifest["purpose"] = purpose
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode()
    signature = me.ed25519_private.sign(manifest_bytes)
    say(2, 4, "Signing and encrypting")
    data = fmt.pack(manifest_bytes, signature, members)
    if encrypt:
        keys_to = [x25519.Recipient.from_str(p.age_recipient) for p in recipients]
        keys_to.append(x25519.Recipient.from_str(me.age_recipient))
        data = pyrage.encrypt(data, keys_to)
    say(3, 4, "Writing the file")
    fileio.write_bytes(out, data)
    # Entries have left this laptop: a restored or copied database must not reuse them.
    store.mark_chain()
    with store.write() as tx:
        tx.conn.execute(
            insert(table(SyncSent)).values(
                bundle_id=bundle_id,
                review_id=review_id,
                recipients=json.dumps([p.key_id for p in recipients]),
                ranges=json.dumps(manifest["ranges"]),
                file_name=str(out),
                sent_at=manifest["created_at"],
                full=full,
                entries=len(outgoing.lines),
            )
        )
    say(4, 4, "Done")
    return ExportResult(
        bundle_id,
        out,
        len(outgoing.lines),
        len(outgoing.stubs),
        [p.name for p in recipients],
        outgoing.ranges,
        restricted,
    )


def certify(store: Store, me: LocalKeys) -> None:
    """Before anything leaves: this laptop's chain must have a certificate (a database
    upgraded from before certificates, or one whose chain was restarted while the
    identity was locked, gets it now; decision 0028)."""
    with store.read() as conn:
        certified = store.device_id in chainkeys.known_certificates(conn)
    if not certified:
        with store.write() as tx:
            tx.start_chain(me.ed25519_private)


def _sender(me: LocalKeys, device_id: str) -> dict[str, str]:
    pub = me.ed25519_private.public_key().public_bytes_raw()
    return {
        "key_id": me.key_id,
        "name": me.name,
        "role": me.role,
        "device_id": device_id,
        "ed25519_public": base64.b64encode(pub).decode("ascii"),
        "age_recipient": me.age_recipient,
    }
