"""The evidence appendix: off by default, each note once, and no flagged note printed
unless asked (decision 0034)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports import report
from app.services import evidence, frameworks, reviews
from app.services.store import Store
from tests.reports.helpers import pdftotext, readable

NAMED = "Mrs Patel's Y3 lesson was outstanding. Graded 2 overall."
ONE_CLASS = "Pupils in the Y3 lesson blended sounds to read new words with partners."
TWO_STRANDS = "The reading leader showed how phonics assessment informs the keep-up groups."
PLAIN = "Leaders described how the reading scheme was chosen with staff."


@pytest.fixture
def review(store: Store) -> str:
    version = frameworks.ensure_default(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol Bryn Glas", None, phase="primary")
        review_id = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Spring review",
            start_date="2026-03-02",
            end_date="2026-03-02",
        )
    evidence.add_note(store, review_id, NAMED, activity_kind="meeting", strand_codes=["L1"])
    evidence.add_note(
        store,
        review_id,
        ONE_CLASS,
        activity_kind="lesson_visit",
        strand_codes=["C2"],
        year_group="Y3",
        subject="Phonics",
    )
    evidence.add_note(
        store, review_id, TWO_STRANDS, activity_kind="meeting", strand_codes=["C3", "C2"]
    )
    evidence.add_note(store, review_id, PLAIN, activity_kind="meeting", strand_codes=["L1"])
    return review_id


def _text(path: Path) -> str:
    return " ".join(readable(pdftotext(path)).split())


def test_the_appendix_is_off_by_default(store: Store, review: str, tmp_path: Path) -> None:
    result = report.make_report(store, review, tmp_path / "r.pdf")
    text = _text(result.path)
    assert "Appendix: evidence notes by strand" not in text
    assert PLAIN not in text and result.flagged == []


def test_flagged_notes_are_left_out_and_named(store: Store, review: str, tmp_path: Path) -> None:
    result = report.make_report(store, review, tmp_path / "r.pdf", evidence_appendix=True)
    text = _text(result.path)
    assert PLAIN in text and TWO_STRANDS in text
    assert "Mrs Patel" not in text and ONE_CLASS not in text
    assert "2 notes are not printed here" in text
    assert not result.flagged_included
    reasons = {n.context: n.reasons for n in result.flagged}
    assert set(reasons) == {"", "Y3, Phonics"}
    assert any("Mrs Patel" in r for r in reasons[""])
    assert any("Graded 2" in r for r in reasons[""])
    assert any("one class" in r for r in reasons["Y3, Phonics"])


def test_asked_for_flagged_notes_print(store: Store, review: str, tmp_path: Path) -> None:
    result = report.make_report(
        store, review, tmp_path / "r.pdf", evidence_appendix=True, include_flagged=True
    )
    text = _text(result.path)
    assert "Mrs Patel" in text and ONE_CLASS in text
    assert "not printed here" not in text
    assert result.flagged_included and len(result.flagged) == 2


def test_a_note_on_two_strands_prints_once_and_names_the_other(
    store: Store, review: str, tmp_path: Path
) -> None:
    result = report.make_report(store, review, tmp_path / "r.pdf", evidence_appendix=True)
    text = _text(result.path)
    assert text.count(TWO_STRANDS) == 1
    # Under C2 (first in the framework's order), naming C3.
    c2 = text.index("C2 Early reading and phonics", text.index("Appendix: evidence"))
    assert c2 < text.index(TWO_STRANDS)
    assert "also under C3" in text
