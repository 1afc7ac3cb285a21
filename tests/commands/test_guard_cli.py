"""The guards on the command line: text that can print is checked as it is saved (a
warning on stderr, still saved, exit 0), and the evidence appendix is off by default and
leaves out flagged notes unless ``--include-flagged`` (decision 0034)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import demo, evidence
from app.services.store import Store
from tests.commands.test_report_cli import run
from tests.reports.helpers import pdftotext, readable

PATEL = "Mrs Patel's Y3 lesson was outstanding… Graded 2 overall"


@pytest.fixture
def review(data_dir: Path) -> str:
    with Store.open(data_dir) as store:
        return demo.create_demo(store)[-8:]


def test_note_add_warns_on_stderr_and_still_saves(
    capsys: pytest.CaptureFixture[str], review: str, data_dir: Path
) -> None:
    code, out, err = run(capsys, "note", "add", "--review", review, "--activity", "meeting", PATEL)
    assert code == 0, err
    assert "Saved note" in out and "warning" not in out
    lines = [line for line in err.splitlines() if line.startswith("warning: evidence note:")]
    assert any("“Mrs Patel's”" in line and "may name" in line for line in lines)
    assert any("“outstanding”" in line and "one teacher" in line for line in lines)
    assert any("“Graded 2”" in line and "grade" in line for line in lines)
    assert "saved as written" in err and "Traceback" not in err
    note_id = out.split()[-1]
    with Store.open(data_dir) as store:
        assert evidence.get_note(store, note_id).note.text == PATEL


def test_a_clean_note_saves_without_a_word(capsys: pytest.CaptureFixture[str], review: str) -> None:
    code, out, err = run(capsys, "note", "add", "--review", review, "Pupils read aloud in pairs.")
    assert code == 0 and "Saved note" in out and err == ""


def test_actions_and_findings_are_checked_too(
    capsys: pytest.CaptureFixture[str], review: str
) -> None:
    code, out, err = run(
        capsys,
        "action",
        "add",
        "--review",
        review,
        "--criteria",
        "Writing is RAG rated green by July",
        "Get the school ready for Ofsted",
    )
    assert code == 0 and "Saved action" in out
    assert "warning: action: “ready for Ofsted”" in err
    assert "warning: success criteria: “RAG”" in err
    action_id = out.split()[-1]
    code, _, err = run(capsys, "action", "set", action_id, "--text", "Mr Jones to lead phonics")
    assert code == 0 and "warning: action: “Mr Jones”" in err

    code, err = _add_finding(capsys, review, "strength", "Jessica Smith's group read fluently.")
    assert code == 0 and "warning: finding: “Jessica Smith's”" in err


def _add_finding(
    capsys: pytest.CaptureFixture[str], review: str, kind: str, text: str
) -> tuple[int, str]:
    code, _, err = run(
        capsys, "finding", "add", "--review", review, "--kind", kind, "--title", "Reading", text
    )
    return code, err


def _report(capsys: pytest.CaptureFixture[str], review: str, out: Path, *extra: str) -> str:
    code, printed, err = run(capsys, "report", "--review", review, "--out", str(out), *extra)
    assert code == 0, err
    assert f"Wrote {out}" in printed
    return err


def test_report_leaves_the_appendix_out_unless_asked(
    capsys: pytest.CaptureFixture[str], review: str, tmp_path: Path
) -> None:
    run(capsys, "note", "add", "--review", review, "--activity", "meeting", PATEL)
    err = _report(capsys, review, tmp_path / "plain.pdf")
    text = readable(pdftotext(tmp_path / "plain.pdf"))
    assert "Appendix: evidence notes by strand" not in text
    assert "appendix" not in err  # nothing to warn about: no note is printed


def test_report_with_the_appendix_warns_and_leaves_flagged_notes_out(
    capsys: pytest.CaptureFixture[str], review: str, tmp_path: Path
) -> None:
    run(capsys, "note", "add", "--review", review, "--activity", "meeting", PATEL)
    out = tmp_path / "host.pdf"
    err = _report(capsys, review, out, "--evidence-appendix")
    text = " ".join(readable(pdftotext(out)).split())
    assert "Appendix: evidence notes by strand" in text
    assert "Mrs Patel" not in text
    assert "left out of the appendix" in err and "“Mrs Patel's”" in err
    assert "Could identify one teacher: Y1 is one class" in err  # the demo's Y1 lessons
    assert "run again with --include-flagged" in err
    left_out = err.count("left out of the appendix:")
    assert f"{left_out} note(s) left out" in err
    assert f"{left_out} notes are not printed here" in text

    out = tmp_path / "all.pdf"
    err = _report(capsys, review, out, "--evidence-appendix", "--include-flagged")
    assert "Mrs Patel" in " ".join(readable(pdftotext(out)).split())
    assert "printed in the appendix" in err and "as --include-flagged asked" in err


def test_include_flagged_without_the_appendix_is_refused(
    capsys: pytest.CaptureFixture[str], review: str, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "report", "--review", review, "--out", str(out), "--include-flagged")
    assert code == 1 and "--evidence-appendix" in err and "Traceback" not in err
    assert not out.exists()


def test_findings_json_carries_each_hit_s_category(
    capsys: pytest.CaptureFixture[str], review: str
) -> None:
    _add_finding(capsys, review, "area_for_development", "This is the weakest school in the trust.")
    code, out, _ = run(capsys, "finding", "guard", "--review", review, "--json")
    assert code == 0
    hits = [h for f in json.loads(out) for h in f["hits"]]
    assert any(h["category"] == "ranking" for h in hits)
