"""``peerview bundle import`` and ``peerview verify`` for bundles.

Everything is checked before anything is written: decryption, format version, names,
sizes and limits, the signature over the manifest, every listed file's size and
SHA-256, the entries' own hashes and the sequence ranges the manifest claims. Only then
is the signer looked up: an unknown signer's bundle is quarantined (a file, not a
database row) until someone checks the fingerprint and trusts the card. A trusted
bundle is applied in one transaction with its import report.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import x25519
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.ids import id_tail, uuid7
from app.models import SafeguardingConcern, SyncImport, attachments, held_files, table
from app.services import changelog, erasure, refs, sharing
from app.services.changelog import Entry
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync import chains, lines, quarantine
from app.sync.bundle_format import BundleError, Limits
from app.sync.keys import IdentityKeyRing, KeyRing, PeerKey
from app.sync.merge import MergeReport, SyncRefused, entry_from_dict, integrate
from app.sync.withheld import Stub

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None] | None
_DETAIL_ITEMS = 500  # per list in a stored report: enough for the GUI, bounded in size


class BundleQuarantined(PeerviewError):
    """Signed by someone not trusted here yet: kept aside, nothing applied."""

    def __init__(
        self, message: str, path: Path, key_id: str, fingerprint: str, *, hint_cli: str = ""
    ) -> None:
        super().__init__(
            message,
            hint_cli=hint_cli,
            hint_gui="Choose it on the Sync page's Quarantined tab, then Trust and import.",
        )
        self.path = path
        self.key_id = key_id
        self.fingerprint = fingerprint


@dataclass
class ReadBundle:
    """A bundle whose every byte has been checked against its signed manifest."""

    manifest: dict[str, Any]
    entries: list[Entry]
    stubs: list[Stub]
    attachments: dict[str, bytes]
    signer_key_id: str
    signer_public: bytes
    encrypted: bool
    # (device, seq) -> why a line that reads as a line is not a valid entry: refused
    # alone, like a forged entry, rather than refusing the whole bundle.
    malformed: dict[tuple[str, int], str] = field(default_factory=dict)


@dataclass
class BundleVerification:
    ok: bool
    problems: list[str] = field(default_factory=list)
    bundle_id: str = ""
    format_version: int = 0
    review_id: str = ""
    sender_key_id: str = ""
    sender_name: str = ""
    fingerprint: str = ""
    trusted: bool = False
    encrypted: bool = False
    entries: int = 0
    stubs: int = 0  # lines standing for withheld runs
    withheld: int = 0  # entries those runs stand for
    recipients: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    bundle_id: str
    report_id: str
    sender_key_id: str
    sender_name: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    held: int = 0
    skipped: int = 0
    withheld: int = 0
    held_reasons: list[tuple[str, str]] = field(default_factory=list)
    # Entries their authors' laptops did not vouch for: (device:seq, reason), left out.
    refused: list[tuple[str, str]] = field(default_factory=list)
    # Genuine entries denied by the review's rules or a revocation (decision 0030): each
    # reason names the person and what they may not do.
    denied: int = 0
    denied_reasons: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (
            f"added {self.added}, updated {self.updated}, deleted {self.deleted}, "
            f"conflicts {self.conflicts}, held {self.held}, skipped {self.skipped}"
        )
        if self.refused:
            text += f", refused {len(self.refused)} (not vouched for by their authors)"
        if self.denied:
            text += f", refused by the rules {self.denied}"
        return text


# --- reading and checking -------------------------------------------------------------


def read_bundle(
    path: Path, keys: KeyRing, limits: Limits = fmt.LIMITS, *, data: bytes | None = None
) -> ReadBundle:
    """Decrypt and check everything that does not need the database. Raises BundleError.
    ``data``: the bundle's bytes when they are not in ``path`` as they are (a quarantined
    bundle, kept encrypted with the data key)."""
    if data is not None:
        if len(data) > limits.file_bytes:
            raise fmt._too_big("file size", limits.file_bytes)
        raw = data
    else:
        try:
            size = path.stat().st_size
            if size > limits.file_bytes:
                raise fmt._too_big("file size", limits.file_bytes)
            raw = path.read_bytes()
        except OSError as exc:
            raise BundleError(f"Cannot read {path}: {exc.strerror}. Check the file name.") from exc
    encrypted = raw.startswith(fmt.AGE_MAGIC)
    if encrypted:
        raw = _decrypt(raw, keys)
    elif not raw.startswith(fmt.ZIP_MAGIC):
        raise BundleError(
            f"{path.name} is not a Peerview bundle (or it is cut short). Bundles end in "
            f"{fmt.SUFFIX}; ask the sender to export again."
        )
    checked: list[tuple[dict[str, Any], str, bytes]] = []

    def vouch(manifest_bytes: bytes, signature: bytes) -> dict[str, int]:
        manifest = _parse_manifest(manifest_bytes)
        key_id, public = _check_signature(manifest, fmt.Unpacked(manifest_bytes, signature))
        checked.append((manifest, key_id, public))
        return {
            str(item.get("name")): item["size"]
            for item in manifest["files"]
            if isinstance(item, dict) and type(item.get("size")) is int
        }

    unpacked = fmt.unpack(raw, limits, vouch)
    manifest, signer_key_id, signer_public = checked[0]
    _check_files(manifest, unpacked)
    entries, stubs, malformed = _parse_entries(unpacked.members.get(fmt.ENTRIES, b""), limits)
    _check_counts(manifest, entries, stubs)
    carried = {
        name[len(fmt.ATTACHMENTS) :]: data
        for name, data in unpacked.members.items()
        if name.startswith(fmt.ATTACHMENTS)
    }
    for digest, data in carried.items():
        if fmt.sha256(data) != digest:
            raise BundleError(f"Attachment {digest[:12]} does not match its name (altered).")
    return ReadBundle(
        manifest, entries, stubs, carried, signer_key_id, signer_public, encrypted, malformed
    )


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        # RecursionError: a manifest nested thousands deep, made to crash the reader.
        raise BundleError("The bundle's manifest is damaged (not JSON).") from exc
    return fmt.check_manifest(manifest)


def _decrypt(raw: bytes, keys: KeyRing) -> bytes:
    me = keys.local()
    try:
        return pyrage.decrypt(raw, [x25519.Identity.from_str(me.age_identity)])
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text:
            raise BundleError(
                "This bundle is encrypted for someone else, not for your key. Ask the sender "
                f"to send it to you, with your fingerprint: {me.fingerprint}."
            ) from exc
        raise BundleError(
            "The bundle cannot be decrypted: it is damaged, cut short or altered "
            f"({exc}). Copy it again from the sender."
        ) from exc


def _check_signature(manifest: dict[str, Any], unpacked: fmt.Unpacked) -> tuple[str, bytes]:
    sender = manifest["sender"]
    try:
        public = base64.b64decode(sender["ed25519_public"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(public)
    except (KeyError, ValueError, TypeError) as exc:
        raise BundleError("The bundle's sender key is missing or damaged.") from exc
    key_id = hashlib.sha256(public).hexdigest()
    if sender.get("key_id") != key_id:
        raise BundleError("The bundle's sender key does not match the sender it names.")
    try:
        key.verify(unpacked.signature, unpacked.manifest_bytes)
    except InvalidSignature as exc:
        raise BundleError(
            "The bundle's signature does not match its manifest: it was altered after it "
            "was signed, or not signed by the sender it names. Nothing was imported."
        ) from exc
    return key_id, public


def _check_files(manifest: dict[str, Any], unpacked: fmt.Unpacked) -> None:
    listed: dict[str, dict[str, Any]] = {}
    for item in manifest["files"]:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise BundleError("The bundle's manifest lists a file without a name.")
        fmt.check_name(item["name"])
        listed[item["name"]] = item
    for name, item in listed.items():
        if name not in unpacked.members:
            raise BundleError(
                f"The bundle's manifest lists '{name}', which is missing from the bundle. "
                f"Ask the sender to export again."
            )
        data = unpacked.members[name]
        if len(data) != item.get("size") or fmt.sha256(data) != item.get("sha256"):
            raise BundleError(
                f"'{name}' in the bundle does not match its size or SHA-256 in the signed "
                f"manifest: it was altered or damaged. Nothing was imported."
            )
    extra = set(unpacked.members) - set(listed)
    if extra:
        raise BundleError(
            f"The bundle holds '{sorted(extra)[0]}', which its signed manifest does not list."
        )
    if fmt.ENTRIES not in listed:
        raise BundleError("The bundle has no change-log entries file.")


def _parse_entries(
    data: bytes, limits: Limits
) -> tuple[list[Entry], list[Stub], dict[tuple[str, int], str]]:
    entries: list[Entry] = []
    stubs: list[Stub] = []
    malformed: dict[tuple[str, int], str] = {}
    for n, line in enumerate(data.splitlines(), 1):
        if n > limits.entries:
            raise BundleError(f"The bundle holds more than {limits.entries:,} entries (limit).")
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = item.pop("kind")
            if kind == "entry":
                if not (
                    isinstance(item.get("fields"), dict) and isinstance(item.get("prior"), dict)
                ):
                    raise ValueError("fields")
                entry = entry_from_dict(_typed(item, _ENTRY_STRS))
                problem = lines.entry_problem(entry)
                if problem:
                    malformed[(entry.device_id, entry.seq)] = problem
                entries.append(entry)
            elif kind == "stub":
                stub = _stub(item)
                if not lines.valid_sig(stub.sig) or not changelog.valid_hlc(stub.hlc):
                    malformed[(stub.device_id, stub.seq)] = "its clock or signature is malformed"
                stubs.append(stub)
            else:
                raise ValueError(kind)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise BundleError(f"Line {n} of the bundle's entries is damaged.") from exc
    return entries, stubs, malformed


# Sequence numbers stay far inside SQLite's 64-bit integers (and JSON's exact range).
MAX_SEQ = 1 << 53
_ENTRY_STRS = ("device_id", "hlc", "entity", "entity_id", "op", "prev_hash", "hash")
_ENTRY_KEYS = {
    *_ENTRY_STRS,
    "seq",
    "fields",
    "prior",
    "author_key_id",
    "wall",
    "salts",
    "erased",
    "sig",
}
_STUB_STRS = ("device_id", "hash", "prev_hash", "hlc")


def _typed(item: dict[str, Any], strs: tuple[str, ...]) -> dict[str, Any]:
    """A line's numbers and names must be what they claim, so nothing later compares a
    string with a number or stores a number SQLite cannot hold."""
    for key in ("seq", "first_seq"):
        if key in item and (type(item[key]) is not int or not 1 <= item[key] <= MAX_SEQ):
            raise ValueError(key)
    if any(not isinstance(item.get(k), str) for k in strs):
        raise ValueError("names")
    if strs is _ENTRY_STRS and not set(item) <= _ENTRY_KEYS:
        raise ValueError("keys")
    return item


def _stub(item: dict[str, Any]) -> Stub:
    """A withheld run (docs/bundle-format.md): a format 1 stub has no ``first_seq``."""
    stub = Stub(**_typed(item, _STUB_STRS))
    if stub.first_seq > stub.seq:
        raise ValueError("stub range")
    return stub


def _check_counts(manifest: dict[str, Any], entries: list[Entry], stubs: list[Stub]) -> None:
    """Each device's lines must cover its claimed range exactly once: as intervals, so a
    run claiming millions of entries costs no more to check than one."""
    counts = manifest["counts"]
    if counts.get("entries") != len(entries) or counts.get("stubs") != len(stubs):
        raise BundleError("The bundle's entries do not match the counts in its manifest.")
    spans: dict[str, list[tuple[int, int]]] = {}
    for entry in entries:
        spans.setdefault(entry.device_id, []).append((entry.seq, entry.seq))
    for stub in stubs:
        spans.setdefault(stub.device_id, []).append((stub.first_seq, stub.seq))
    ranges = manifest["ranges"]
    if set(spans) != set(ranges):
        raise BundleError("The bundle's entries do not match the devices in its manifest.")
    for device, bounds in ranges.items():
        try:
            first, last = int(bounds[0]), int(bounds[1])
        except (TypeError, ValueError, IndexError, KeyError) as exc:
            raise BundleError("The bundle's manifest has a damaged sequence range.") from exc
        expected = first
        for lo, hi in sorted(spans[device]):
            if lo != expected:
                break
            expected = hi + 1
        else:
            if expected == last + 1:
                continue
        raise BundleError(
            f"The bundle's entries for laptop {id_tail(device)} do not cover the range "
            f"{first}-{last} its manifest claims (each entry exactly once)."
        )


# --- importing ------------------------------------------------------------------------


def _trusted_signer(store: Store, path: Path, read: ReadBundle, keys: KeyRing) -> PeerKey:
    me = keys.local()
    if read.signer_key_id == me.key_id:
        return _self_peer(me, read)
    peer = keys.peer(read.signer_key_id)
    if peer is None:
        sender = read.manifest["sender"]
        fingerprint = keys.fingerprint(read.signer_key_id)
        kept = quarantine.keep(store, path, read.manifest, fingerprint)
        raise BundleQuarantined(
            f"This bundle is signed by {sender.get('name', '?')!s}, whom this Peerview does "
            f"not trust yet, so it was quarantined and nothing was imported. Phone them and "
            f"check their fingerprint is {fingerprint}; then trust their card and release "
            "the bundle.",
            kept,
            read.signer_key_id,
            fingerprint,
            hint_cli=f"(peerview trust FILE, then peerview sync release "
            f"{read.manifest['bundle_id'][:8]})",
        )
    if peer.revoked:
        raise BundleError(
            f"This bundle is signed by {peer.name}, whose key was revoked in the roster. "
            f"Nothing was imported."
        )
    if peer.ed25519_public != read.signer_public:
        raise BundleError(
            f"This bundle's signing key does not match the trusted card for {peer.name}. "
            f"Nothing was imported."
        )
    return peer


def _self_peer(me: Any, read: ReadBundle) -> PeerKey:
    return PeerKey(
        me.key_id, me.name, me.role, read.signer_public, me.age_recipient, me.fingerprint
    )


def import_bundle(
    store: Store,
    path: Path,
    progress: Progress = None,
    *,
    keys: KeyRing | None = None,
    limits: Limits = fmt.LIMITS,
    data: bytes | None = None,
) -> ImportReport:
    """Verify everything, then apply in one transaction. ``progress(done, total, what)``
    is called between steps; raising from it cancels, and nothing is written.
    ``data``: the bundle's bytes, when ``path`` holds them sealed (see read_bundle)."""
    keys = keys or IdentityKeyRing(store)
    say = progress or (lambda _d, _t, _m: None)
    say(0, 3, "Checking the bundle")
    read = read_bundle(path, keys, limits, data=data)
    signer = _trusted_signer(store, path, read, keys)
    say(1, 3, f"Applying {len(read.entries):,} entries")
    with store.read() as conn:
        vouched = chains.vouch(
            conn, read.entries, read.stubs, read.manifest.get("certificates"), read.malformed
        )
    _store_attachments(store, read.attachments)
    report_id = uuid7()
    try:
        with store.write() as tx:
            chains.record(tx.conn, vouched, read.manifest["bundle_id"], signer.key_id)
            merged = integrate(tx, vouched.entries, vouched.stubs, report_id, hashes_checked=True)
            report = _report(read, signer, report_id, merged)
            report.refused = [(f"{r.device_id}:{r.seq}", r.reason) for r in vouched.refused]
            tx.conn.execute(insert(table(SyncImport)).values(**_report_row(report, path, merged)))
    except IntegrityError as exc:
        # The merge should never leave a record pointing at one that is not here; if it
        # does, the transaction is rolled back and the person gets words, not a trace.
        log.exception("Import of %s left the database inconsistent; rolled back", path.name)
        raise SyncRefused(
            f"{path.name} could not be applied: its entries would leave a record pointing at "
            "one that is not here. Nothing was imported; keep the file, which shows what "
            "went wrong, for whoever looks after Peerview in your partnership.",
            hint_cli="(peerview diagnostics describes this installation for them)",
        ) from exc
    quarantine.mark_imported(store, read.manifest["bundle_id"])
    for review_id in _erasures(store, read.entries):
        # The entries cleared the records; what this laptop keeps beside them goes too.
        erasure.erase_local_copies(store, review_id)
    # A shared summary withdrawn by its host: its earlier text leaves this laptop's log.
    sharing.erase_withdrawn(store, read.entries, read.attachments)
    say(3, 3, "Done")
    log.info("Imported bundle %s: %s", report.bundle_id, report.summary())
    return report


def _erasures(store: Store, entries: list[Entry]) -> list[str]:
    """Reviews an erasure in ``entries`` reached: a purge of notes, or a concern erased."""
    found = {
        e.entity_id for e in entries if e.entity == "review" and e.fields.get("evidence_purged_at")
    }
    concerns = [
        e.entity_id
        for e in entries
        if e.entity == "safeguarding_concern" and e.fields.get("erased_at")
    ]
    if concerns:
        concern = table(SafeguardingConcern)
        with store.read() as conn:
            found.update(
                conn.execute(
                    select(concern.c.review_id).where(concern.c.id.in_(concerns))
                ).scalars()
            )
    return sorted(found)


def release_quarantined(store: Store, ref: str, keys: KeyRing | None = None) -> ImportReport:
    """Import a quarantined bundle (its id, whole or a unique start or end) now that its
    signer is trusted."""
    kept = {q.bundle_id: q for q in quarantine.list_quarantined(store)}
    bundle_id = refs.match(
        ref,
        {i: (i,) for i in kept},
        what="quarantined bundle",
        listing="peerview sync quarantine",
    )
    found = kept[bundle_id]
    try:
        data = quarantine.read_bundle_bytes(store, found)
    except (OSError, held_files.DamagedHeldFile) as exc:
        raise BundleError(
            f"The quarantined bundle {bundle_id[:8]} cannot be read ({exc}). Ask the sender "
            "to send it again."
        ) from exc
    return import_bundle(store, found.path, keys=keys, data=data)


def _store_attachments(store: Store, found: dict[str, bytes]) -> None:
    # Content-addressed: written before the transaction, harmless if it rolls back.
    # Encrypted with the data key like everything in the data folder (decision 0026).
    for data in found.values():
        attachments.write(store.db.data_dir, store.db.key, data)


def _report(read: ReadBundle, signer: PeerKey, report_id: str, merged: MergeReport) -> ImportReport:
    return ImportReport(
        bundle_id=read.manifest["bundle_id"],
        report_id=report_id,
        sender_key_id=signer.key_id,
        sender_name=signer.name,
        added=len(merged.added),
        updated=len(merged.updated),
        deleted=len(merged.deleted),
        conflicts=len(set(merged.conflicts)),
        held=len(merged.held),
        skipped=merged.skipped,
        withheld=merged.withheld,
        held_reasons=merged.held[:_DETAIL_ITEMS],
        denied=len(merged.refused),
        denied_reasons=sorted({why for _, why in merged.refused})[:_DETAIL_ITEMS],
    )


def _report_row(report: ImportReport, path: Path, merged: MergeReport) -> dict[str, Any]:
    detail = {
        "added": merged.added[:_DETAIL_ITEMS],
        "updated": merged.updated[:_DETAIL_ITEMS],
        "deleted": merged.deleted[:_DETAIL_ITEMS],
        "conflicts": sorted(set(merged.conflicts))[:_DETAIL_ITEMS],
        "held": [list(h) for h in merged.held[:_DETAIL_ITEMS]],
        # Lines their authors' laptops did not vouch for (decision 0028).
        "refused": [list(r) for r in report.refused[:_DETAIL_ITEMS]],
        # Entries the review's rules refused (decision 0030).
        "denied": [list(r) for r in merged.refused[:_DETAIL_ITEMS]],
    }
    return {
        "id": report.report_id,
        "bundle_id": report.bundle_id,
        "sender_key_id": report.sender_key_id,
        "sender_name": report.sender_name,
        "file_name": path.name,
        "imported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "added": report.added,
        "updated": report.updated,
        "deleted": report.deleted,
        "conflicts": report.conflicts,
        "held": report.held,
        "skipped": report.skipped,
        "withheld": report.withheld,
        "detail": json.dumps(detail),
    }


def verify_bundle_file(
    store: Store, path: Path, *, keys: KeyRing | None = None
) -> BundleVerification:
    """Check a bundle without importing it (``peerview verify FILE``); never writes."""
    keys = keys or IdentityKeyRing(store)
    try:
        read = read_bundle(path, keys)
    except BundleError as exc:
        return BundleVerification(ok=False, problems=[str(exc)])
    manifest = read.manifest
    sender = manifest["sender"]
    peer = keys.peer(read.signer_key_id)
    me = keys.local()
    trusted = read.signer_key_id == me.key_id or (
        peer is not None and not peer.revoked and peer.ed25519_public == read.signer_public
    )
    result = BundleVerification(
        ok=trusted,
        bundle_id=manifest["bundle_id"],
        format_version=manifest["format_version"],
        review_id=manifest["review_id"],
        sender_key_id=read.signer_key_id,
        sender_name=str(sender.get("name", "")),
        fingerprint=keys.fingerprint(read.signer_key_id),
        trusted=trusted,
        encrypted=read.encrypted,
        entries=len(read.entries),
        stubs=len(read.stubs),
        withheld=sum(s.size for s in read.stubs),
        recipients=[str(r.get("name", "")) for r in manifest["recipients"]],
    )
    if not trusted:
        result.problems.append(
            f"The signature is intact, but the signer {result.sender_name} is not trusted here "
            f"(fingerprint {result.fingerprint})."
        )
    return result
