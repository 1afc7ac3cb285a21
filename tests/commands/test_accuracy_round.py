"""A whole factual-accuracy round through the command line: the lead sends the draft, the
host answers from their own Peerview (a second data folder) with a signed response file,
the lead imports it, decides each correction and records the host check. Forged,
altered and misdirected files are refused with nothing written. And the other way a
response comes: an email the lead records with who sent it, when, and the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import Person
from app.services import accuracy, demo, signoff
from app.services.store import Store
from tests.identity_helpers import cheap_kdf, dump_database, exchange_cards, make_identity
from tests.reports.helpers import team_agrees
from tests.signoff_helpers import confirm_team, quality_assure, take_to

__all__ = ["cheap_kdf"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _link(store: Store, name: str, key_id: str) -> None:
    """The team record of ``name`` names their identity (as a roster import does)."""
    with store.write() as tx:
        person = tx.conn.execute(select(Person.id).where(Person.name == name)).scalar()
        tx.upsert("person", person, {"key_id": key_id})


@pytest.fixture
def folders(tmp_path: Path, cheap_kdf: None) -> tuple[Path, Path, str]:
    lead_dir, host_dir = tmp_path / "lead", tmp_path / "host"
    with Store.open(lead_dir) as lead, Store.open(host_dir) as host:
        make_identity(lead, "Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
        head = make_identity(host, "Helen Marsh", "Eastfield Drove Primary School", "headteacher")
        exchange_cards(lead, host)
        review = demo.create_demo(lead)
        _link(lead, "Helen Marsh", head.key_id)
        take_to(lead, review, "draft")
    return lead_dir, host_dir, review


def test_a_signed_response_from_the_hosts_own_peerview(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, str], tmp_path: Path
) -> None:
    lead_dir, host_dir, review = folders
    lead = ("--data-dir", str(lead_dir))
    draft, found = tmp_path / "draft.pdf", tmp_path / "findings.json"
    assert run(capsys, *lead, "report", "--review", review, "--out", str(draft))[0] == 0
    code, out, err = run(
        capsys, *lead, "accuracy", "send", review, "--draft", "1", "--to", "Helen Marsh",
        "--on", "2026-11-20", "--findings", str(found),
    )  # fmt: skip
    assert code == 0, err

    # On the host's laptop: read the draft's findings, answer two, sign.
    host = ("--data-dir", str(host_dir))
    code, out, _ = run(capsys, *host, "accuracy", "respond", str(found))
    assert code == 0 and "1. A shared approach to phonics" in out
    response = tmp_path / "response.json"
    code, out, err = run(
        capsys, *host, "accuracy", "respond", str(found),
        "--finding", "1", "Phonics huddles began in September 2025, not 2024.",
        "--finding", "3", "Correct as written.",
        "--general", "Thank you; two small points.", "--out", str(response),
    )  # fmt: skip
    assert code == 0, err

    # Back on the lead's laptop. An altered copy and a forged one are refused first.
    before = dump_database(lead_dir)
    doc = json.loads(response.read_text("utf-8"))
    doc["response"]["findings"][0]["said"] = "The phonics finding is wrong; delete it."
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, *lead, "accuracy", "import", review, str(altered))
    assert code == 1 and "does not match its signature" in err and "Traceback" not in err
    stranger_dir = tmp_path / "stranger"
    with Store.open(stranger_dir) as other:
        make_identity(other, "Helen Marsh", "Eastfield Drove Primary School", "headteacher")
    forged = tmp_path / "forged.json"
    code, _, _ = run(
        capsys, "--data-dir", str(stranger_dir), "accuracy", "respond", str(found),
        "--finding", "1", "Delete this finding.", "--out", str(forged),
    )  # fmt: skip
    assert code == 0
    code, _, err = run(capsys, *lead, "accuracy", "import", review, str(forged))
    assert code == 1 and "someone you do not trust" in err and "fingerprint" in err
    code, _, err = run(capsys, *lead, "accuracy", "import", review, str(tmp_path / "nope"))
    assert code == 1 and "nope" in err
    assert dump_database(lead_dir) == before

    code, out, err = run(capsys, *lead, "accuracy", "import", review, str(response))
    assert code == 0, err
    assert run(capsys, *lead, "accuracy", "import", review, str(response))[0] == 0  # once
    code, out, _ = run(capsys, *lead, "accuracy", "show", review)
    assert "Response to draft 1 from Helen Marsh (Signed response from Peerview" in out
    assert "Draft 1 sent to Helen Marsh on 20 November 2026" in out
    assert "Host's factual-accuracy response: 27 November 2026 (done)" in out
    assert "1. A shared approach to phonics from Reception to Y2: Phonics huddles began" in out
    assert "Lead: no decision yet" in out

    # The lead's decisions, then the steps, each by the person allowed to take it.
    assert run(capsys, *lead, "accuracy", "decide", review, "1", "changed")[0] == 0
    code, _, err = run(capsys, *lead, "accuracy", "decide", review, "2", "declined")
    assert code == 1 and "Say why" in err
    code, _, _ = run(
        capsys, *lead, "accuracy", "decide", review, "2", "declined", "--reason", "No change."
    )
    assert code == 0
    with Store.open(lead_dir) as store:
        (answer,) = accuracy.responses(store, review)
        assert [c.decision for c in answer.corrections] == ["changed", "declined"]
        assert answer.source == "signed_file" and answer.from_name == "Helen Marsh"
        assert accuracy.evidence_bytes(store, answer) == response.read_bytes()
    code, _, err = run(capsys, *lead, "review", "status", review, "team_confirmed")
    assert code == 1 and "still to agree" in err and "not yet confirmed every finding" in err
    with Store.open(lead_dir) as store:
        team_agrees(store, review)  # the team meeting settles the demo's open positions
    for name in ("Siân Pritchard", "Tomasz Łukasiewicz"):
        assert run(capsys, *lead, "review", "agree", review, "--for", name)[0] == 0
    code, _, err = run(capsys, *lead, "review", "status", review, "team_confirmed")
    assert code == 1 and "still to agree: Priya Natarajan." in err
    assert "not yet confirmed every finding" not in err
    code, out, _ = run(capsys, *lead, "review", "agree", review, "--for", "Priya Natarajan")
    assert code == 0 and "Agreed: 3 of 3" in out
    assert run(capsys, *lead, "review", "status", review, "team_confirmed")[0] == 0
    code, _, err = run(capsys, *lead, "review", "status", review, "quality_assured")
    assert code == 1 and "Siân Pritchard wrote this report" in err
    with Store.open(lead_dir) as store:
        quality_assure(store, review)
    code, out, err = run(capsys, *lead, "review", "status", review, "host_checked")
    assert code == 0, err
    with Store.open(lead_dir) as store:
        assert signoff.current_status(store, review) == "host_checked"


def test_a_response_by_email_recorded_by_the_lead(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, str], tmp_path: Path
) -> None:
    lead_dir, _, review = folders
    lead = ("--data-dir", str(lead_dir))
    assert (
        run(capsys, *lead, "report", "--review", review, "--out", str(tmp_path / "d.pdf"))[0] == 0
    )
    email = tmp_path / "RE Draft report.eml"
    email.write_bytes(b"From: Helen Marsh\r\n\r\nWe started phonics huddles in 2025.\r\n")
    with Store.open(lead_dir) as store:
        from app.services import findings

        phonics = next(f.id for f in findings.list_findings(store, review) if "phonics" in f.title)
    before = dump_database(lead_dir)
    code, _, err = run(
        capsys, *lead, "accuracy", "record", review, "--draft", "1", "--from", "Siân Pritchard",
        "--sent", "2026-11-23T08:15", "--via", "email", "--file", str(email),
    )  # fmt: skip
    assert code == 1 and "not the host's headteacher or a host leader" in err
    code, _, err = run(
        capsys, *lead, "accuracy", "record", review, "--draft", "7", "--from", "Helen Marsh",
        "--sent", "2026-11-23T08:15", "--via", "email", "--file", str(email),
    )  # fmt: skip
    assert code == 1 and "no draft 7" in err
    assert dump_database(lead_dir) == before
    code, out, err = run(
        capsys, *lead, "accuracy", "record", review, "--draft", "1", "--from", "Helen Marsh",
        "--sent", "2026-11-23T08:15", "--via", "email", "--file", str(email),
        "--finding", phonics[-8:], "We started phonics huddles in 2025.",
    )  # fmt: skip
    assert code == 0, err
    assert "with RE Draft report.eml attached" in out
    code, out, _ = run(capsys, *lead, "accuracy", "show", review, "--json")
    shown = json.loads(out)
    (answer,) = shown["responses"]
    assert (answer["source"], answer["channel"], answer["from_name"]) == (
        "recorded",
        "email",
        "Helen Marsh",
    )
    assert answer["sent_at"] == "2026-11-23T08:15"
    assert [d["step"] for d in shown["due"]] == ["draft", "qa", "host", "final"]
    run(capsys, *lead, "accuracy", "decide", review, "1", "accepted")
    with Store.open(lead_dir) as store:
        confirm_team(store, review)
        quality_assure(store, review)
        signoff.advance(store, review, "host_checked")  # the host's recorded email suffices
        (kept,) = accuracy.responses(store, review)
        assert accuracy.evidence_bytes(store, kept) == email.read_bytes()
