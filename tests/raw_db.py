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
