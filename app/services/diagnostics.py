"""What a person copies into a support request: versions, platform, sizes and counts.

The text is built only from facts about the installation, never from what people wrote:
no note text, no names of people or schools, no review titles, and no paths (a data folder
path often holds the login name). Counts say how much there is; the schema version and the
keyring backend say what a helper needs to reproduce a problem. The GUI adds Qt's own
facts (versions, the fonts Qt found) through ``extra``; this module never imports Qt.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from app import paths
from app.models import backups, cipher, schema
from app.services.store import Store
from app.version import __version__

log = logging.getLogger(__name__)

# Table -> the label shown; only live (not tombstoned) rows are counted.
_COUNTED = {
    "review": "Reviews",
    "evidence_note": "Evidence notes",
    "finding": "Findings",
    "action_item": "Action plan items",
}


@dataclass(frozen=True)
class Diagnostics:
    """Facts about this installation, in the order they are shown."""

    lines: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, str]:
        return dict(self.lines)

    def as_text(self) -> str:
        width = max((len(k) for k, _ in self.lines), default=0)
        body = "\n".join(f"{k + ':':<{width + 1}} {v}" for k, v in self.lines)
        return f"Peerview diagnostics\n{body}\n"


def folder_size(folder: Path) -> int:
    """Bytes in every regular file under ``folder`` (links are not followed)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += (Path(root) / name).lstat().st_size
            except OSError:  # a file removed while walking
                continue
    return total


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def keyring_backend() -> str:
    """The keyring backend's class name (say "fail.Keyring" when there is none)."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend must not stop diagnostics
        return f"unavailable ({type(exc).__name__})"
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def bundled_fonts() -> str:
    """The fonts Peerview ships for reports and names in every script, and whether present."""
    found = [
        f"{name} ({'ok' if path.is_file() else 'MISSING'})"
        for name, path in {**paths.font_files(), **paths.static_font_files()}.items()
    ]
    return ", ".join(found)


def _counts(store: Store) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with store.read() as conn:
        for table, label in _COUNTED.items():
            # Table names come from the constant above, never from input.
            n = conn.execute(text(f"SELECT count(*) FROM {table} WHERE NOT deleted")).scalar()
            out.append((label, str(int(n or 0))))
        trusted = conn.execute(text("SELECT count(*) FROM trusted_key")).scalar()
        devices = conn.execute(text("SELECT count(DISTINCT device_id) FROM change_log")).scalar()
        entries = conn.execute(text("SELECT count(*) FROM change_log")).scalar()
    out.append(("Trusted keys", str(int(trusted or 0))))
    out.append(("Change log entries", str(int(entries or 0))))
    out.append(("Devices in the change log", str(int(devices or 0))))
    return out


def collect(store: Store, extra: list[tuple[str, str]] | None = None) -> Diagnostics:
    """Diagnostics for the open ``store``; ``extra`` lines (from the GUI) go after versions."""
    data_dir = store.db.data_dir
    custom = bool(os.environ.get(paths.ENV_DATA_DIR)) or data_dir != paths.data_dir(None)
    with store.read() as conn:
        on_disk = conn.execute(text("PRAGMA user_version")).scalar()
    lines: list[tuple[str, str]] = [
        ("Peerview", __version__),
        ("Python", platform.python_version()),
        ("SQLite", cipher.dbapi.sqlite_version),
        ("SQLCipher", cipher.cipher_version()),
        ("Encrypted at rest", "yes" if store.db.key is not None else "NO"),
        ("Schema version", f"{on_disk} (this Peerview writes {schema.SCHEMA_VERSION})"),
        *(extra or []),
        ("Platform", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Frozen build", "yes" if getattr(sys, "frozen", False) else "no"),
        ("Data folder", "custom (--data-dir or PEERVIEW_DATA_DIR)" if custom else "default"),
        ("Data folder size", human_size(folder_size(data_dir))),
        ("Backups kept", f"{len(backups.list_backups(data_dir))} of at most {backups.KEEP}"),
        ("Opened read-only", "yes" if store.read_only else "no"),
        *_counts(store),
        ("Keyring backend", keyring_backend()),
        ("Bundled fonts", bundled_fonts()),
    ]
    return Diagnostics(lines)
