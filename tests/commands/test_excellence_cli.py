"""Areas of Excellence from the command line: nominate, list, validate, consent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import demo, findings
from app.services.store import Store
from tests.signoff_helpers import make_me_lead


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_nominate_validate_and_consent(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        review = demo.create_demo(store)
        make_me_lead(store, review)
        aoe = next(
            f for f in findings.list_findings(store, review) if f.kind == "area_of_excellence"
        )
    code, _, err = run(
        capsys, "excellence", "nominate", review, "--title", "Phonics", "--by", "Siân Pritchard",
        "--on", "2026-11-01",
    )  # fmt: skip
    assert code == 1 and "comes from the host school" in err and "Traceback" not in err
    code, out, _ = run(
        capsys, "excellence", "nominate", review, "--title", "Phonics", "--by", "Helen Marsh",
        "--on", "2026-11-01", "--text", "Daily huddles.",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "excellence", "list", review)
    assert "nominated by Helen Marsh on 1 November 2026" in out and "not validated yet" in out
    nomination = out.split()[0]
    code, _, err = run(capsys, "excellence", "consent", nomination, "--by", "Helen Marsh")
    assert code == 1 and "validates it first" in err
    assert run(capsys, "excellence", "validate", nomination, "--finding", aoe.id[-8:])[0] == 0
    code, _, _ = run(
        capsys, "excellence", "consent", nomination, "--by", "Helen Marsh", "--on", "2026-11-20"
    )
    assert code == 0
    code, out, _ = run(capsys, "excellence", "list", review, "--json")
    (shown,) = json.loads(out)
    assert shown["shared"] and shown["consent_by"] == "Helen Marsh"
    assert shown["finding_id"] == aoe.id
    # Withdrawn: the list says whose consent it was; validated, it cannot be removed.
    assert run(capsys, "excellence", "withdraw", nomination)[0] == 0
    code, out, _ = run(capsys, "excellence", "list", review)
    assert "consent of Helen Marsh withdrawn" in out and "not shared" in out
    code, _, err = run(capsys, "excellence", "remove", nomination)
    assert code == 1 and "validated by the team's finding, so it stays" in err
    assert "Traceback" not in err


def test_remove_a_nomination_recorded_by_mistake(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with Store.open(data_dir) as store:
        review = demo.create_demo(store)
    code, _, _ = run(
        capsys, "excellence", "nominate", review, "--title", "Raeding", "--by", "Helen Marsh",
        "--on", "2026-11-01",
    )  # fmt: skip
    assert code == 0
    nomination = run(capsys, "excellence", "list", review)[1].split()[0]
    assert run(capsys, "excellence", "remove", nomination) == (0, "Nomination removed.\n", "")
    assert "No Areas of Excellence nominated" in run(capsys, "excellence", "list", review)[1]
