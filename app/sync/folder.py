"""A shared folder as the sync engine: OneDrive, SharePoint, Nextcloud, Syncthing or a
network drive keeps one folder the same on every laptop; Peerview only reads and writes
bundle files there.

Each installation writes its own outgoing bundles under its own name (one file per
review, replaced atomically when there is something new) and imports everyone else's.
It ignores files it does not recognise, temporary files that sync clients write while a
file is still arriving, and bundles that do not verify yet (a half-synced copy is
retried next time). The live database never goes in the folder.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import fileio
from app.models import Review, SyncSent, table
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync.exporter import export_bundle, resolve_recipients
from app.sync.importer import BundleQuarantined, import_bundle
from app.sync.keys import DSL_ROLE, IdentityKeyRing, KeyRing
from app.sync.outgoing import acknowledged, collect

log = logging.getLogger(__name__)

STATE_FILE = "sync-folder-state.json"
_OWN = "own:"  # state entries for this installation's own files: their content hash
# Names sync clients give files they are still writing, and office lock files.
_PARTIAL = re.compile(r"^(\.|~\$)|\.(part|partial|tmp|temp|download|crdownload|!sync)$", re.I)


@dataclass
class FolderResult:
    written: list[str] = field(default_factory=list)
    imported: list[str] = field(default_factory=list)  # "file: summary"
    quarantined: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # not complete or not readable yet
    ignored: list[str] = field(default_factory=list)
    # Files refused for good (forked, hostile, from a revoked key...): "file: why". The run
    # carries on past them; each is retried only when the file changes.
    skipped: list[str] = field(default_factory=list)


def own_prefix(store: Store) -> str:
    return f"peerview-{store.device_id}"


def check_folder(store: Store, folder: Path) -> Path:
    folder = folder.expanduser().resolve()
    data = store.db.data_dir.resolve()
    if folder == data or data.is_relative_to(folder) or folder.is_relative_to(data):
        raise PeerviewError(
            f"The shared folder {folder} holds (or is inside) Peerview's data folder {data}. "
            f"A sync service would copy the live database and damage it: choose a folder "
            f"outside {data} for sync."
        )
    if not folder.is_dir():
        raise PeerviewError(f"The shared folder {folder} does not exist; create it first.")
    return folder


class FolderSync:
    """One shared folder for one installation; ``run_once`` on demand or from a timer."""

    def __init__(self, store: Store, folder: Path, keys: KeyRing | None = None) -> None:
        self.store = store
        self.folder = check_folder(store, folder)
        self.keys = keys or IdentityKeyRing(store)
        self._state_path = store.db.data_dir / STATE_FILE

    def run_once(self, review_id: str | None = None) -> FolderResult:
        result = FolderResult()
        self._import_others(result)
        for review in [review_id] if review_id else self._reviews():
            self._write_own(review, result)
        return result

    def run_every(self, interval_s: float, stop: threading.Event) -> None:
        """Sync until ``stop`` is set (for a background thread); errors are logged."""
        while not stop.is_set():
            try:
                self.run_once()
            except PeerviewError as exc:
                log.warning("Shared-folder sync: %s", exc)
            stop.wait(interval_s)

    # --- outgoing -------------------------------------------------------------------

    def _reviews(self) -> list[str]:
        review = table(Review)
        with self.store.read() as conn:
            return list(
                conn.execute(
                    select(review.c.id).where(
                        review.c.deleted.is_(False), review.c.archived.is_(False)
                    )
                ).scalars()
            )

    def _write_own(self, review_id: str, result: FolderResult) -> None:
        target = self.folder / f"{own_prefix(self.store)}.{review_id}{fmt.SUFFIX}"
        try:
            recipients = resolve_recipients(self.store, self.keys, review_id, None)
        except PeerviewError:
            return  # no trusted team member to send this review to yet
        restricted = all(p.role == DSL_ROLE for p in recipients)
        with self.store.read() as conn:
            since = acknowledged(conn, [p.key_id for p in recipients])
            ranges = collect(conn, review_id, since, restricted=restricted).ranges
            sent = table(SyncSent)
            last = conn.execute(
                select(sent.c.ranges)
                .where(sent.c.file_name == str(target))
                .order_by(sent.c.sent_at.desc(), sent.c.bundle_id.desc())
                .limit(1)
            ).scalar()
        wanted = {d: list(r) for d, r in ranges.items()}
        intact = self._own_file_intact(target)
        if intact and (not wanted or (last and json.loads(last) == wanted)):
            return  # nothing new since the file already there
        try:
            export_bundle(self.store, review_id, target, keys=self.keys)
        except PeerviewError as exc:
            result.skipped.append(f"{target.name}: {exc}")
            return
        self._remember_own(target)
        result.written.append(target.name)

    def _own_file_intact(self, target: Path) -> bool:
        """Whether this installation's file is still the one it wrote, by content hash: a
        sync client may cut it short or put back an older copy, and a stale file would
        make the others believe there is nothing new."""
        recorded = self._load_state().get(_OWN + target.name)
        try:
            return bool(recorded) and _sha256(target) == recorded
        except OSError:
            return False

    def _remember_own(self, target: Path) -> None:
        state = self._load_state()
        state[_OWN + target.name] = _sha256(target)
        self._save_state(state)

    # --- incoming -------------------------------------------------------------------

    def _import_others(self, result: FolderResult) -> None:
        state = self._load_state()
        for path in sorted(self.folder.iterdir()):
            name = path.name
            if not path.is_file() or path.is_symlink() or _PARTIAL.search(name):
                result.ignored.append(name)
                continue
            if not name.endswith(fmt.SUFFIX) or name.startswith(own_prefix(self.store)):
                if not name.startswith(own_prefix(self.store)):
                    result.ignored.append(name)
                continue
            stat = path.stat()
            seen = [stat.st_size, stat.st_mtime_ns]
            if state.get(name) == seen:
                continue  # unchanged since it was imported
            try:
                report = import_bundle(self.store, path, keys=self.keys)
            except BundleQuarantined as exc:
                result.quarantined.append(f"{name}: {exc.fingerprint}")
            except fmt.BundleError as exc:
                # Perhaps still arriving: retried next time, as the file changes.
                result.waiting.append(f"{name}: {exc}")
                continue
            except PeerviewError as exc:
                # Refused for good (a fork, forged entries): skipped until the file changes,
                # and never in the way of the files after it.
                result.skipped.append(f"{name}: {exc}")
            except (ValueError, KeyError, TypeError, RecursionError, OSError) as exc:
                log.warning("Shared-folder sync skipped %s: %r", name, exc)
                result.skipped.append(f"{name}: it could not be read as a Peerview bundle")
            else:
                result.imported.append(f"{name}: {report.summary()}")
            state[name] = seen
        self._save_state(state)

    def _load_state(self) -> dict[str, Any]:
        try:
            data = json.loads(self._state_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        folders = data.get(str(self.folder), {}) if isinstance(data, dict) else {}
        return folders if isinstance(folders, dict) else {}

    def _save_state(self, state: dict[str, Any]) -> None:
        try:
            data = json.loads(self._state_path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        data[str(self.folder)] = state
        fileio.write_text(self._state_path, json.dumps(data, indent=1))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sync_folder(
    store: Store, folder: Path, review_id: str | None = None, keys: KeyRing | None = None
) -> FolderResult:
    return FolderSync(store, folder, keys).run_once(review_id)
