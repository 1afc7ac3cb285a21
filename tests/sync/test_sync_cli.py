"""The sync commands as a person meets them: clear refusals, exit codes, nothing written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.services import evidence
from app.services.store import Store
from app.sync.exporter import export_bundle
from tests.identity_helpers import dump_database
from tests.sync.conftest import Team
from tests.sync.helpers import FakeClock, create_review, deliver, join_team, open_replica, snapshot


def cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def bundle(team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse")
    evidence.add_note(team.lead.store, team.review_id, "Łódź: pupils read aloud in pairs.")
    out = export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "b.pvbundle",
        to=[team.reviewer.card.fingerprint],
    )
    team.reviewer.store.close()  # the command line opens the folder itself
    return out.path


def test_import_status_and_digest(
    team: Team, bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = team.reviewer.folder
    code, out, _ = cli(capsys, folder, "bundle", "import", str(bundle))
    assert code == 0 and "from Siân Pritchard: added" in out and "held 0" in out
    code, out, _ = cli(capsys, folder, "sync", "status")
    assert code == 0 and "received" in out and "0 held, 0 quarantined, 0 open conflicts" in out
    code, out, _ = cli(capsys, folder, "review", "digest", team.review_id[-8:], "--json")
    digest = json.loads(out)["digest"]
    assert code == 0 and len(digest) == 19 and digest.count("-") == 3


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: data[: len(data) // 3], "cannot be decrypted|cut short"),
        (lambda data: b"PK\x03\x04" + data[4:200], "damaged or cut short"),
        (lambda data: b"hello, not a bundle", "not a Peerview bundle"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_written(
    team: Team, bundle: Path, capsys: pytest.CaptureFixture[str], damage, message: str
) -> None:
    bad = bundle.with_name("bad.pvbundle")
    bad.write_bytes(damage(bundle.read_bytes()))
    before = dump_database(team.reviewer.folder)
    code, out, err = cli(capsys, team.reviewer.folder, "bundle", "import", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("peerview: ")
    assert re.search(message, err), err
    assert dump_database(team.reviewer.folder) == before


def test_missing_file_and_missing_recipients(
    team: Team, bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, team.reviewer.folder, "bundle", "import", str(bundle) + ".nope")
    assert code == 1 and "Cannot read" in err
    cli(capsys, team.reviewer.folder, "bundle", "import", str(bundle))
    code, _, err = cli(
        capsys,
        team.reviewer.folder,
        "bundle",
        "export",
        "--review",
        team.review_id,
        "--out",
        str(bundle.with_name("x.pvbundle")),
    )
    assert code == 1 and "--to FINGERPRINT" in err
    assert not bundle.with_name("x.pvbundle").exists()


def test_conflicts_are_listed_and_resolved_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    a, b = (
        open_replica(tmp_path / "a", clock.reader()),
        open_replica(tmp_path / "b", clock.reader()),
    )
    review = create_review(a)
    join_team(a, review, b)
    note = evidence.add_note(a, review, "Before the visit.").note_id
    deliver(snapshot(a, review), b)
    evidence.update_note(a, note, text="Tekst A: ŵ ŷ")
    evidence.update_note(b, note, text="Text B")
    evidence.delete_note(b, note)
    deliver(snapshot(b, review), a)
    a.close()
    b.close()
    code, out, _ = cli(capsys, tmp_path / "a", "sync", "conflicts", "--json")
    found = {c["kind"]: c for c in json.loads(out)}
    assert code == 0 and set(found) == {"field", "edit_delete"}
    assert {v["value"] for v in found["field"]["versions"]} == {"Tekst A: ŵ ŷ", "Text B"}
    code, _, _ = cli(
        capsys,
        tmp_path / "a",
        "sync",
        "resolve",
        found["field"]["id"][:8],
        "--text",
        "Both",
        "agreed",
    )
    assert code == 0
    code, _, _ = cli(
        capsys,
        tmp_path / "a",
        "sync",
        "resolve",
        found["edit_delete"]["id"][:8],
        "--choose",
        "keep",
    )
    assert code == 0
    code, _, err = cli(
        capsys, tmp_path / "a", "sync", "resolve", found["field"]["id"][:8], "--text", "x"
    )
    assert code == 1 and "already resolved" in err
    code, out, _ = cli(capsys, tmp_path / "a", "sync", "conflicts")
    assert out.strip() == "No open conflicts."
    with Store.open(tmp_path / "a") as store:
        (kept,) = evidence.list_notes(store, review)
        assert kept.text == "Both agreed"


def test_verify_command_for_bundles(
    team: Team, bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cmd_verify_bundle`` is what ``peerview verify FILE`` runs for a bundle."""
    import argparse

    from app.commands.sync import cmd_verify_bundle

    def verify(path: Path) -> tuple[int, str]:
        args = argparse.Namespace(
            data_dir=str(team.reviewer.folder), file=str(path), json=False, command="verify"
        )
        capsys.readouterr()
        code = cmd_verify_bundle(args)
        return code, capsys.readouterr().out

    code, out = verify(bundle)
    assert code == 0 and "from Siân Pritchard" in out and "signature intact" in out
    bad = bundle.with_name("bad.pvbundle")
    bad.write_bytes(bundle.read_bytes()[:-10])
    code, out = verify(bad)
    assert code == 1 and out.startswith("problem: ")
