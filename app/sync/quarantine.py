"""Bundles from signers this installation does not trust yet.

A quarantined bundle is a copy of the file plus a small JSON note beside it, in the
data folder's ``quarantine/``: no database row, so refusing a bundle leaves the
database byte-for-byte as it was. Both files are encrypted with the data key
(app/models/held_files.py), as everything in the data folder is. Once someone has checked the fingerprint by phone
and trusted the card, ``app.sync.importer.release_quarantined`` imports it like any
other bundle.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models import held_files
from app.services.store import Store

_SAFE_ID = re.compile(r"^[0-9a-f-]{36}$")


@dataclass(frozen=True)
class Quarantined:
    bundle_id: str
    path: Path
    signer_key_id: str
    signer_name: str
    fingerprint: str
    received_at: str
    original_name: str
    review_id: str  # "" in a note written before the review was recorded


def folder(store: Store) -> Path:
    return held_files.quarantine_folder(store.db.data_dir)


def keep(store: Store, source: Path, manifest: dict[str, Any], fingerprint: str) -> Path:
    bundle_id = str(manifest["bundle_id"])
    if not _SAFE_ID.fullmatch(bundle_id):
        bundle_id = "unnamed-" + dt.datetime.now().strftime("%Y%m%d%H%M%S%f")
    target = folder(store) / f"{bundle_id}.pvbundle"
    if source.resolve() == target.resolve():
        return target  # released again while its signer is still not trusted: kept already
    held_files.write(target, store.db.key, source.read_bytes())
    note = {
        "bundle_id": bundle_id,
        "signer_key_id": manifest["sender"].get("key_id", ""),
        "signer_name": manifest["sender"].get("name", ""),
        "fingerprint": fingerprint,
        "received_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "original_name": source.name,
        # So that erasing a review's evidence finds the bundles that may carry it.
        "review_id": str(manifest.get("review_id", "")),
    }
    body = json.dumps(note, ensure_ascii=False, indent=1).encode("utf-8")
    held_files.write(target.with_suffix(".json"), store.db.key, body)
    return target


def read_bundle_bytes(store: Store, kept: Quarantined) -> bytes:
    """The bundle as it arrived (decrypted from the data folder's copy)."""
    return held_files.read(kept.path, store.db.key)


def list_quarantined(store: Store) -> list[Quarantined]:
    out = []
    for note in sorted(folder(store).glob("*.json")):
        try:
            data = json.loads(held_files.read(note, store.db.key))
        except (OSError, ValueError, held_files.DamagedHeldFile):
            continue
        out.append(
            Quarantined(
                data["bundle_id"],
                note.with_suffix(".pvbundle"),
                data["signer_key_id"],
                data["signer_name"],
                data["fingerprint"],
                data["received_at"],
                data["original_name"],
                str(data.get("review_id", "")),
            )
        )
    return out


def mark_imported(store: Store, bundle_id: str) -> None:
    # The id comes from a bundle: a file name is made of it only when it is a plain id,
    # never a path ("../", absolute) that could reach outside the quarantine folder.
    if not _SAFE_ID.fullmatch(bundle_id):
        return
    for suffix in (".pvbundle", ".json"):
        with contextlib.suppress(FileNotFoundError):
            (folder(store) / f"{bundle_id}{suffix}").unlink()
