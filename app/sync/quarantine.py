"""Bundles from signers this installation does not trust yet.

A quarantined bundle is a copy of the file plus a small JSON note beside it, in the
data folder's ``quarantine/``: no database row, so refusing a bundle leaves the
database byte-for-byte as it was. Once someone has checked the fingerprint by phone
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

from app import fileio
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


def folder(store: Store) -> Path:
    return store.db.data_dir / "quarantine"


def keep(store: Store, source: Path, manifest: dict[str, Any], fingerprint: str) -> Path:
    bundle_id = str(manifest["bundle_id"])
    if not _SAFE_ID.fullmatch(bundle_id):
        bundle_id = "unnamed-" + dt.datetime.now().strftime("%Y%m%d%H%M%S%f")
    target = folder(store) / f"{bundle_id}.pvbundle"
    fileio.write_bytes(target, source.read_bytes())
    note = {
        "bundle_id": bundle_id,
        "signer_key_id": manifest["sender"].get("key_id", ""),
        "signer_name": manifest["sender"].get("name", ""),
        "fingerprint": fingerprint,
        "received_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "original_name": source.name,
    }
    fileio.write_text(target.with_suffix(".json"), json.dumps(note, ensure_ascii=False, indent=1))
    return target


def list_quarantined(store: Store) -> list[Quarantined]:
    out = []
    for note in sorted(folder(store).glob("*.json")):
        try:
            data = json.loads(note.read_text("utf-8"))
        except (OSError, ValueError):
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
