"""The data key: one random 256-bit key per data folder, wrapped by the person's passphrase.

Every file in the data folder is encrypted with it (decision 0026). It lives in two places:

- ``peerview.key`` in the data folder: the key sealed with the passphrase exactly as the
  identity's private keys are (sealing.py: scrypt, then AES-256-GCM), plus a check value
  that recognises the right key without touching the database;
- the OS keyring (service ``Peerview``, account ``data-key:<key id>``), unwrapped, so that
  opening costs neither a prompt nor a key derivation where there is a keyring.

Where the keyring lacks it, the passphrase comes from the caller (``Access.passphrase``),
then ``PEERVIEW_PASSPHRASE``, then ``Access.ask`` (a terminal prompt or the GUI dialog),
as for the identity's keys. A data folder from a release before encryption is encrypted
with a new key wrapped by the identity's own passphrase (one passphrase for the person);
a brand-new folder asks for a new passphrase, checked for strength (decision 0027).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import fileio
from app.models import cipher
from app.models.database import DB_NAME, KEY_FILE_NAME, StorageError
from app.services import passphrase as pp
from app.services import sealing
from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

FORMAT = "peerview-data-key"
VERSION = 1
MAX_KEY_FILE = 64 * 1024
#: The key file's scrypt cost; the identity's (sealing.SCRYPT_N). Tests lower it here.
SCRYPT_N = sealing.SCRYPT_N
ASK_ATTEMPTS = 3
NEW_PROMPT = (
    "Choose a passphrase for Peerview. It protects everything Peerview keeps on this "
    "computer, and your identity's keys when you make one"
)


class DataKeyError(StorageError):
    """The data key cannot be had: locked, wrong passphrase, or a damaged key file."""


@dataclass(frozen=True)
class Access:
    """How ``Store.open`` may get the data key when the keyring does not have it."""

    #: Given by the caller: a test, a scratch folder, a script that already holds it.
    passphrase: str | None = None
    #: Asks for the existing passphrase (None when the person cancels).
    ask: pp.PassphraseAsk | None = None
    #: Asks for a new passphrase, typed twice and checked (a new data folder).
    ask_new: pp.NewPassphraseAsk | None = None
    #: What a new passphrase must not be built on: the person's name, their school.
    hints: tuple[str, ...] = ()
    #: Read and keep the unwrapped key in the OS keyring (off for scratch folders).
    use_keyring: bool = True


@dataclass(frozen=True)
class Unlocked:
    key: bytes
    key_id: str
    #: The passphrase the person typed (or set in PEERVIEW_PASSPHRASE) to open it this
    #: session; None when the keyring had the key or the caller gave the passphrase itself.
    #: Identity creation and unlocking use it instead of asking a second time.
    passphrase: str | None


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FILE_NAME


#: What ``Store.open`` uses when its caller gives no Access: the keyring, then
#: PEERVIEW_PASSPHRASE. The test suite sets a known passphrase here (tests/conftest.py).
DEFAULT_ACCESS = Access()


def unlock(data_dir: Path, access: Access) -> Unlocked:
    """The data key of ``data_dir``, making one (and its key file) for a folder that has
    none yet. Nothing in the folder changes unless a new key file is written."""
    path = key_path(data_dir)
    if path.exists():
        return _unlock_existing(data_dir, _read(path), access)
    db = data_dir / DB_NAME
    if cipher.is_plaintext(db):
        chosen = _existing_identity_passphrase(db, access)
    elif db.exists() and db.stat().st_size > 0:
        raise DataKeyError(
            f"The key file {path} is missing. The database beside it is encrypted and "
            "cannot be opened without it. Put back the key file from wherever this folder "
            "was copied from (a data folder moves as a whole), or restore the folder from "
            "a copy. Nothing was changed."
        )
    else:
        chosen = _new_passphrase(access)
    made = create(data_dir, chosen, access.use_keyring)
    # A passphrase the caller gave is the caller's to pass on; only the person's own is
    # remembered for the session.
    return made if chosen != access.passphrase else Unlocked(made.key, made.key_id, None)


def create(data_dir: Path, passphrase: str, use_keyring: bool = True) -> Unlocked:
    """A new random data key, sealed with ``passphrase`` into the key file (atomically)."""
    key = secrets.token_bytes(cipher.KEY_BYTES)
    key_id = secrets.token_hex(16)
    _write(data_dir, key, key_id, passphrase)
    if use_keyring:
        pp.set_secret(_account(key_id), key.hex())
    return Unlocked(key, key_id, passphrase)


def rewrap(data_dir: Path, unlocked: Unlocked, passphrase: str, *, cost: int | None = None) -> None:
    """Seal the same data key with a new passphrase (the person's one passphrase changed,
    for example when their identity was made with another), into ``data_dir``'s key file.
    The database is untouched, and so is ``unlocked`` (its ``passphrase`` stays the one
    typed to open this session). ``cost``: the scrypt cost, only for the bench's copies."""
    _write(data_dir, unlocked.key, unlocked.key_id, passphrase, cost)


def opens(data_dir: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens this folder's key file."""
    doc = _read(key_path(data_dir))
    try:
        _unseal(doc, passphrase)
    except sealing.WrongPassphrase:
        return False
    return True


def forget(key_id: str) -> None:
    pp.forget_secret(_account(key_id))


# --- reading and writing the key file -------------------------------------------------------


def _account(key_id: str) -> str:
    return f"data-key:{key_id}"


def _check_value(key: bytes) -> str:
    # A keyed digest, not the key: it recognises the right key and reveals nothing of it.
    return hmac.new(key, b"peerview data key check", hashlib.sha256).hexdigest()[:32]


def _write(
    data_dir: Path, key: bytes, key_id: str, passphrase: str, cost: int | None = None
) -> None:
    sealed = sealing.seal(key, passphrase, _associated(key_id), n=cost or SCRYPT_N)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "key_id": key_id,
        "cipher": "sqlcipher4-raw-key",
        "check": _check_value(key),
        "sealed": json.loads(sealed),
    }
    # fileio writes through mkstemp, so the key file is 0600 from the start.
    fileio.write_text(key_path(data_dir), json.dumps(doc, indent=1, sort_keys=True) + "\n")


def _associated(key_id: str) -> bytes:
    return f"peerview-data-key:{key_id}".encode("ascii")


def _read(path: Path) -> dict[str, Any]:
    damaged = (
        f"The key file {path} is damaged, so the data in {path.parent} cannot be "
        "decrypted. Put back the key file from a copy of this folder. Nothing was changed."
    )
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise DataKeyError(damaged)
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise DataKeyError(damaged) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataKeyError(damaged)
    if doc.get("version") != VERSION:
        raise DataKeyError(
            f"The key file {path} has version {doc.get('version')!r}; this Peerview reads "
            f"version {VERSION}. Update Peerview to open this data folder."
        )
    key_id, check = doc.get("key_id"), doc.get("check")
    if not (isinstance(key_id, str) and key_id.isalnum() and len(key_id) <= 64):
        raise DataKeyError(damaged)
    if not (isinstance(check, str) and isinstance(doc.get("sealed"), dict)):
        raise DataKeyError(damaged)
    return doc


def _unseal(doc: dict[str, Any], passphrase: str) -> bytes:
    """The key; WrongPassphrase when it does not open; DataKeyError when damaged."""
    try:
        key = sealing.unseal(
            json.dumps(doc["sealed"]).encode("utf-8"), passphrase, _associated(doc["key_id"])
        )
    except sealing.DamagedBlob as exc:
        raise DataKeyError(f"The key file is damaged ({exc}). Nothing was changed.") from exc
    if len(key) != cipher.KEY_BYTES or not hmac.compare_digest(_check_value(key), doc["check"]):
        raise DataKeyError("The key file is damaged (its check value does not match).")
    return key


# --- unlocking --------------------------------------------------------------------------------


def _unlock_existing(data_dir: Path, doc: dict[str, Any], access: Access) -> Unlocked:
    key_id = doc["key_id"]
    if access.use_keyring:
        kept = pp.get_secret(_account(key_id))
        key = _from_hex(kept)
        if key is not None and hmac.compare_digest(_check_value(key), doc["check"]):
            return Unlocked(key, key_id, None)
        if kept is not None:
            log.warning("The keyring's data key does not fit %s; asking instead", data_dir)
    for given, where in ((access.passphrase, "given"), (pp.from_environment(), "env")):
        if given is None:
            continue
        try:
            opened = _opened(doc, given, access)
            return opened if where == "env" else Unlocked(opened.key, key_id, None)
        except sealing.WrongPassphrase:
            if where == "env":
                raise DataKeyError(
                    f"The passphrase in {pp.ENV_PASSPHRASE} is wrong: it does not open the "
                    f"Peerview data in {data_dir}. Set it to your Peerview passphrase. "
                    "Nothing was changed."
                ) from None
            raise DataKeyError(
                f"That passphrase does not open the Peerview data in {data_dir}. "
                "Nothing was changed."
            ) from None
    if access.ask is None:
        raise DataKeyError(
            f"The Peerview data in {data_dir} is encrypted and locked, and no passphrase is "
            "available (no OS keyring holds its key here). Run this in a terminal to be "
            f"asked for it, or set {pp.ENV_PASSPHRASE}."
        )
    prompt = "Your Peerview passphrase"
    for _ in range(ASK_ATTEMPTS):
        typed = access.ask(prompt)
        if typed is None:
            raise DataKeyError("No passphrase was given, so the Peerview data stays locked.")
        try:
            return _opened(doc, typed, access)
        except sealing.WrongPassphrase:
            prompt = "That passphrase is wrong. Your Peerview passphrase"
    raise DataKeyError(
        f"Wrong passphrase {ASK_ATTEMPTS} times, so the Peerview data stays locked; nothing "
        "was changed. Type the passphrase chosen when Peerview was first set up."
    )


def _opened(doc: dict[str, Any], passphrase: str, access: Access) -> Unlocked:
    key = _unseal(doc, passphrase)
    if access.use_keyring:
        pp.set_secret(_account(doc["key_id"]), key.hex())
    return Unlocked(key, doc["key_id"], passphrase)


def _from_hex(text: str | None) -> bytes | None:
    if not text:
        return None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) == cipher.KEY_BYTES else None


def _new_passphrase(access: Access) -> str:
    for given in (access.passphrase, pp.from_environment()):
        if given is not None:
            problem = pp.check_new(given, access.hints)
            if problem:
                raise DataKeyError(f"{problem} Nothing was made.")
            return given
    if access.ask_new is not None:
        try:
            chosen = access.ask_new(NEW_PROMPT, access.hints)
        except PeerviewError as exc:
            raise DataKeyError(str(exc)) from exc
        if chosen is not None:
            problem = pp.check_new(chosen, access.hints)
            if problem:
                raise DataKeyError(f"{problem} Nothing was made.")
            return chosen
        raise DataKeyError("No passphrase was given, so no Peerview data folder was made.")
    raise DataKeyError(
        "Peerview encrypts everything it keeps, and a new data folder needs a passphrase "
        "to protect it. Run this in a terminal to be asked for one, or set "
        f"{pp.ENV_PASSPHRASE}."
    )


def _existing_identity_passphrase(db: Path, access: Access) -> str:
    """For a folder from a release before encryption: the identity's passphrase (from the
    keyring where it is kept), checked against the identity's sealed keys, so the person
    still has one passphrase. A folder with no identity gets a new passphrase."""
    found = _plaintext_identity(db)
    if found is None:
        return _new_passphrase(access)
    key_id, name, blob = found
    candidates = [
        (access.passphrase, False),
        (pp.from_keyring(key_id) if access.use_keyring else None, False),
        (pp.from_environment(), True),
    ]
    for given, from_env in candidates:
        if given is None:
            continue
        if _opens_identity(blob, given, key_id):
            return given
        if from_env:
            raise DataKeyError(
                f"The passphrase in {pp.ENV_PASSPHRASE} is wrong: it does not open the keys "
                f"of {name}'s identity, which now also protect the Peerview data. Nothing was "
                "changed."
            )
    if access.ask is not None:
        prompt = (
            f"Peerview now encrypts the data on this computer. Type the passphrase of "
            f"{name}'s identity to protect it"
        )
        for _ in range(ASK_ATTEMPTS):
            typed = access.ask(prompt)
            if typed is None:
                break
            if _opens_identity(blob, typed, key_id):
                return typed
            prompt = f"That passphrase is wrong. The passphrase of {name}'s identity"
    raise DataKeyError(
        "This Peerview encrypts the data folder on its first open, with the passphrase of "
        f"{name}'s identity, and that passphrase is not available. Nothing was changed.",
        hint_cli=f"Run this in a terminal to be asked for it, or set {pp.ENV_PASSPHRASE}.",
        hint_gui="Start Peerview again and type that passphrase when it asks.",
    )


def _plaintext_identity(db: Path) -> tuple[str, str, bytes] | None:
    try:
        conn = cipher.connect(cipher.file_uri(db, "ro"), None, uri=True)
        try:
            row = conn.execute(
                "SELECT key_id, name, private_keys_encrypted FROM identity "
                "ORDER BY created_at LIMIT 1"
            ).fetchone()
        finally:
            conn.close()
    except cipher.Error:
        # No identity table (a very old schema) or a damaged file: the open that follows
        # checks the file and says what is wrong; a new passphrase is all that is needed.
        return None
    if row is None or not row[2]:
        return None
    return str(row[0]), str(row[1]), bytes(row[2])


def _opens_identity(blob: bytes, passphrase: str, key_id: str) -> bool:
    try:
        sealing.unseal(blob, passphrase, key_id.encode("ascii"))
    except (sealing.WrongPassphrase, sealing.DamagedBlob):
        return False
    return True


def scratch_access() -> Access:
    """For a folder that lives only as long as this process (screenshots, the bench): a
    random passphrase nobody needs, and nothing put in the person's keyring."""
    return Access(passphrase=secrets.token_urlsafe(24), use_keyring=False)
