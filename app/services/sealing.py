"""Private keys sealed with a passphrase: scrypt derives a key, AES-256-GCM encrypts.

The sealed blob is JSON that names its own KDF and cipher parameters, so a later Peerview
can raise the scrypt cost (or change algorithm) and still open blobs written today:

    {"format": "peerview-sealed", "version": 1,
     "kdf": {"name": "scrypt", "n": 131072, "r": 8, "p": 1, "salt": "<base64>"},
     "cipher": "aes-256-gcm", "nonce": "<base64>", "ciphertext": "<base64>"}

The associated data binds the blob to one identity (its key id), so a blob copied onto
another identity's row does not open.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT = "peerview-sealed"
VERSION = 1
# scrypt cost: 2**17 * 8 * 128 bytes = 128 MiB and about a quarter of a second here;
# the interactive-login figure the scrypt paper and OWASP give.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# Refuse parameters that would make a damaged or hostile blob eat the machine.
MAX_SCRYPT_N = 2**20


class WrongPassphrase(Exception):
    """The passphrase does not open the blob (or the blob was altered)."""


class DamagedBlob(Exception):
    """The blob is not a sealed-key blob this Peerview can read."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise DamagedBlob("a field that should be base64 text is not")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise DamagedBlob("a base64 field does not decode") from exc


def seal(plaintext: bytes, passphrase: str, associated: bytes, *, n: int | None = None) -> bytes:
    """``n``: the scrypt cost, SCRYPT_N unless given (it is recorded in the blob)."""
    n = SCRYPT_N if n is None else n
    salt = os.urandom(16)
    nonce = os.urandom(12)
    key = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, associated)
    blob = {
        "format": FORMAT,
        "version": VERSION,
        "kdf": {"name": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }
    return json.dumps(blob, sort_keys=True).encode("utf-8")


def unseal(blob: bytes, passphrase: str, associated: bytes) -> bytes:
    try:
        data = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedBlob("it is not JSON") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedBlob("it is not a sealed-key blob")
    if data.get("version") != VERSION:
        raise DamagedBlob(f"it has version {data.get('version')!r}; this Peerview reads {VERSION}")
    kdf = data.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise DamagedBlob("its key derivation is not scrypt")
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not all(isinstance(v, int) and v > 0 for v in (n, r, p)):
        raise DamagedBlob("its scrypt parameters are not positive integers")
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    if n > MAX_SCRYPT_N or n & (n - 1) or r > 32 or p > 16:
        raise DamagedBlob("its scrypt parameters are out of range")
    if data.get("cipher") != "aes-256-gcm":
        raise DamagedBlob("its cipher is not AES-256-GCM")
    salt = _unb64(kdf.get("salt"))
    nonce, ciphertext = _unb64(data.get("nonce")), _unb64(data.get("ciphertext"))
    if len(nonce) != 12:
        raise DamagedBlob("its nonce has the wrong length")
    key = _derive(passphrase, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated)
    except InvalidTag as exc:
        raise WrongPassphrase() from exc


_derived: dict[tuple[bytes, bytes, int, int, int], bytes] = {}


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Deriving costs a quarter of a second and a session unlocks the same blob many times
    # (every signature, every bundle), so derived keys are kept for the process, looked up
    # by a salted digest so the passphrase itself is not kept.
    tag = hmac.new(salt, passphrase.encode("utf-8"), hashlib.sha256).digest()
    cache_key = (tag, salt, n, r, p)
    found = _derived.get(cache_key)
    if found is None:
        found = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
        if len(_derived) >= 16:
            _derived.clear()
        _derived[cache_key] = found
    return found
