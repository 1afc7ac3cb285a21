"""`peerview identity`, `trust` and `roster` as a person or a script uses them: the real
command line in temporary data folders, and one real process with no keyring at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.store import Store
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    dump_database,
)
from tests.test_cli import run

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse")


def test_create_show_export_and_trust_between_two_installations(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    other = str(tmp_path / "hong")
    code, out, _ = run(
        capsys, "identity", "create", "--name", "Siân Prŷs", "--school", "Ysgol Bro Ŵyr"
    )
    assert code == 0 and "Created the identity of Siân Prŷs" in out
    shown = json.loads(run(capsys, "identity", "show", "--json")[1])
    assert shown["name"] == "Siân Prŷs" and shown["role"] == "reviewer"
    assert out.count(shown["fingerprint"]) == 1
    code, out, _ = run(
        capsys,
        "identity",
        "create",
        "--data-dir",
        other,
        "--name",
        "Nguyễn Thị Hồng",
        "--role",
        "headteacher",
    )
    assert code == 0
    card = tmp_path / "hong-card.json"
    code, out, _ = run(capsys, "identity", "export", "--data-dir", other, str(card))
    assert code == 0 and card.exists()
    hong = json.loads(card.read_text("utf-8"))["card"]
    assert hong["fingerprint"] in out

    # Not confirmed (no terminal, no --fingerprint, no --yes): refused, nothing written.
    before = dump_database(data_dir)
    code, out, err = run(capsys, "trust", str(card))
    assert code == 1 and hong["fingerprint"] in out and "--fingerprint" in err
    code, _out, err = run(capsys, "trust", str(card), "--fingerprint", "12345 " * 6)
    assert code == 1 and "is not the one in the file" in err
    assert dump_database(data_dir) == before

    code, out, _ = run(capsys, "trust", str(card), "--fingerprint", hong["fingerprint"])
    assert code == 0 and "Trusted Nguyễn Thị Hồng" in out
    people = json.loads(run(capsys, "identity", "trusted", "--json")[1])
    assert [(p["name"], p["source"]) for p in people] == [
        ("Siân Prŷs", "self"),
        ("Nguyễn Thị Hồng", "card"),
    ]


def test_roster_export_import_and_revoke(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    lead, ben = str(tmp_path / "lead"), str(tmp_path / "ben")
    run(
        capsys,
        "identity",
        "create",
        "--data-dir",
        lead,
        "--name",
        "Łucja",
        "--role",
        "partnership_lead",
    )
    run(capsys, "identity", "create", "--data-dir", ben, "--name", "عائشہ")
    run(capsys, "identity", "create", "--name", "Ana")
    run(capsys, "identity", "export", "--data-dir", ben, str(tmp_path / "ben.json"))
    run(capsys, "trust", "--data-dir", lead, "--yes", str(tmp_path / "ben.json"))
    roster = tmp_path / "roster.json"
    code, out, _ = run(capsys, "roster", "export", "--data-dir", lead, str(roster))
    assert code == 0 and "2 member(s), 0 revoked" in out
    lead_fp = json.loads(run(capsys, "identity", "show", "--data-dir", lead, "--json")[1])[
        "fingerprint"
    ]

    # Ana does not know the lead yet: she must confirm the lead's fingerprint.
    before = dump_database(data_dir)
    code, out, err = run(capsys, "roster", "import", str(roster))
    assert code == 1 and lead_fp in out and "Nothing was changed" in err
    assert dump_database(data_dir) == before
    code, out, _ = run(capsys, "roster", "import", str(roster), "--fingerprint", lead_fp)
    assert code == 0 and "2 added" in out
    names = {p["name"]: p for p in json.loads(run(capsys, "identity", "trusted", "--json")[1])}
    assert names["عائشہ"]["source"] == "roster" and not names["عائشہ"]["revoked"]

    # Ben's laptop is lost: the lead revokes his key and sends a new roster.
    ben_key = names["عائشہ"]["key_id"]
    code, _out, err = run(capsys, "roster", "revoke", "--data-dir", lead, ben_key[:10])
    assert code == 1 and "--yes" in err
    assert run(capsys, "roster", "revoke", "--data-dir", lead, ben_key[:10], "--yes")[0] == 0
    run(capsys, "roster", "export", "--data-dir", lead, str(roster))
    code, out, _ = run(capsys, "roster", "import", str(roster))
    assert code == 0 and "1 newly revoked" in out
    code, out, _ = run(capsys, "identity", "trusted")
    assert "عائشہ" in out and "REVOKED" in out
    code, _out, err = run(capsys, "trust", "--yes", str(tmp_path / "ben.json"))
    assert code == 1 and "never trusted again" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["identity", "show"], "no identity yet"),
        (["identity", "export", "{tmp}/card.json"], "no identity yet"),
        (["roster", "export", "{tmp}/roster.json"], "no identity yet"),
        (["trust", "--yes", "{tmp}/missing.json"], "Cannot read"),
        (["trust", "--yes", "{tmp}/bad.json"], "truncated or not JSON"),
        (["roster", "import", "--yes", "{tmp}/bad.json"], "truncated or not JSON"),
        (["roster", "revoke", "--yes", "0123456789"], "Nobody this installation trusts"),
        (["identity", "create", "--name", ""], "name is empty"),
    ],
)
def test_bad_input_exits_non_zero_with_a_message_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    Store.open(data_dir).close()  # the database exists
    (tmp_path / "bad.json").write_text('{"format": "peerview-card", "vers', "utf-8")
    before = dump_database(data_dir)
    code, _out, err = run(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert code == 1 and err.startswith("peerview: ") and message in err
    assert "Traceback" not in err
    assert dump_database(data_dir) == before
    assert not (tmp_path / "card.json").exists() and not (tmp_path / "roster.json").exists()


def test_a_script_with_no_keyring_uses_peerview_passphrase(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PEERVIEW_DATA_DIR": str(tmp_path / "data"),
        "PEERVIEW_PASSPHRASE": "correct horse",
        # What a headless Linux has: keyring's backend that fails every call.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }

    def peerview(*argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", *argv],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )

    made = peerview("identity", "create", "--name", "Jan Łukasiewicz", "--role", "lead_reviewer")
    assert made.returncode == 0, made.stderr
    assert "No system keyring here" in made.stdout
    card = tmp_path / "card.json"
    exported = peerview("identity", "export", str(card))
    assert exported.returncode == 0, exported.stderr
    assert json.loads(card.read_text("utf-8"))["card"]["name"] == "Jan Łukasiewicz"

    before = dump_database(tmp_path / "data")
    wrong = peerview(
        "identity", "export", str(tmp_path / "again.json"), PEERVIEW_PASSPHRASE="nope nope"
    )
    assert wrong.returncode == 1 and "PEERVIEW_PASSPHRASE is wrong" in wrong.stderr
    assert "Traceback" not in wrong.stderr and not (tmp_path / "again.json").exists()
    assert dump_database(tmp_path / "data") == before
