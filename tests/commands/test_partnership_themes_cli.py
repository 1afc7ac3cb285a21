"""`peerview partnership themes` and `partnership report` over twelve schools' shared
summaries: the figures, nothing held back leaking into the JSON or the PDF's text, the
strand map, the lead's signature, and bad input refused with exit 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli import main
from app.reports import verify
from app.services.themes import FEWER
from tests import themes_helpers as twelve
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.reports.helpers import pdfsig, pdftotext
from tests.themes_store import LEAD, lead_folder

pytestmark = pytest.mark.slow


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _never_printed(text: str) -> None:
    flat = re.sub(r"\s+", " ", text)
    for secret in [*twelve.UNNAMED, twelve.SECRET_TITLE]:
        assert secret not in flat, secret


@pytest.fixture
def folder(data_dir: Path, cheap_kdf: None) -> Path:  # noqa: F811
    lead_folder(data_dir)
    return data_dir


def test_themes_print_and_export_only_what_may_be_shown(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "partnership", "themes", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schools"] == 12 and data["reviews"] == 18
    maths = [s for s in data["strands"] if s["title"] == "Mathematics"]
    # Without the map, version A's 2.2 and version B's 2.4 are two strands.
    assert [(s["code"], s["by_round"]["area_for_development"]) for s in maths] == [
        ("2.2", [FEWER, 0]),
        ("2.4", [0, 3]),
    ]
    _never_printed(out)
    # Every number a held figure would have had is absent: only "fewer than 3" stands there.
    leadership = next(s for s in data["strands"] if s["code"] == "1.1")
    assert leadership["by_round"]["strength"] == [2, FEWER]
    assert data["named_schools"]["schools"] == sorted(twelve.NAMED, key=str.casefold)

    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps(twelve.STRAND_MAP), encoding="utf-8")
    code, out, err = run(capsys, "partnership", "themes", "--strand-map", str(mapping))
    assert code == 0, err
    assert "2.4 Mathematics" in out and "2.2 Mathematics" not in out
    assert f"Round 1: {FEWER}  Round 2: 3  overall: {FEWER}" in out
    assert "Priority 2026-27: Attendance and wellbeing" in out
    _never_printed(out)

    code, out, err = run(capsys, "partnership", "themes", "--round", "round 1", "--json")
    assert code == 0 and [r["name"] for r in json.loads(out)["rounds"]] == ["Round 1"]


def test_bad_input_is_refused_with_its_fix(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "partnership", "themes", "--round", "Summer 2031")
    assert code == 1 and "Traceback" not in err
    assert "Rounds with shared summaries: Round 1, Round 2" in err
    bad = tmp_path / "map.json"
    bad.write_text('{"strands": [{"framework_hash": "nothex", "code": "2.2"}]}', encoding="utf-8")
    code, _, err = run(capsys, "partnership", "themes", "--strand-map", str(bad))
    assert code == 1 and "entry 1" in err and "framework_hash" in err
    code, _, err = run(capsys, "partnership", "report", "--out", str(tmp_path / "r.docx"))
    assert code == 1 and "ending in .pdf" in err
    code, _, err = run(
        capsys, "partnership", "report", "--out", str(tmp_path / "r.pdf"), "--year", "2026-2027"
    )
    assert code == 1 and "not an academic year" in err and not (tmp_path / "r.pdf").exists()


def test_the_annual_report_signed_by_the_lead(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "annual.pdf"
    code, out, err = run(capsys, "partnership", "report", "--out", str(pdf), "--sign")
    assert code == 0, err
    assert "Wrote and signed the annual partnership report 2026-27" in out
    text = pdftotext(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert "Annual partnership report 2026-27" in flat and "Partneriaeth Dyfrdwy" in flat
    # The schedule, the themes with their pictures' words, excellence, priorities, training.
    assert "Round 2" in flat and "Visited" in flat
    assert "Themes across the schools" in flat and "Strands by school" in flat
    assert "Szkoła Łódź" in flat and "Oracy led by pupils" in flat
    assert "Attendance and wellbeing" in flat and "Science enquiry" in flat
    assert "wellbeing, attendance" in flat  # the words that linked the priority
    assert "Gwen Ellis" in flat and "Reviewer training" in flat
    assert FEWER in flat
    _never_printed(text)
    # The year's table: 3.1's area for development (four unnamed schools) is shown.
    assert "3.1 Wellbeing and attendance 0 4" in flat
    found = verify.verify_pdf(pdf.read_bytes())
    assert [s.signer for s in found.signatures] == [LEAD]
    assert all(s.ok for s in found.signatures)
    assert "Signature is Valid" in pdfsig(pdf)
