"""The report PDF as a reader gets it: text extracted with poppler, never our own model."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app.reports import report
from app.services import findings
from app.services.store import Store
from tests.reports import golden
from tests.reports.helpers import pdftotext, readable, tool

# Names and phrases of the demo in the five scripts: Vietnamese, Welsh, Polish, Urdu, Arabic.
NAMES = [
    "Nguyễn Thị Hồng",
    "Dafydd ap Llŷr",
    "Tomasz Łukasiewicz",
    "عائشہ ملک",
    "ليلى حداد",
]
PHRASES = [
    "Yr Ŵyl Fawr",
    "gŵyl, dŵr, tŷ",
    "Książki po polsku",
    "'żeby'",
    "اردو کی کتابیں",
    "كتب عربية",
]


@pytest.fixture
def built(store: Store, script_review: str, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    # The whole appendix, flagged notes too: these tests read every script it prints.
    report.make_report(store, script_review, out, evidence_appendix=True, include_flagged=True)
    return out


def test_every_name_extracts_exactly(built: Path) -> None:
    text = readable(pdftotext(built))
    for name in NAMES:
        assert name in text, name
    for phrase in PHRASES:
        assert phrase in text, phrase


def test_pages_are_numbered_n_of_m_and_contents_point_at_the_right_pages(built: Path) -> None:
    pages = readable(pdftotext(built)).split("\f")[:-1]
    total = len(pages)
    assert total > 5
    for n, page in enumerate(pages, 1):
        assert f"page {n} of {total}" in page
    contents = pages[1]
    for heading in ("Activities undertaken", "Action plan", "Sign-off"):
        listed = re.search(rf"^{re.escape(heading)}\s*\n+\s*(\d+)\s*$", contents, re.M)
        assert listed, heading
        page_no = int(listed.group(1))
        assert re.search(rf"^{re.escape(heading)}$", pages[page_no - 1], re.M), heading


def test_metadata_and_bookmarks(built: Path) -> None:
    info = subprocess.run([tool("pdfinfo"), str(built)], capture_output=True, check=True)
    meta = info.stdout.decode("utf-8")
    assert "Title:           Peer review report: Eastfield Drove Primary School" in meta
    assert "Author:          Siân Pritchard" in meta
    assert "Subject:         Developmental peer review of Eastfield Drove Primary School" in meta
    marks = golden.outline(built.read_bytes())
    assert marks[:3] == [
        "Summary: the school's enquiry questions",
        "  Enquiry question 1",
        "  Enquiry question 2",
    ]
    assert marks.index("Context") < marks.index("Findings by area") < marks.index("Sign-off")
    # The appendix's strands are bookmarks, though not on the contents page.
    assert "  I4 Language, vocabulary and pupils learning English" in marks


def test_content_sections_and_no_named_teachers_in_activities(built: Path) -> None:
    text = readable(pdftotext(built))
    assert "This report belongs to Eastfield Drove Primary School" in text
    assert "How well does our phonics teaching help disadvantaged pupils" in text
    assert "Area of Excellence · Phonics professional development" in text
    assert "Strong evidence: 5 notes from 4 sources of evidence" in text
    assert "Translate the welcome pack" in text  # the action plan
    activities = text.split("Activities undertaken")[2].split("Findings by area")[0]
    assert "Book look" in activities and "56 evidence notes" in activities
    for host in ("Kerry Adebayo", "Joanne Whitlock", "Helen Marsh"):
        assert host not in activities


def test_appendix_only_when_asked(store: Store, demo_review: str, tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    report.make_report(store, demo_review, out)
    text = readable(pdftotext(out))
    assert "Appendix: evidence notes by strand" not in text
    assert "Yr Ŵyl Fawr" not in text  # a note's text, printed only in the appendix


def test_a_safeguarding_concern_never_reaches_the_pdf(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    marker = "Zanzibar-kestrel-4471 disclosure"
    with store.write() as tx:
        tx.create(
            "safeguarding_concern",
            {"review_id": demo_review, "text": marker, "passed_to": "DSL Mark Greaves"},
        )
    out = tmp_path / "host-copy.pdf"
    report.make_report(store, demo_review, out, evidence_appendix=True)
    text = readable(pdftotext(out))
    assert "Zanzibar" not in text and "kestrel" not in text
    assert marker.encode() not in out.read_bytes()


def test_demo_report_matches_the_golden_structure(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    built = tmp_path / "demo.pdf"
    report.make_report(store, demo_review, built, evidence_appendix=True, include_flagged=True)
    expected = golden.REFERENCE.read_text(encoding="utf-8")
    actual = golden.structure(built)
    assert actual == expected, (
        "The demo report's text changed. If intended, regenerate the reference with "
        "`.venv/bin/python -m tests.reports.golden` and review the diff."
    )


def test_report_refuses_a_path_that_is_not_a_pdf_and_writes_nothing(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    from app.services.errors import PeerviewError

    with pytest.raises(PeerviewError, match=r"\.pdf or \.docx"):
        report.make_report(store, demo_review, tmp_path / "report.txt")
    with pytest.raises(PeerviewError, match=r"should end in \.docx"):
        report.make_report(store, demo_review, tmp_path / "report.pdf", fmt="docx")
    assert list(tmp_path.glob("report*")) == []


def test_activities_are_counted_once_per_kind(store: Store, demo_review: str) -> None:
    from app.reports import content

    data = content.gather(store, demo_review)
    labels = [a.label for a in data.activities]
    assert len(labels) == len(set(labels)) == 7
    assert sum(a.notes for a in data.activities) == data.total_notes == 54
    assert {a.label: a.activities for a in data.activities}["Meeting"] == 1


def test_judgement_language_is_warned_about_when_the_report_is_built(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    clean = report.make_report(store, demo_review, tmp_path / "clean.pdf")
    assert not [w for w in clean.warnings if "judgement language" in w]
    with store.write() as tx:
        finding_id = tx.create(
            "finding",
            {
                "review_id": demo_review,
                "kind": "strength",
                "title": "Reading in Y2",
                "text": "Teaching of early reading in Y2 is outstanding.",
            },
        )
    flagged = report.make_report(store, demo_review, tmp_path / "flagged.pdf")
    assert any('"outstanding"' in w for w in flagged.warnings), flagged.warnings
    # A warning, not a filter: the words the team wrote are printed as written.
    assert "early reading in Y2 is outstanding" in readable(pdftotext(tmp_path / "flagged.pdf"))

    # The team's dismissal, with its reason, holds when the report is built too...
    findings.dismiss_guard(store, finding_id, "The host's own words, quoted in agreement")
    dismissed = report.make_report(store, demo_review, tmp_path / "dismissed.pdf")
    assert not [w for w in dismissed.warnings if "judgement language" in w], dismissed.warnings
    # ...but only for the terms it covered: a judgement added later warns again.
    findings.update_finding(
        store,
        finding_id,
        text="Teaching of early reading in Y2 is outstanding. Writing was judged inadequate.",
    )
    again = report.make_report(store, demo_review, tmp_path / "again.pdf")
    assert [w for w in again.warnings if "judgement language" in w], again.warnings


def test_an_empty_review_and_very_long_text_still_make_a_report(
    store: Store, tmp_path: Path
) -> None:
    from app.services import frameworks, reviews

    version = frameworks.ensure_default(store)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol Gynradd Tŷ Gwyn", None)
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Empty",
            start_date="2026-01-12",
            end_date="2026-01-13",
        )
    empty = tmp_path / "empty.pdf"
    report.make_report(store, review, empty, evidence_appendix=True)
    text = " ".join(readable(pdftotext(empty)).split())
    assert "No findings have been recorded yet." in text
    assert "no actions are recorded yet" in text and "Ysgol Gynradd Tŷ Gwyn" in text

    with store.write() as tx:
        tx.create(
            "action_item", {"review_id": review, "action": "step " * 4000, "owner": "x" * 3000}
        )
        tx.create("finding", {"review_id": review, "kind": "strength", "text": "y" * 20000})
        tx.create("evidence_note", {"review_id": review, "text": "long note " * 3000})
    long = tmp_path / "long.pdf"
    result = report.make_report(store, review, long, evidence_appendix=True)
    assert result.pages > 10  # a cell taller than a page runs onto the next one


def test_an_unwritable_destination_is_a_clear_error(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    from app.services.errors import PeerviewError

    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    with pytest.raises(PeerviewError, match="Could not write"):
        report.make_report(store, demo_review, folder)
    assert list(folder.iterdir()) == []
