"""Files the data folder keeps that are not the database: encrypted with the data key.

Quarantined bundles (from a signer not trusted yet) and the note beside each one used to
be copied as they came. A bundle may be unencrypted (a bundle for nobody in particular)
and its manifest names the sender, so both are now sealed like attachments:

    b"peerview-held\\n1\\n" + 12-byte nonce + AES-256-GCM(ciphertext and tag)

with a key derived from the data key by HKDF-SHA256 for this one purpose, and the file's
name as associated data, so a file renamed to another name does not open
(decision 0038). A file written before this (no magic) still reads, as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app import fileio

QUARANTINE = "quarantine"
MAGIC = b"peerview-held\n1\n"
NONCE_BYTES = 12


class DamagedHeldFile(Exception):
    """A kept file does not decrypt with this folder's key (damaged, or renamed)."""


def quarantine_folder(data_dir: Path) -> Path:
    return data_dir / QUARANTINE


def _key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"peerview held files 1"
    ).derive(data_key)


def seal(data_key: bytes, name: str, data: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(_key(data_key)).encrypt(nonce, data, name.encode())


def unseal(data_key: bytes | None, name: str, blob: bytes) -> bytes:
    if not blob.startswith(MAGIC):
        return blob  # written before held files were encrypted
    if data_key is None:
        raise DamagedHeldFile(f"{name} is encrypted and this folder has no key")
    body = blob[len(MAGIC) :]
    try:
        return AESGCM(_key(data_key)).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], name.encode())
    except (InvalidTag, ValueError) as exc:
        raise DamagedHeldFile(f"{name} does not decrypt with this folder's key") from exc


def write(path: Path, data_key: bytes | None, data: bytes) -> None:
    """Write ``data`` to ``path`` (atomically, user-only), sealed when there is a key."""
    fileio.write_bytes(path, data if data_key is None else seal(data_key, path.name, data))


def read(path: Path, data_key: bytes | None) -> bytes:
    """The plaintext of a held file. OSError when it cannot be read; DamagedHeldFile."""
    return unseal(data_key, path.name, path.read_bytes())
