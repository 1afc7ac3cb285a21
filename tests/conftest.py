"""Shared test set-up: offscreen Qt, every path in tmp_path, an in-memory keyring, and a
known passphrase for the data key of every data folder a test opens."""

from __future__ import annotations

import os

# Must be set before Qt is imported anywhere: with no display Qt aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.services import datakey, frameworks
from app.services.store import Store
from tests import timings
from tests.raw_db import TEST_PASSPHRASE


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record-timings",
        action="store_true",
        help="write each test's time to tests/timings.json (./dev timings)",
    )


def pytest_configure(config: pytest.Config) -> None:
    # In the main process only: under xdist it receives every worker's reports.
    if config.getoption("--record-timings") and not hasattr(config, "workerinput"):
        config.pluginmanager.register(timings.Recorder(timings.TIMINGS), "peerview-timings")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    timings.mark_measured_slow(items, timings.load())


class MemoryKeyring(KeyringBackend):
    """The OS keyring is outside the project: tests use this one instead."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    monkeypatch.setenv("PEERVIEW_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # Dates as a British school writes them (app/dates.py), whatever this machine's locale.
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_TIME", "en_GB.UTF-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    # The data key is real (every file encrypted); only its wrapping is made cheap, and
    # the cost is recorded in the key file, so the unwrapping code is the real one.
    monkeypatch.setattr(datakey, "DEFAULT_ACCESS", datakey.Access(passphrase=TEST_PASSPHRASE))
    monkeypatch.setattr(datakey, "SCRYPT_N", 2**12)
    yield data
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(isolated_paths: Path) -> Path:
    return isolated_paths


@pytest.fixture(scope="session")
def store_template(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[tuple[str, str], str]]:
    """A closed data folder made once per test process, with the default framework, and
    the keyring entries its making left. Making a folder runs every schema step and imports
    the framework (about a second under load); copying this one takes a tenth of that."""
    folder = tmp_path_factory.mktemp("template") / "data"
    kept = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(kept)
    try:
        with pytest.MonkeyPatch.context() as mp:
            # The same cheap wrapping as every test (isolated_paths); the cost is in the file.
            mp.setattr(datakey, "DEFAULT_ACCESS", datakey.Access(passphrase=TEST_PASSPHRASE))
            mp.setattr(datakey, "SCRYPT_N", 2**12)
            made = Store.open(folder)
            frameworks.ensure_default(made)
            made.close()
    finally:
        keyring.set_keyring(previous)
    return folder, dict(kept.secrets)


@pytest.fixture
def store(
    data_dir: Path, store_template: tuple[Path, dict[tuple[str, str], str]]
) -> Iterator[Store]:
    """An open store with the default framework imported: a copy of the template folder,
    with its data key in this test's keyring, as if this test had made it."""
    folder, secrets = store_template
    shutil.copytree(
        folder, data_dir, ignore=shutil.ignore_patterns("peerview.lock"), dirs_exist_ok=True
    )
    current = keyring.get_keyring()
    for (service, account), secret in secrets.items():
        current.set_password(service, account, secret)
    s = Store.open(data_dir)
    frameworks.ensure_default(s)
    yield s
    s.close()
