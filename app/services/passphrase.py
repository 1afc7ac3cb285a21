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
import re
from collections.abc import Callable, Iterable

from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "PEERVIEW_PASSPHRASE"
KEYRING_SERVICE = "Peerview"
MIN_LENGTH = 8
MAX_LENGTH = 1024

#: zxcvbn's score (0-4) a new passphrase needs: 3 is "safely unguessable" (at least 10^8
#: guesses; at scrypt's quarter second a guess, years on one core). Decision 0027.
MIN_SCORE = 3
# zxcvbn's matching grows faster than the length: judge a long passphrase by its start.
_ESTIMATE_CHARS = 100

# prompt text -> the passphrase, or None when the person cancelled or cannot be asked
PassphraseAsk = Callable[[str], str | None]
# (prompt, words the passphrase must not lean on) -> a new passphrase, already typed twice
# and checked with check_new; None when the person cancelled or cannot be asked
NewPassphraseAsk = Callable[[str, tuple[str, ...]], str | None]


def _account(key_id: str) -> str:
    return f"identity:{key_id}"


def get_secret(account: str) -> str | None:
    """A secret kept in the OS keyring, or None when there is none or no keyring works."""
    import keyring  # when first used: the window's module imports stay light (0018)

    try:
        return keyring.get_password(KEYRING_SERVICE, account)
    except Exception as exc:  # any backend failure means "ask instead"
        log.info("No usable keyring (%s); the passphrase will be asked for", exc)
        return None


def set_secret(account: str, value: str) -> bool:
    """Keep a secret in the OS keyring; False when no keyring works here."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, account, value)
    except Exception as exc:
        log.info("Could not keep a secret in the keyring (%s)", exc)
        return False
    return True


def forget_secret(account: str) -> None:
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, account)
    except Exception as exc:
        log.info("Could not remove the keyring entry (%s)", exc)


def from_keyring(key_id: str) -> str | None:
    """The stored identity passphrase, or None when there is none or no keyring works here."""
    return get_secret(_account(key_id))


def save_to_keyring(key_id: str, passphrase: str) -> bool:
    """Keep the identity passphrase in the OS keyring; False when no keyring works here."""
    return set_secret(_account(key_id), passphrase)


def forget(key_id: str) -> None:
    """Remove a stored passphrase that no longer opens the keys (it changed elsewhere)."""
    forget_secret(_account(key_id))


def from_environment() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


def check_new(passphrase: str, hints: Iterable[str] = ()) -> str | None:
    """Why a new passphrase is unacceptable, or None when it is fine.

    ``hints`` are things about the person an attacker would try first (their name, their
    school): zxcvbn counts a passphrase built on them as easy to guess.
    """
    if len(passphrase) < MIN_LENGTH:
        return f"The passphrase is too short; use at least {MIN_LENGTH} characters (a few words work well)."
    if len(passphrase) > MAX_LENGTH:
        return f"The passphrase is too long; use at most {MAX_LENGTH} characters."
    from zxcvbn import zxcvbn  # its dictionaries take a moment to load: only when asked

    result = zxcvbn(passphrase[:_ESTIMATE_CHARS], user_inputs=_hint_words(hints))
    if result["score"] >= MIN_SCORE:
        return None
    feedback = result.get("feedback") or {}
    said = [str(feedback.get("warning") or "").strip()]
    said += [str(s).strip() for s in feedback.get("suggestions") or []]
    advice = " ".join(s if s.endswith(".") else f"{s}." for s in said if s)
    return (
        "That passphrase is too easy to guess. "
        + (advice + " " if advice else "")
        + "Try three or four unrelated words, not your name or your school's."
    )


def _hint_words(hints: Iterable[str]) -> list[str]:
    words: list[str] = []
    for hint in hints:
        lowered = hint.strip().lower()
        if lowered:
            words.append(lowered)
            words.extend(w for w in re.split(r"[\W_]+", lowered) if len(w) >= 3)
    return words


def confirm_new(ask: PassphraseAsk, prompt: str, hints: tuple[str, ...] = ()) -> str:
    """A new passphrase typed twice through ``ask`` and checked; PeerviewError otherwise.
    A passphrase that is too weak is asked for again (three tries), saying why."""
    asking = prompt
    for _ in range(3):
        first = ask(asking)
        if first is None:
            raise PeerviewError("No passphrase was given, so nothing was made or changed.")
        problem = check_new(first, hints)
        if problem:
            asking = f"{problem}\n{prompt}"
            continue
        if ask("Type the passphrase again") != first:
            raise PeerviewError("The two passphrases differ; nothing was made. Try again.")
        return first
    raise PeerviewError(f"{problem} Nothing was made or changed.")


def terminal_ask_new(prompt: str, hints: tuple[str, ...]) -> str | None:
    """``NewPassphraseAsk`` on the terminal; None when stdin is not a terminal (a script)."""
    import sys

    if not sys.stdin or not sys.stdin.isatty():
        return None
    return confirm_new(terminal_ask, prompt, hints)


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
    import keyring

    try:
        keyring.get_password(KEYRING_SERVICE, "probe:availability")
    except Exception as exc:
        log.info("No usable keyring (%s)", exc)
        return False
    return True
