"""Reading and writing a data folder's files directly, as tests that tamper with or inspect
the database do: every file is encrypted, so the connection needs the folder's data key.
Also the passphrase every test data folder is made with, for child processes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

from app.models import cipher
from app.models.database import KEY_FILE_NAME, Database, open_database
from app.services import datakey

ROOT = Path(__file__).resolve().parents[1]

#: The passphrase every test data folder's key is wrapped with (and the one most identity
#: tests choose, so one passphrase serves both, as for a real person).
TEST_PASSPHRASE = "correct horse"


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process (a CLI run): a child has no in-memory keyring,
    so it gets the data folder's passphrase as a script would, in PEERVIEW_PASSPHRASE."""
    return {**os.environ, "PEERVIEW_PASSPHRASE": TEST_PASSPHRASE, **extra}


def run_headless(argv: list[str], timeout: float = 120, **env: str) -> CompletedProcess[str]:
    """``argv`` in a child as on a machine with no keyring and no terminal (a script)."""
    return subprocess.run(
        argv,
        cwd=ROOT,
        env=child_env(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def folder_key(data_dir: Path) -> bytes:
    """The data key of ``data_dir`` (made, with its key file, for a new folder), unlocked
    as ``Store.open`` does in the test suite (the keyring, then the test passphrase)."""
    return datakey.unlock(data_dir, datakey.DEFAULT_ACCESS).key


def key_for(path: Path) -> bytes:
    """The data key of the data folder holding ``path`` (the database or a backup)."""
    for folder in path.parents:
        if (folder / KEY_FILE_NAME).exists():
            return folder_key(folder)
    raise FileNotFoundError(f"no data folder with a key file holds {path}")


def connect(path: Path, *, read_only: bool = False, **kwargs: Any) -> cipher.Connection:
    """A DB-API connection to a database file of a data folder, keyed."""
    target = cipher.file_uri(path, "ro") if read_only else str(path)
    return cipher.connect(target, key_for(path), uri=read_only, **kwargs)


def open_db(data_dir: Path, **kwargs: Any) -> Database:
    """``open_database`` with the folder's data key, got once its lock is held."""
    return open_database(data_dir, lambda: folder_key(data_dir), **kwargs)


# SQLCipher 4's page layout with a raw key: each page ends with a 16-byte IV and a 64-byte
# HMAC-SHA512 (80 reserved bytes); the rest is AES-256-CBC with the key itself. Page 1
# starts with the 16-byte salt, in the clear.
PAGE_SIZE = 4096
_RESERVE = 80
_WAL_HEADER, _FRAME_HEADER = 32, 24


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an encrypted database file or its -wal decrypted, free pages and
    all: what a thief holding the data key could read from the file's bytes, not only
    what its tables show."""
    raw = path.read_bytes()
    pages: list[tuple[int, bytes]] = []  # (page number, bytes)
    if path.name.endswith("-wal"):
        step = _FRAME_HEADER + PAGE_SIZE
        for i in range(_WAL_HEADER, len(raw) - step + 1, step):
            number = int.from_bytes(raw[i : i + 4], "big")
            pages.append((number, raw[i + _FRAME_HEADER : i + step]))
    else:
        for n, i in enumerate(range(0, len(raw) - PAGE_SIZE + 1, PAGE_SIZE), start=1):
            pages.append((n, raw[i : i + PAGE_SIZE]))
    return b"".join(decrypted_pages_of(page, number, key) for number, page in pages)


def decrypted_pages_of(page: bytes, number: int, key: bytes) -> bytes:
    """One page of an encrypted database decrypted (``number`` counts from 1)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    body_end = PAGE_SIZE - _RESERVE
    iv = page[body_end : body_end + 16]
    skip = 16 if number == 1 else 0  # page 1's salt is in the clear
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[skip:body_end]) + decryptor.finalize()
