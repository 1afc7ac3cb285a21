"""The bundle that carries a shared summary from the host school to the partnership lead
(decision 0043), made and read with the ordinary bundle machinery: signed by the host,
encrypted to the lead, verified entry by entry on arrival.

It carries the review's shared-summary record in full, and nothing else of the review:
every other entry of every chain travels as a withheld run, so the chains still verify
(decision 0013), and the whole signed report travels beside it when the host chose to
share it. Its signed manifest says what it is for (``purpose``, docs/bundle-format.md),
so the lead's laptop refuses, before anything is written, a bundle that is not one, is
for another partnership, or arrives at a laptop that is not the lead's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import TABLES
from app.models.sharing import record_id
from app.services import partnership, sharing
from app.services.authority import Authority
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.exporter import ExportResult, export_bundle
from app.sync.importer import ImportReport, import_bundle, read_bundle
from app.sync.keys import IdentityKeyRing, KeyRing

KIND = "shared_summary"
# What a shared summary's bundle may carry in full: the record, and the receipts every
# bundle carries (app/sync/scope.py ALWAYS).
CARRIED = frozenset({"shared_summary", "sync_receipt"})


def export_share(
    store: Store, review_id: str, out: Path, *, keys: KeyRing | None = None
) -> ExportResult:
    """Write the bundle of the review's shared summary (shared, or withdrawn) for the
    partnership lead. Only the host's head sends it."""
    keys = keys or IdentityKeyRing(store)
    lead_key, group = lead_for(store, review_id, keys)
    held = sharing.state(store, review_id)
    if held is None:
        raise PeerviewError(
            "This review's summary has not been shared, so there is nothing to send. "
            "Nothing is shared until the host chooses to.",
            hint_cli="Preview it with: peerview share --review ID --preview",
            hint_gui="Choose Share with the partnership… to see what it would say.",
        )
    files: tuple[str, ...] = ()
    if held.summary is not None and held.summary.report_sha256:
        files = (held.summary.report_sha256,)
    scope: dict[str, set[str]] = {name: set() for name in TABLES}
    scope["shared_summary"] = {record_id(review_id)}
    return export_bundle(
        store,
        review_id,
        out,
        to=[lead_key],
        # Every chain from its start, as runs: a summary withheld from an earlier bundle
        # to the lead (one of the review's) still reaches them (decision 0043).
        full=True,
        keys=keys,
        scope=scope,
        files=files,
        purpose={"kind": KIND, "partnership_id": str(group), "review_id": review_id},
    )


def lead_for(store: Store, review_id: str, keys: KeyRing | None = None) -> tuple[str, str]:
    """(the partnership lead's key id, the partnership's id) for the host's head to send
    the review's summary to; refused, before anything is written, for anyone else or
    when the lead's card is not trusted here."""
    keys = keys or IdentityKeyRing(store)
    with store.read() as conn:
        sharing.require_host(store, conn, review_id)
        review = TABLES["review"]
        group = conn.execute(
            select(review.c.partnership_id).where(review.c.id == review_id)
        ).scalar()
        lead = Authority(conn, store.device_id).partnership_lead(str(group))
    lead_key = lead.key_id if lead is not None else None
    if not lead_key or keys.peer(lead_key) is None:
        raise PeerviewError(
            "The partnership lead's card is not trusted on this laptop, so nothing can be "
            "sent to them. Nothing was shared.",
            hint_cli="Trust the lead's card first (peerview trust FILE), after checking its "
            "fingerprint with them.",
            hint_gui="Trust the lead's card first, after checking its fingerprint with them.",
        )
    return lead_key, str(group)


@dataclass
class ShareImport:
    """What importing a shared summary's bundle did, for the lead to read."""

    report: ImportReport
    school: str
    review_id: str
    shared: bool  # the summary is shared (False: withdrawn, or refused)
    withdrawn: bool
    refused: list[str] = field(default_factory=list)  # why the rules refused entries


def import_share(store: Store, path: Path, *, keys: KeyRing | None = None) -> ShareImport:
    """Import a shared summary's bundle on the partnership lead's laptop. Every check
    that can refuse it runs before anything is written."""
    keys = keys or IdentityKeyRing(store)
    read = read_bundle(path, keys)
    purpose: Any = read.manifest.get("purpose")
    if not isinstance(purpose, dict) or purpose.get("kind") != KIND:
        raise PeerviewError(
            f"{path.name} is not a shared summary: it is a bundle of a review. Nothing was "
            "imported.",
            hint_cli="Import a review's bundle with: peerview bundle import FILE",
        )
    group = purpose.get("partnership_id")
    with store.read() as conn:
        p = TABLES["partnership"]
        name = conn.execute(
            select(p.c.name).where(p.c.id == str(group), p.c.deleted.is_(False))
        ).scalar()
    if name is None:
        raise PeerviewError(
            f"{path.name} is a summary shared with a partnership this laptop does not hold. "
            "Nothing was imported.",
            hint_cli="It belongs on that partnership lead's laptop.",
        )
    if not partnership.is_lead(store, str(group)):
        raise PeerviewError(
            f"{path.name} is a summary shared with the partnership lead of '{name}', and "
            "this laptop is not the lead's. Nothing was imported.",
            hint_cli="It belongs on the partnership lead's laptop.",
        )
    sender = read.manifest["sender"]
    if read.signer_key_id != keys.local().key_id and keys.peer(read.signer_key_id) is None:
        raise PeerviewError(
            f"{path.name} is signed by {str(sender.get('name', '?'))[:80]}, whom this Peerview "
            f"does not trust, so nothing was imported. Phone them and check their fingerprint "
            f"is {keys.fingerprint(read.signer_key_id)}; then trust their card and import the "
            "file again.",
            hint_cli="(peerview trust FILE)",
        )
    extra = sorted({e.entity for e in read.entries} - CARRIED)
    if extra:
        raise PeerviewError(
            f"{path.name} says it is a shared summary but carries other records too "
            f"({', '.join(extra)[:80]}): it was not made by Peerview's Share. Nothing was "
            "imported."
        )
    report = import_bundle(store, path, keys=keys)
    review_id = str(purpose.get("review_id", ""))
    held = sharing.state(store, review_id)
    school = held.summary.school_name if held is not None and held.summary else ""
    if not school:
        with store.read() as conn:
            s = TABLES["shared_summary"]
            school_id = conn.execute(
                select(s.c.school_id).where(s.c.id == record_id(review_id))
            ).scalar()
            school = (
                conn.execute(
                    select(TABLES["school"].c.name).where(TABLES["school"].c.id == school_id)
                ).scalar()
                or ""
            )
    return ShareImport(
        report,
        school,
        review_id,
        shared=bool(held and held.shared),
        withdrawn=bool(held and held.withdrawn_on),
        refused=[*report.denied_reasons, *(why for _, why in report.refused)],
    )
