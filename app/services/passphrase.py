"""Where the identity passphrase comes from: the OS keyring, the environment, or a person.

The passphrase protects the private keys in the database. On a desktop it lives in the OS
keyring (Windows Credential Locker, macOS Keychain, Secret Service), so nobody types it.
A headless Linux machine has no keyring at all (``NoKeyringError``), and a locked or broken
Secret Service raises other errors: none of these may stop Peerview, so every keyring call
here turns a failure into "not available" and the caller asks instead: ``PEERVIEW_PASSPHRASE``
for scripts, then the ``ask`` callable (a terminal prompt or the GUI dialog).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

import keyring

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "PEERVIEW_PASSPHRASE"
KEYRING_SERVICE = "Peerview"
MIN_LENGTH = 8
MAX_LENGTH = 1024

# prompt text -> the passphrase, or None when the person cancelled or cannot be asked
PassphraseAsk = Callable[[str], str | None]


def _account(key_id: str) -> str:
    return f"identity:{key_id}"


def from_keyring(key_id: str) -> str | None:
    """The stored passphrase, or None when there is none or no keyring works here."""
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(key_id))
    except Exception as exc:  # any backend failure means "ask instead"
        log.info("No usable keyring (%s); the passphrase will be asked for", exc)
        return None


def save_to_keyring(key_id: str, passphrase: str) -> bool:
    """Keep the passphrase in the OS keyring; False when no keyring works here."""
    try:
        keyring.set_password(KEYRING_SERVICE, _account(key_id), passphrase)
    except Exception as exc:
        log.info("Could not keep the passphrase in the keyring (%s)", exc)
        return False
    return True


def forget(key_id: str) -> None:
    """Remove a stored passphrase that no longer opens the keys (it changed elsewhere)."""
    try:
        keyring.delete_password(KEYRING_SERVICE, _account(key_id))
    except Exception as exc:
        log.info("Could not remove the keyring entry (%s)", exc)


def from_environment() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


def check_new(passphrase: str) -> str | None:
    """Why a new passphrase is unacceptable, or None when it is fine."""
    if len(passphrase) < MIN_LENGTH:
        return f"The passphrase is too short; use at least {MIN_LENGTH} characters (a few words work well)."
    if len(passphrase) > MAX_LENGTH:
        return f"The passphrase is too long; use at most {MAX_LENGTH} characters."
    return None


def terminal_ask(prompt: str) -> str | None:
    """Ask on the terminal without echo; None when stdin is not a terminal (a script)."""
    import getpass
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"{prompt}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def keyring_available() -> bool:
    """Whether an OS keyring works here, so a new passphrase can be kept in it.

    A read of an entry that does not exist answers None on a working backend and raises
    on the "fail" backend of a headless machine (NoKeyringError) or a locked one.
    """
    try:
        keyring.get_password(KEYRING_SERVICE, "probe:availability")
    except Exception as exc:
        log.info("No usable keyring (%s)", exc)
        return False
    return True
