"""The chain marker: where this laptop's chain stood when entries last left it, kept
outside the database, so a restored or copied database never continues an old chain.

Two copies: a file in the data folder (a database restored from a backup sits beside the
newer marker) and an entry in the OS keyring (a data folder copied to another computer
arrives without it). A database whose chain is behind the marker, or differs from it, or
that the keyring of this computer does not know, starts a new chain before its first
write of the session (decision 0029). The marker is written when a bundle is exported
and when the store closes: only entries that left the laptop can fork the team.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app import fileio
from app.services import passphrase

log = logging.getLogger(__name__)

MARKER_FILE = "chain-marker.json"


def _account(device_id: str) -> str:
    return f"chain:{device_id}"


def _read_file(data_dir: Path) -> dict[str, Any] | None:
    try:
        found = json.loads((data_dir / MARKER_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if not (
        isinstance(found, dict)
        and isinstance(found.get("device_id"), str)
        and type(found.get("seq")) is int
        and isinstance(found.get("hash"), str)
    ):
        return None
    return found


def write(data_dir: Path, device_id: str, seq: int, hash_: str) -> None:
    """Record the chain's position; a failure only weakens detection, so it is logged."""
    mark = {"device_id": device_id, "seq": seq, "hash": hash_}
    try:
        fileio.write_text(data_dir / MARKER_FILE, json.dumps(mark))
    except OSError as exc:
        log.info("Could not write the chain marker (%s)", exc)
    passphrase.set_secret(_account(device_id), f"{seq}:{hash_}")


def diverged(data_dir: Path, device_id: str, seq: int, hash_at: Any) -> str | None:
    """Why this database must not continue chain ``device_id`` (at ``seq``), or None.
    ``hash_at(n)`` is the hash this database holds at position n of the chain."""
    mark = _read_file(data_dir)
    if mark is None:
        return None  # nothing ever left this data folder: no other history can exist
    if mark["device_id"] != device_id:
        return "the database is not the one that last sent this laptop's entries"
    if seq < mark["seq"]:
        return "the database is older than entries this laptop already sent (restored)"
    if hash_at(mark["seq"]) != mark["hash"]:
        return "the database's history differs from what this laptop already sent"
    if passphrase.keyring_available():
        kept = passphrase.get_secret(_account(device_id))
        if kept is None:
            return "this computer has not written this chain (a copied data folder)"
    return None
