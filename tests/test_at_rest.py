"""At-rest basics through the command line: user-only permissions, weak
passphrases refused, and a read-only folder or a full disk met with one message and no
traceback, read-only commands still working on a read-only folder.

The read-only and full-disk runs need a real read-only mount and a really full disk: the
tests are root (here and in CI), and chmod does not stop root. So each runs the command
line in a private mount namespace (``unshare -m``) over a read-only bind mount of the data
folder, or a tiny tmpfs filled to the last byte.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.database import DB_NAME, KEY_FILE_NAME
from app.services import demo
from app.services.store import Store
from tests import raw_db
from tests.identity_helpers import dump_database

WEAK = ("password", "12345678", " " * 8, "Aisha Khan", "Eastfield Primary")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="mode bits; Windows uses the profile's ACL")
def test_an_existing_loose_folder_becomes_user_only(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.db.backup()
    # As an older Peerview, a copy or a hand-made folder may leave it.
    for path in [data_dir, *data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    with Store.open(data_dir):
        pass
    everything = [data_dir, *data_dir.rglob("*")]
    assert {p.name: mode(p) for p in everything if p.is_dir()} == {
        p.name: 0o700 for p in everything if p.is_dir()
    }
    assert {p.name: mode(p) for p in everything if p.is_file()} == {
        p.name: 0o600 for p in everything if p.is_file()
    }


@pytest.mark.skipif(os.name != "posix", reason="mode bits")
def test_a_new_folder_is_user_only_from_the_start(data_dir: Path) -> None:
    old = os.umask(0o022)  # the usual umask: files 0644 unless made otherwise
    try:
        with Store.open(data_dir) as store:
            store.db.backup()
            wal = data_dir / f"{DB_NAME}-wal"
            assert wal.exists() and mode(wal) == 0o600
    finally:
        os.umask(old)
    for path in (data_dir / DB_NAME, data_dir / KEY_FILE_NAME, data_dir / "peerview.lock"):
        assert mode(path) == 0o600, path
    assert mode(data_dir) == 0o700 and mode(data_dir / "backups") == 0o700
    assert all(mode(p) == 0o600 for p in (data_dir / "backups").iterdir())


def cli(tmp_path: Path, *argv: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    return raw_db.run_headless(
        [sys.executable, "-m", "app", *argv],
        PEERVIEW_DATA_DIR=str(tmp_path / "data"),
        PEERVIEW_PASSPHRASE=passphrase,
    )


@pytest.mark.parametrize("weak", WEAK)
def test_identity_create_refuses_a_weak_passphrase_and_makes_nothing(
    tmp_path: Path, weak: str
) -> None:
    done = cli(
        tmp_path,
        "identity",
        "create",
        "--name",
        "Aisha Khan",
        "--school",
        "Eastfield Primary",
        passphrase=weak,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "too easy to guess" in done.stderr or "too short" in done.stderr
    assert "three or four unrelated words" in done.stderr or "too short" in done.stderr
    data = tmp_path / "data"
    assert not (data / DB_NAME).exists() and not (data / KEY_FILE_NAME).exists()


@pytest.mark.slow  # many command-line runs
def test_identity_create_takes_a_strong_passphrase_for_keys_and_data(tmp_path: Path) -> None:
    done = cli(
        tmp_path, "identity", "create", "--name", "Aisha Khan", passphrase="tangerine lantern orbit"
    )
    assert done.returncode == 0, done.stderr
    shown = cli(tmp_path, "identity", "export", str(tmp_path / "card.json"), passphrase="nope")
    assert shown.returncode == 1 and "PEERVIEW_PASSPHRASE is wrong" in shown.stderr
    shown = cli(
        tmp_path,
        "identity",
        "export",
        str(tmp_path / "card.json"),
        passphrase="tangerine lantern orbit",
    )
    assert shown.returncode == 0, shown.stderr


def _namespaces_work() -> bool:
    if os.name != "posix" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(
    not _namespaces_work(), reason="needs root's private mount namespaces (unshare -m)"
)


def demo_folder(data_dir: Path) -> str:
    with Store.open(data_dir) as store:
        review = demo.create_demo(store)
        store.db.backup()
    return review


def in_namespace(setup: str, data: Path, commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Run ``setup`` then each peerview command in one private mount namespace; returns
    (exit code, stdout, stderr) per command."""
    out = data.parent / "outputs"
    out.mkdir(exist_ok=True)
    lines = [setup]
    for i, argv in enumerate(commands):
        quoted = " ".join(f"'{a}'" for a in argv)
        lines.append(
            f'"$PY" -m app {quoted} >"{out}/{i}.out" 2>"{out}/{i}.err"; echo $? >"{out}/{i}.rc"'
        )
    done = raw_db.run_headless(
        ["unshare", "-m", "sh", "-c", "\n".join(lines)],
        timeout=300,
        PY=sys.executable,
        PEERVIEW_DATA_DIR=str(data),
    )
    assert done.returncode == 0, done.stderr
    return [
        (
            int((out / f"{i}.rc").read_text()),
            (out / f"{i}.out").read_text(),
            (out / f"{i}.err").read_text(),
        )
        for i in range(len(commands))
    ]


@pytest.mark.slow  # many command-line runs
@needs_mounts
def test_a_read_only_folder_still_lists_shows_searches_and_refuses_writes_clearly(
    data_dir: Path, tmp_path: Path
) -> None:
    review = demo_folder(data_dir)
    before = dump_database(data_dir)
    setup = f'mount --bind "{data_dir}" "{data_dir}" && mount -o remount,ro,bind "{data_dir}"'
    reads = [
        ["review", "list"],
        ["review", "show", review[-8:]],
        ["search", "--review", review[-8:], "phonics"],
        ["diagnostics"],
        ["data", "export", "--out", str(tmp_path / "export")],
    ]
    writes = [
        ["note", "add", "--review", review[-8:], "A note on a read-only disk"],
        ["backup"],
        ["demo"],
    ]
    results = in_namespace(setup, data_dir, reads + writes)
    for argv, (code, _out, err) in zip(reads, results[: len(reads)], strict=True):
        assert code == 0, (argv, err)
        assert "Traceback" not in err
    assert "Eastfield Drove" in results[0][1] and "phonics" in results[2][1].lower()
    assert (tmp_path / "export" / "peerview.sqlite3").exists()
    for argv, (code, _out, err) in zip(writes, results[len(reads) :], strict=True):
        assert code == 1, argv
        assert "read-only" in err and "Traceback" not in err, (argv, err)
        assert err.count("\n") == 1, err  # one message
    assert dump_database(data_dir) == before


@pytest.mark.slow  # many command-line runs
@needs_mounts
def test_a_full_disk_gives_one_message_and_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    review = demo_folder(data_dir)
    disk = tmp_path / "small-disk"
    disk.mkdir()
    setup = (
        f'mount -t tmpfs -o size=8m tmpfs "{disk}" && cp -a "{data_dir}/." "{disk}/" && '
        f'(dd if=/dev/zero of="{disk}/filler" bs=4k 2>/dev/null || true)'
    )
    commands = [
        ["note", "add", "--review", review[-8:], "Brontosaurine marginalia"],
        ["backup"],
        ["identity", "create", "--name", "Bo Li"],
        ["review", "list"],
    ]
    # The folder is the full tmpfs: PEERVIEW_DATA_DIR points there.
    results = in_namespace(setup, disk, commands)
    for argv, (code, _out, err) in zip(commands, results, strict=True):
        assert code == 1, argv
        assert "disk is full" in err and "Traceback" not in err, (argv, err)
    # Run again with the filler gone: the refused note was never saved.
    setup += f' && rm "{disk}/filler"'
    ((code, out, _err),) = in_namespace(
        setup, disk, [["search", "--review", review[-8:], "brontosaurine"]]
    )
    assert code == 0 and "No notes match" in out


def test_data_export_refuses_a_bad_target_and_writes_everything_decrypted(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    review = demo_folder(data_dir)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    for out, said in (
        (busy, "is not empty"),
        (data_dir / "export", "inside the Peerview data folder"),
        (data_dir, "inside the Peerview data folder"),
        (busy / "mine.txt", "is a file"),
    ):
        assert main(["data", "export", "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert said in err and "Nothing was written" in err
    assert (busy / "mine.txt").read_text() == "keep me" and not (data_dir / "export").exists()

    out = tmp_path / "export"
    assert main(["data", "export", "--out", str(out)]) == 0
    assert "NOT encrypted" in capsys.readouterr().out
    import sqlite3  # the export is plain SQLite: the standard library reads it

    conn = sqlite3.connect(out / "peerview.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM evidence_note").fetchone()[0] == 64
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] > 200
        assert conn.execute("SELECT title FROM review WHERE id = ?", (review,)).fetchone()
    finally:
        conn.close()
    assert "change_log" in (out / "README.txt").read_text()
    assert list((out / "backups").glob("peerview-*.sqlite"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.rglob("*") if p.is_file())
    assert not list(tmp_path.glob(".export.part-*"))
