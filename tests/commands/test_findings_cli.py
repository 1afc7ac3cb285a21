"""The findings, sign-off, action and retention commands as a lead or a script uses them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from app.models.database import DB_NAME
from app.services import duties, reviews
from app.services.store import Store
from tests.reports.helpers import team_agrees
from tests.signoff_helpers import make_me_lead


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    run(capsys, "demo")
    _, out, _ = run(capsys, "review", "list", "--json")
    return str(json.loads(out)[0]["id"][-8:])


def demo_review_id(capsys: pytest.CaptureFixture[str]) -> str:
    _, out, _ = run(capsys, "review", "list", "--json")
    return str(json.loads(out)[0]["id"])


def db_digest(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / DB_NAME).read_bytes()).hexdigest()


def test_finding_list_json_shows_triangulation(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    code, out, _ = run(capsys, "finding", "list", "--review", demo, "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data["findings"]) == 5 and len(data["next_steps"]) >= 3
    first = data["findings"][0]
    assert first["triangulation"]["notes"] == 6
    assert first["triangulation"]["single_source"] is False


def test_add_a_finding_warns_and_dismiss_records_the_reason(
    capsys: pytest.CaptureFixture[str], demo: str
) -> None:
    code, out, _ = run(
        capsys,
        "finding",
        "add",
        "--review",
        demo,
        "--kind",
        "strength",
        "--title",
        "Darllen",
        "--strand",
        "C2",
        "Teaching of reading is outstanding in Y2; ŵ ŷ Ł ệ.",
    )
    assert code == 0 and "grade guard: 'outstanding'" in out
    finding_id = out.split()[2]
    code, out, _ = run(capsys, "finding", "guard", "--review", demo, "--json")
    assert [f["finding_id"] for f in json.loads(out)] == [finding_id]
    code, out, _ = run(
        capsys, "finding", "dismiss", finding_id[-8:], "--reason", "The host's own words"
    )
    assert code == 0
    code, out, _ = run(capsys, "finding", "guard", "--review", demo)
    assert "No judgement language" in out


def test_status_steps_history_and_refused_skip(
    capsys: pytest.CaptureFixture[str], demo: str, data_dir: Path
) -> None:
    # The demo's team meeting is part way through: one disagreement, one position to come.
    before = db_digest(data_dir)
    code, _, err = run(capsys, "review", "status", demo, "team_confirmed")
    assert code == 1 and "Priya Natarajan disagrees" in err and "Traceback" not in err
    assert db_digest(data_dir) == before
    code, out, _ = run(capsys, "finding", "board", "--review", demo)
    assert "Not ready for team confirmation" in out and "contradicted by (Book look)" in out
    with Store.open(data_dir) as store:
        review_id = reviews.resolve_review(store, demo)
        make_me_lead(store, review_id)
        team_agrees(store, review_id)
    code, out, _ = run(capsys, "finding", "board", "--review", demo)
    assert "Ready for team confirmation." in out
    # Positions on findings are not the team's agreement to the whole: each member's is asked.
    code, _, err = run(capsys, "review", "status", demo, "team_confirmed")
    assert code == 1 and "still to agree: Siân Pritchard, Priya Natarajan, Tomasz" in err
    code, out, _ = run(capsys, "review", "agree", demo)
    assert code == 0 and "Agreed: 1 of 3" in out
    for name in ("Priya Natarajan", "Tomasz Łukasiewicz"):
        assert run(capsys, "review", "agree", demo, "--for", name)[0] == 0
    code, out, _ = run(capsys, "review", "status", demo, "team_confirmed")
    assert code == 0 and "Team confirmed" in out
    before = db_digest(data_dir)
    code, _, err = run(capsys, "review", "status", demo, "host_checked")
    assert code == 1 and "Steps cannot be skipped" in err
    assert db_digest(data_dir) == before
    code, _, err = run(capsys, "review", "status", demo, "signed")
    assert code == 1 and "peerview report" in err
    code, out, _ = run(
        capsys,
        "finding",
        "add",
        "--review",
        demo,
        "--kind",
        "area_for_development",
        "--title",
        "Writing",
        "Even better if ...",
    )
    code, out, _ = run(capsys, "review", "status", demo, "--json")
    data = json.loads(out)
    assert data["status"] == "draft"
    assert "'Writing' was added" in data["sent_back_note"]
    assert [e["status"] for e in data["history"]][-2:] == ["team_confirmed", "draft"]


def test_actions_add_set_list_and_carry(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, out, _ = run(
        capsys,
        "action",
        "add",
        "--review",
        demo,
        "--owner",
        "SENCO",
        "--date",
        "2026-07-01",
        "Plan",
        "scaffold",
        "reduction",
    )
    assert code == 0
    action_id = out.split()[-1]
    code, _, _ = run(capsys, "action", "set", action_id[-8:], "--status", "in_progress")
    assert code == 0
    code, out, _ = run(capsys, "action", "list", "--review", demo, "--json")
    # The demo has its own action plan; find the one added here.
    (item,) = [i for i in json.loads(out) if i["action"] == "Plan scaffold reduction"]
    assert (item["action"], item["status"], item["owner"]) == (
        "Plan scaffold reduction",
        "in_progress",
        "SENCO",
    )
    code, _, err = run(capsys, "action", "set", action_id[-8:], "--date", "1 July")
    assert code == 1 and "YYYY-MM-DD" in err


def test_retention_set_show_run(capsys: pytest.CaptureFixture[str], demo: str) -> None:
    code, out, _ = run(capsys, "retention", "set", "--review", demo, "--days", "30")
    assert code == 0
    code, out, _ = run(capsys, "retention", "show", "--json")
    (state,) = json.loads(out)
    assert state["retention_days"] == 30 and state["notes"] == 64
    code, out, _ = run(capsys, "retention", "run", "--as-of", "2099-01-01")
    assert code == 0 and "No review's notes are due" in out  # not signed
    code, _, err = run(capsys, "retention", "run", "--as-of", "soon")
    assert code == 1 and "YYYY-MM-DD" in err


def test_a_reviewer_records_a_position_by_name(
    capsys: pytest.CaptureFixture[str], demo: str, data_dir: Path
) -> None:
    code, out, _ = run(capsys, "finding", "board", "--review", demo, "--json")
    board = json.loads(out)
    cpd = next(f for f in board["findings"] if f["title"].startswith("Phonics professional"))
    # The demo's lead is played on this laptop; here she leads from a laptop of her own,
    # so this one is neither Tomasz's nor the lead's: refused, nothing written.
    store = Store.open(data_dir)
    try:
        with store.write() as tx:
            lead = duties.lead(tx.conn, demo_review_id(capsys))
            assert lead is not None
            tx.upsert("person", lead.person_id, {"key_id": "ab" * 32})
    finally:
        store.close()
    before = db_digest(data_dir)
    code, _, err = run(capsys, "finding", "position", cpd["id"][-8:], "--member", "tomasz", "agree")
    assert code == 1 and "Only Tomasz Łukasiewicz or the lead reviewer" in err
    assert db_digest(data_dir) == before
    code, _, err = run(capsys, "finding", "position", cpd["id"][-8:], "--member", "Zed", "agree")
    assert code == 1 and "names no one on the review's team" in err
    assert db_digest(data_dir) == before
