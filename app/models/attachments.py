"""Attachment files: content-addressed by the SHA-256 of their bytes, encrypted at rest.

An attachment lives in the data folder's ``attachments/`` as one file named by the
lower-case hex SHA-256 of its plaintext, as the bundle format names it. On disk it is

    b"peerview-attachment\\n1\\n" + 12-byte nonce + AES-256-GCM(ciphertext and tag)

with a key derived from the data key by HKDF-SHA256 (never the data key itself, which
SQLCipher uses), and the digest as associated data, so a file renamed to another digest
does not open. Reading checks the digest of what it decrypted (decision 0026).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from app import fileio
from app.models.file_seal import FileSeal, Unsealable

FOLDER = "attachments"
MAGIC = b"peerview-attachment\n1\n"
_SEAL = FileSeal(MAGIC, b"peerview attachments 1")
_DIGEST = re.compile(r"^[0-9a-f]{64}$")


class DamagedAttachment(Exception):
    """A stored attachment does not decrypt, or is not the file its name says."""

    def advice(self, data_dir: Path) -> str:
        return (
            f"An attached file in {folder(data_dir)} is damaged ({self}). Nothing was "
            "written. Restore the data folder from a copy, or ask your IT support."
        )


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def seal(data_key: bytes, digest: str, data: bytes) -> bytes:
    return _SEAL.seal(data_key, digest, data)


def unseal(data_key: bytes, digest: str, blob: bytes) -> bytes:
    if not _SEAL.is_sealed(blob):
        raise DamagedAttachment(f"attachment {digest} is not an encrypted Peerview file")
    try:
        data = _SEAL.unseal(data_key, digest, blob)
    except Unsealable as exc:
        raise DamagedAttachment(f"attachment {digest} does not decrypt") from exc
    if hashlib.sha256(data).hexdigest() != digest:
        raise DamagedAttachment(f"attachment {digest} is not the file its name says")
    return data


def path_for(data_dir: Path, digest: str) -> Path:
    if not _DIGEST.match(digest):
        raise ValueError(f"not an attachment digest: {digest!r}")
    return folder(data_dir) / digest


def write(data_dir: Path, data_key: bytes | None, data: bytes) -> str:
    """Keep ``data``; returns its digest. Content-addressed: a file already there stays."""
    digest = hashlib.sha256(data).hexdigest()
    target = path_for(data_dir, digest)
    if not target.exists():
        fileio.write_bytes(target, data if data_key is None else seal(data_key, digest, data))
    return digest


def read(data_dir: Path, data_key: bytes | None, digest: str) -> bytes | None:
    """The attachment's bytes, or None when this folder does not hold it (a name that is
    not a digest, from a hostile record, is never looked up). DamagedAttachment when the
    file does not decrypt to what its name says."""
    if not _DIGEST.match(digest):
        return None
    target = path_for(data_dir, digest)
    if not target.is_file():
        return None
    blob = target.read_bytes()
    if data_key is None:
        return blob
    return unseal(data_key, digest, blob)


def plaintext_files(data_dir: Path) -> list[Path]:
    """Attachment files written before encryption at rest (or by hand)."""
    where = folder(data_dir)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.iterdir()):
        if _DIGEST.match(path.name) and path.is_file():
            with open(path, "rb") as handle:
                if handle.read(len(MAGIC)) != MAGIC:
                    found.append(path)
    return found
