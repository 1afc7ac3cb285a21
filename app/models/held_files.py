"""Files the data folder keeps that are not the database: encrypted with the data key.

Quarantined bundles (from a signer not trusted yet) and the note beside each one used to
be copied as they came. A bundle may be unencrypted (a bundle for nobody in particular)
and its manifest names the sender, so both are now sealed like attachments
(app/models/file_seal.py: AES-256-GCM, a key derived from the data key for this one
purpose, the file's name as associated data; decision 0038). A file written before this (no magic) still reads, as it is, and the next
read-write open encrypts it (app/models/encrypt.py).
"""

from __future__ import annotations

from pathlib import Path

from app import fileio
from app.models.file_seal import FileSeal, Unsealable

QUARANTINE = "quarantine"
MAGIC = b"peerview-held\n1\n"
_SEAL = FileSeal(MAGIC, b"peerview held files 1")


class DamagedHeldFile(Exception):
    """A kept file does not decrypt with this folder's key (damaged, or renamed)."""


def quarantine_folder(data_dir: Path) -> Path:
    return data_dir / QUARANTINE


def seal(data_key: bytes, name: str, data: bytes) -> bytes:
    return _SEAL.seal(data_key, name, data)


def unseal(data_key: bytes | None, name: str, blob: bytes) -> bytes:
    if not _SEAL.is_sealed(blob):
        return blob  # written before held files were encrypted
    if data_key is None:
        raise DamagedHeldFile(f"{name} is encrypted and this folder has no key")
    try:
        return _SEAL.unseal(data_key, name, blob)
    except Unsealable as exc:
        raise DamagedHeldFile(f"{name} does not decrypt with this folder's key") from exc


def write(path: Path, data_key: bytes | None, data: bytes) -> None:
    """Write ``data`` to ``path`` (atomically, user-only), sealed when there is a key."""
    fileio.write_bytes(path, data if data_key is None else seal(data_key, path.name, data))


def plaintext_files(data_dir: Path) -> list[Path]:
    """Kept files written before they were encrypted (encrypted on the next open)."""
    where = quarantine_folder(data_dir)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.iterdir()):
        if path.is_file() and not path.is_symlink() and path.suffix in (".pvbundle", ".json"):
            with open(path, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    found.append(path)
    return found


def read(path: Path, data_key: bytes | None) -> bytes:
    """The plaintext of a held file. OSError when it cannot be read; DamagedHeldFile."""
    return unseal(data_key, path.name, path.read_bytes())
