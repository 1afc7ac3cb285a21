"""The report answers the host first, drafts look like drafts, and the Word copy and the
feedback summary say what the PDF says: read back with poppler and python-docx."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields

from app.reports import content, feedback, report
from app.reports.document import build_document
from app.services import answers, drafts, findings, signoff
from app.services.store import Store
from tests.reports.helpers import make_key, pdftotext, readable, ready_to_sign, tool
from tests.signoff_helpers import lead_signer


def pages_of(path: Path) -> list[str]:
    return [" ".join(p.split()) for p in readable(pdftotext(path)).split("\f")[:-1]]


def test_the_summary_answers_each_enquiry_question_on_the_first_pages(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    report.make_report(store, demo_review, out)
    pages = pages_of(out)
    summary = pages[2]  # after the cover and the ownership statement with the contents
    assert (
        summary.startswith("DRAFT: Draft 1, ")
        and "Summary: the school's enquiry questions" in summary
    )
    q1 = summary.index("Enquiry question 1")
    q2 = summary.index("Enquiry question 2")
    aoe = summary.index("Areas of Excellence")
    assert q1 < q2 < aoe
    first, second = summary[q1:q2], summary[q2:aoe]
    assert "How well does our phonics teaching help disadvantaged pupils" in first
    assert "What went well · A shared approach to phonics from Reception to Y2" in first
    assert "Even better if · Planning how scaffolds are reduced for pupils with SEND" in first
    assert (
        "Corroborated: 6 notes from 2 sources of evidence in 2 activities, by 3 reviewers" in first
    )
    assert (
        "Corroborated: 4 notes from 3 sources of evidence in 3 activities, by 2 reviewers" in first
    )
    assert "Even better if · How disadvantaged pupils in KS2 receive and act on feedback" in second
    assert "Area of Excellence · Phonics professional development" in summary[aoe:]
    # The full findings follow, by area, after the summary.
    text = " ".join(pages)
    assert text.index("Enquiry question 1") < text.rindex("Findings by area")
    assert "Answers enquiry question 2." in text


def test_a_question_no_finding_answers_says_so_and_unlinked_findings_are_not_lost(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    found = findings.list_findings(store, demo_review)
    phonics = next(f for f in found if f.title.startswith("A shared approach"))
    answers.set_questions(store, phonics.id, [])
    for f in found:
        if f.id != phonics.id:
            answers.set_questions(store, f.id, [])
    out = tmp_path / "report.pdf"
    report.make_report(store, demo_review, out)
    summary = pages_of(out)[2]
    assert summary.count("No finding has been linked to this question yet.") == 2
    beyond = summary[summary.index("Beyond the enquiry questions") :]
    assert "What went well · A shared approach to phonics" in beyond


def test_a_draft_says_so_on_every_page_with_its_number_and_date(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    made = report.make_report(store, demo_review, first, evidence_appendix=True)
    assert made.draft == 1
    pages = pages_of(first)
    assert len(pages) >= 10  # the appendix without the team's working notes
    for n, page in enumerate(pages, 1):
        assert re.search(r"DRAFT: Draft 1, \d{1,2} [A-Z][a-z]+ \d{4}\.", page), n
    # The same content keeps its number (the appendix is not content of the draft).
    assert report.make_report(store, demo_review, again).draft == 1
    # A changed finding is the next draft.
    f = findings.list_findings(store, demo_review)[0]
    findings.update_finding(store, f.id, text=f.text + " Seen again on the second day.")
    second = tmp_path / "second.pdf"
    assert report.make_report(store, demo_review, second).draft == 2
    assert all("DRAFT: Draft 2, " in p for p in pages_of(second))
    assert [d.number for d in drafts.list_drafts(store, demo_review)] == [1, 2]
    # Nobody can sign a draft: it has no signature fields, and says why.
    reader = PdfFileReader(io.BytesIO(second.read_bytes()))
    assert list(fields.enumerate_sig_fields(reader)) == []
    text = " ".join(" ".join(pages_of(second)).split())
    assert "it is not signed and is not for signature" in text
    # The month in words keeps its capital inside the sentence: "draft 2, 2 December 2026".
    assert re.search(r"This copy is draft 2, \d{1,2} [A-Z][a-z]+ \d{4}: it is not signed", text)


def test_the_signed_report_is_not_a_draft_and_a_later_copy_says_it_is_a_copy(
    store: Store, ready_review: str, tmp_path: Path
) -> None:
    signed = tmp_path / "signed.pdf"
    key, cert = lead_signer(store, ready_review)
    result = report.make_report(store, ready_review, signed, key=key, cert=cert)
    assert result.draft is None
    text = " ".join(pages_of(signed))
    assert "DRAFT" not in text and "UNSIGNED COPY" not in text
    assert signoff.current_status(store, ready_review) == "signed"
    copy = tmp_path / "copy.pdf"
    assert report.make_report(store, ready_review, copy).draft is None
    pages = pages_of(copy)
    assert all("UNSIGNED COPY of the signed report" in p for p in pages)
    assert list(fields.enumerate_sig_fields(PdfFileReader(io.BytesIO(copy.read_bytes())))) == []


def test_no_command_line_in_the_pdf_and_dates_in_words(
    store: Store, ready_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "signed.pdf"
    key, cert = lead_signer(store, ready_review)
    report.make_report(store, ready_review, out, evidence_appendix=True, key=key, cert=cert)
    text = " ".join(pages_of(out))
    assert not re.search(r"peerview\s+\w", text, re.I), "a command in the report"
    assert " --" not in text
    assert "17 November 2026" in text  # the visit, on the cover
    assert "29 January 2027" in text  # an action's review date
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), "a machine date in the report"


def test_bold_faces_are_embedded_for_latin_and_arabic_script(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    # An Urdu title makes the summary print Arabic script in bold.
    answers.create_finding(
        store,
        demo_review,
        "strength",
        "اردو کی کتابیں in the library",
        "What went well: dual-language books.",
        question_ids=[answers.review_questions(store, demo_review)[0][0]],
    )
    out = tmp_path / "report.pdf"
    report.make_report(store, demo_review, out)
    listed = subprocess.run([tool("pdffonts"), str(out)], capture_output=True, text=True).stdout
    for face in ("NotoSans-Bold", "NotoSansArabic-Bold", "NotoSans-Regular", "Italic"):
        assert face in listed, listed
    assert "اردو کی کتابیں" in readable(pdftotext(out))


def test_the_word_copy_holds_the_same_headings_and_findings_as_the_pdf(
    store: Store, script_review: str, tmp_path: Path
) -> None:
    pdf, word = tmp_path / "report.pdf", tmp_path / "report.docx"
    report.make_report(store, script_review, pdf, evidence_appendix=True)
    made = report.make_report(store, script_review, word, evidence_appendix=True)
    assert made.draft == 1 and made.pages == 0
    document = docx.Document(str(word))
    paragraphs = [p.text for p in document.paragraphs]
    heads = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    pdf_text = " ".join(" ".join(pages_of(pdf)).split())
    # The same headings, in the same order, as the PDF prints them.
    expected = [h.text for h in build_document(content.gather(store, script_review)).headings()]
    assert heads[: len(expected)] == expected[: len(heads)] and len(heads) >= 30
    position = 0
    for head in heads:
        found = pdf_text.find(" ".join(head.split()), position)
        assert found >= 0, head
        position = found
    word_text = " ".join(" ".join(paragraphs).split())
    for f in findings.list_findings(store, script_review):
        assert f.title in word_text and " ".join(f.text.split()) in word_text, f.title
        assert f.title in pdf_text
    # Marked as an unsigned copy on every page: the header of its one section.
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "UNSIGNED COPY" in header and "Draft 1" in header
    # Every script, as typed (Word shapes it): names and phrases in five scripts.
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    for name in ("Nguyễn Thị Hồng", "Dafydd ap Llŷr", "Tomasz Łukasiewicz", "عائشہ ملک"):
        assert name in cells, name
    # Like the PDF, the Word copy's appendix leaves out flagged notes (decision 0034) and
    # says how many; asked to, it prints them, in the script they were typed in.
    left_out = f"{len(made.flagged)} notes are not printed here"
    assert made.flagged and left_out in word_text and left_out in pdf_text
    whole = tmp_path / "whole.docx"
    report.make_report(store, script_review, whole, evidence_appendix=True, include_flagged=True)
    whole_text = " ".join(" ".join(p.text for p in docx.Document(str(whole)).paragraphs).split())
    assert "Yr Ŵyl Fawr" in whole_text and "not printed here" not in whole_text


def test_the_word_copy_marks_arabic_script_runs_right_to_left(
    store: Store, script_review: str, tmp_path: Path
) -> None:
    word = tmp_path / "report.docx"
    report.make_report(store, script_review, word)
    document = docx.Document(str(word))
    runs = [
        r
        for t in document.tables
        for row in t.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    ]
    urdu = next(r for r in runs if r.text == "عائشہ ملک")
    assert urdu.font.rtl and urdu.font.complex_script
    fonts = urdu._r.rPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    assert (
        fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs")
        == "Noto Sans Arabic"
    )
    latin = next(r for r in runs if r.text == "Nguyễn Thị Hồng")
    assert not latin.font.rtl


def test_the_word_copy_is_never_signed(store: Store, ready_review: str, tmp_path: Path) -> None:
    from app.services.errors import PeerviewError

    key, cert = make_key("Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
    with pytest.raises(PeerviewError, match="Word"):
        report.make_report(store, ready_review, tmp_path / "r.docx", key=key, cert=cert)
    assert not (tmp_path / "r.docx").exists()
    assert signoff.current_status(store, ready_review) == "host_checked"


def test_the_feedback_summary_is_one_page_per_question_with_the_host_responses(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "feedback.pdf"
    result = feedback.make_feedback(store, demo_review, out)
    assert result.pages == 1
    (page,) = pages_of(out)
    q1, q2 = page.index("Enquiry question 1"), page.index("Enquiry question 2")
    aoe = page.index("Area of Excellence ·")
    assert q1 < q2 < aoe
    assert "What went well · A shared approach to phonics" in page[q1:q2]
    assert "Even better if · How disadvantaged pupils in KS2" in page[q2:aoe]
    assert "The school's response: Agreed. Asked for the improvement workshop" in page
    assert "not the report" in page.lower()
    ready_to_sign(store, demo_review)  # a feedback summary never changes the review
    assert signoff.current_status(store, demo_review) == "host_checked"
