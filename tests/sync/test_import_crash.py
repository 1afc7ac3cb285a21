"""Killing the import process (SIGKILL) at random points never leaves a partial import
or a database that fails its integrity check."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.bench.common import seed
from app.models.database import DB_NAME
from app.services import changelog
from app.services.store import Store
from app.sync.exporter import export_bundle
from tests import raw_db
from tests.sync.conftest import Team
from tests.sync.helpers import join_team

ROOT = Path(__file__).resolve().parents[2]
RUNS = 50
NOTES = 800

# Imports killed in child processes: slow by nature.
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]


class Forker:
    """One crash_child.py process; each ``start`` forks an import in it."""

    def __init__(self) -> None:
        env = {
            **os.environ,
            "PEERVIEW_PASSPHRASE": "correct horse",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONPATH": str(ROOT),
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.crash_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def start(self, folder: Path, bundle: Path) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{folder} {bundle}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline())
        deadline = time.monotonic() + 30
        while not (folder / "READY").exists():
            assert time.monotonic() < deadline, "the import never started"
            time.sleep(0.002)
        return pid

    def wait(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _state(folder: Path) -> tuple[str, int, int]:
    conn = raw_db.connect(folder / DB_NAME)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        reports = conn.execute("SELECT count(*) FROM sync_import").fetchone()[0]
        notes = conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0]
    finally:
        conn.close()
    return check, reports, notes


def test_killing_an_import_never_leaves_half_of_it(team: Team, tmp_path: Path) -> None:
    review = seed(team.lead.store, NOTES)
    join_team(team.lead.store, review, team.reviewer.store)  # only its team writes there
    bundle = export_bundle(
        team.lead.store,
        review,
        tmp_path / "big.pvbundle",
        to=[team.reviewer.card.fingerprint],
        full=True,
    ).path
    team.reviewer.store.close()
    template = team.reviewer.folder
    _, _, base_notes = _state(template)

    forkers = [Forker(), Forker()]
    try:
        # One run to the end: how long the import itself takes here.
        whole = tmp_path / "whole"
        shutil.copytree(template, whole)
        forkers[0].start(whole, bundle)
        started = time.perf_counter()  # READY: the keys are unlocked, the import begins
        assert forkers[0].wait() == "EXIT 0"
        duration = time.perf_counter() - started
        assert (whole / "DONE").exists()
        assert _state(whole) == ("ok", 1, base_notes + NOTES)

        rng = random.Random(5)
        delays = [rng.uniform(0, duration * 1.1) for _ in range(RUNS)]

        def one(n: int) -> tuple[str, int, int, bool]:
            folder = tmp_path / f"run{n}"
            shutil.copytree(template, folder)
            forker = forkers[n % 2]
            pid = forker.start(folder, bundle)
            time.sleep(delays[n])
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            forker.wait()
            return (*_state(folder), (folder / "DONE").exists())

        # Two workers, each with its own forker: runs alternate between them.
        with ThreadPoolExecutor(max_workers=2) as pool:
            evens = pool.submit(lambda: [one(n) for n in range(0, RUNS, 2)])
            odds = pool.submit(lambda: [one(n) for n in range(1, RUNS, 2)])
            results = evens.result() + odds.result()
    finally:
        for forker in forkers:
            forker.close()

    for check, reports, notes, _done in results:
        assert check == "ok"
        # All of the import or none of it, and its report with it.
        assert (reports, notes) in {(0, base_notes), (1, base_notes + NOTES)}
    interrupted = sum(1 for _, reports, _, _ in results if reports == 0)
    assert interrupted >= RUNS // 4, "the kills should land during imports"
    # A killed folder opens cleanly and its chain verifies.
    killed = next(r for r in range(RUNS) if _state(tmp_path / f"run{r}")[1] == 0)
    with Store.open(tmp_path / f"run{killed}") as store, store.read() as conn:
        assert changelog.verify_chain(conn).ok
