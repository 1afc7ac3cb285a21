"""The enquiry questions a finding answers, the host's response, the Word copy and the
feedback summary, from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.commands.test_findings_cli import db_digest, demo, run
from tests.reports.helpers import pdftotext, readable

__all__ = ["demo"]


def finding_ids(capsys: pytest.CaptureFixture[str], review: str) -> dict[str, dict[str, object]]:
    _, out, _ = run(capsys, "finding", "list", "--review", review, "--json")
    return {f["title"]: f for f in json.loads(out)["findings"]}


def test_add_link_unlink_and_respond(
    capsys: pytest.CaptureFixture[str], demo: str, data_dir: Path
) -> None:
    code, out, err = run(
        capsys,
        "finding",
        "add",
        "--review",
        demo,
        "--kind",
        "strength",
        "--title",
        "Reading at home",
        "--question",
        "1",
        "What went well: reading records are signed most nights.",
    )
    assert code == 0, err
    fid = out.split()[-1]
    found = finding_ids(capsys, demo)["Reading at home"]
    assert [q["number"] for q in found["questions"]] == [1]  # type: ignore[index]

    code, out, _ = run(capsys, "finding", "link", fid[-8:], "--question", "2")
    assert code == 0 and "answers enquiry question(s): 1, 2" in out
    code, out, _ = run(capsys, "finding", "unlink", fid[-8:], "--question", "1")
    assert code == 0 and "answers enquiry question(s): 2" in out

    code, out, _ = run(capsys, "finding", "respond", fid[-8:], "Agreed,", "with", "thanks.")
    assert code == 0 and "Recorded the host's response" in out
    assert finding_ids(capsys, demo)["Reading at home"]["host_response"] == "Agreed, with thanks."
    code, out, _ = run(capsys, "finding", "list", "--review", demo)
    assert "host's response at feedback: Agreed, with thanks." in out
    code, out, _ = run(capsys, "finding", "respond", fid[-8:], "--clear")
    assert code == 0 and finding_ids(capsys, demo)["Reading at home"]["host_response"] == ""

    # Refusals change nothing.
    before = db_digest(data_dir)
    code, _, err = run(capsys, "finding", "link", fid[-8:], "--question", "7")
    assert code == 1 and "no question 7" in err
    code, _, err = run(capsys, "finding", "respond", fid[-8:])
    assert code == 1 and "--clear" in err
    code, _, err = run(
        capsys,
        "finding",
        "add",
        "--review",
        demo,
        "--kind",
        "strength",
        "--title",
        "X",
        "--question",
        "9",
        "text",
    )
    assert code == 1 and "no question 9" in err
    assert db_digest(data_dir) == before


def test_report_as_word_and_the_feedback_summary(
    capsys: pytest.CaptureFixture[str], demo: str, tmp_path: Path
) -> None:
    word = tmp_path / "report.docx"
    code, out, err = run(capsys, "report", "--review", demo, "--out", str(word))
    assert code == 0, err
    assert "It is draft 1" in out
    assert "UNSIGNED COPY" in docx.Document(str(word)).sections[0].header.paragraphs[0].text

    code, _, err = run(
        capsys, "report", "--review", demo, "--out", str(tmp_path / "r.pdf"), "--format", "docx"
    )
    assert code == 1 and "should end in .docx" in err
    code, _, err = run(
        capsys, "report", "--review", demo, "--out", str(tmp_path / "s.docx"), "--sign"
    )
    assert code == 1 and "Word copy is never signed" in err
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "s.docx").exists()

    summary = tmp_path / "feedback.pdf"
    code, out, err = run(capsys, "report", "--review", demo, "--feedback", "--out", str(summary))
    assert code == 0, err
    assert "1 page(s)" in out
    text = " ".join(readable(pdftotext(summary)).split())
    assert "Feedback summary" in text and "What went well · " in text
    code, _, err = run(
        capsys, "report", "--review", demo, "--feedback", "--sign", "--out", str(summary)
    )
    assert code == 1 and "leave out --sign" in err
