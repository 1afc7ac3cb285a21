"""Sealing a file Peerview keeps beside its database (decision 0026, 0038):

    magic + 12-byte nonce + AES-256-GCM(ciphertext and tag)

with a key derived from the data key by HKDF-SHA256 for one purpose (never the data key
itself, which SQLCipher uses), and the file's name as associated data, so a file renamed
to another name does not open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


class Unsealable(Exception):
    """Not sealed this way, or it does not decrypt with this key and name."""


@dataclass(frozen=True)
class FileSeal:
    magic: bytes
    info: bytes  # the HKDF purpose: one per kind of file

    def key(self, data_key: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=self.info).derive(
            data_key
        )

    def is_sealed(self, blob: bytes) -> bool:
        return blob.startswith(self.magic)

    def seal(self, data_key: bytes, name: str, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return self.magic + nonce + AESGCM(self.key(data_key)).encrypt(nonce, data, name.encode())

    def unseal(self, data_key: bytes, name: str, blob: bytes) -> bytes:
        if not self.is_sealed(blob):
            raise Unsealable("not an encrypted Peerview file")
        body = blob[len(self.magic) :]
        try:
            return AESGCM(self.key(data_key)).decrypt(
                body[:NONCE_BYTES], body[NONCE_BYTES:], name.encode()
            )
        except (InvalidTag, ValueError) as exc:
            raise Unsealable("does not decrypt") from exc
