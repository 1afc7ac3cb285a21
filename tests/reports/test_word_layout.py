"""The Word copy looks like the PDF it copies: a draft is marked on every page (the header
line and a watermark), pages are numbered "page N of M", tables have a tinted header row
repeated on every page and rows that stay whole, findings stand apart and stay together,
dates are in words, and every property Word reads is where its schema puts it (Word
refuses a document whose properties come out of order). Read back with python-docx."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.reports import content, report, word, word_xml
from app.services import findings
from app.services.store import Store

V = "{urn:schemas-microsoft-com:vml}"


@pytest.fixture
def document(store: Store, script_review: str, tmp_path: Path) -> docx.document.Document:
    out = tmp_path / "report.docx"
    report.make_report(store, script_review, out, evidence_appendix=True)
    return docx.Document(str(out))


def _all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    parts += [p.text for p in document.sections[0].header.paragraphs]
    parts += [p.text for p in document.sections[0].footer.paragraphs]
    return "\n".join(parts)


def test_a_draft_is_marked_on_every_page_and_pages_are_numbered(
    document: docx.document.Document,
) -> None:
    header = document.sections[0].header
    notice, mark = (p.text for p in header.paragraphs)
    assert notice == word.COPY_NOTE
    assert re.fullmatch(
        r"DRAFT: Draft 1, \d{1,2} [A-Z][a-z]+ \d{4}\. .*not the final report\.", mark
    )
    marks = [e.get("string") for e in header._element.iter(f"{V}textpath") if e.get("string")]
    assert marks == ["DRAFT"]
    footer = document.sections[0].footer.paragraphs[0]
    codes = [n.text.strip() for n in footer._p.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Peer review report. The host school owns this report")
    assert "\tpage 1 of 1" in footer.text  # the fields' results until Word counts
    assert footer.paragraph_format.tab_stops[0].alignment == docx.enum.text.WD_TAB_ALIGNMENT.RIGHT


def test_a_copy_of_the_final_report_has_no_draft_mark(store: Store, script_review: str) -> None:
    data = content.gather(store, script_review)
    data.draft = None  # as for a signed review: the final report
    document = docx.Document(io.BytesIO(word.build_docx(data)))
    header = document.sections[0].header
    assert [p.text for p in header.paragraphs] == [word.COPY_NOTE]
    assert list(header._element.iter(f"{V}textpath")) == []


def test_tables_read_like_the_pdfs(document: docx.document.Document) -> None:
    assert len(document.tables) >= 4  # the team, the host's leaders, activities, action plan
    for table in document.tables:
        pr = table._tbl.tblPr
        borders = {e.tag.rsplit("}", 1)[1]: e.get(qn("w:val")) for e in pr.find(qn("w:tblBorders"))}
        # Hairlines between rows; no column rules, no box.
        assert borders == {
            "top": "nil",
            "left": "nil",
            "bottom": "single",
            "right": "nil",
            "insideH": "single",
            "insideV": "nil",
        }
        assert pr.find(qn("w:tblCellMar")) is not None
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    plan = next(t for t in document.tables if t.cell(0, 0).text == "Action")
    first = plan.rows[0]
    assert first._tr.trPr.find(qn("w:tblHeader")) is not None
    fills = {c._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) for c in first.cells}
    assert fills == {word.HEADER_FILL}
    assert all(r.font.bold for c in first.cells for r in c.paragraphs[0].runs)
    # Body rows are neither shaded nor bold.
    body = plan.rows[1].cells[0]
    assert body._tc.tcPr.find(qn("w:shd")) is None
    assert not any(r.font.bold for r in body.paragraphs[0].runs)


def _left_rule(paragraph: docx.text.paragraph.Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(f"{qn('w:pBdr')}/{qn('w:left')}") is not None


def test_findings_stand_apart_and_stay_together(
    store: Store, script_review: str, document: docx.document.Document
) -> None:
    paragraphs = document.paragraphs
    titles = {f.title for f in findings.list_findings(store, script_review)}
    heads = {p.text: n for n, p in enumerate(paragraphs) if p.style.name.startswith("Heading")}
    start, end = heads["Findings by area"], heads["Next steps"]
    runs: list[list[str]] = []  # each unbroken run of ruled paragraphs
    previous = False
    for p in paragraphs[start:end]:
        ruled = _left_rule(p)
        if ruled:
            assert p.paragraph_format.keep_together, p.text
            if not previous:
                runs.append([])
            runs[-1].append(p.text)
        previous = ruled
    # One ruled run per finding: its kind, title, text and evidence, and nothing else.
    assert [run[1] for run in runs] == [t for t in (r[1] for r in runs) if t in titles]
    assert sorted(run[1] for run in runs) == sorted(titles)
    assert all(run[0].isupper() for run in runs)  # the kind, "STRENGTH"
    assert all(run[2:] for run in runs)


def test_dates_are_in_words_everywhere(document: docx.document.Document) -> None:
    text = _all_text(document)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert "17 November 2026" in text


def test_every_property_is_where_words_schema_puts_it(
    document: docx.document.Document,
) -> None:
    checked = 0
    parts = [document.element, document.sections[0].header._element]
    parts.append(document.sections[0].footer._element)
    for part in parts:
        for kind, order in word_xml.ORDER.items():
            names = order.split()
            for props in part.iter(qn(f"w:{kind}")):
                seen = [c.tag.rsplit("}", 1)[1] for c in props]
                known = [names.index(n) for n in seen if n in names]
                assert known == sorted(known), (kind, seen)
                checked += 1
    assert checked > 500


def test_the_contents_link_to_their_headings(document: docx.document.Document) -> None:
    body = document.element.body
    marks = {m.get(qn("w:name")): m for m in body.iter(qn("w:bookmarkStart"))}
    heads = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    links = list(body.iter(qn("w:hyperlink")))
    assert len(links) >= 10
    for link in links:
        text = "".join(t.text for t in link.iter(qn("w:t")))
        target = marks[link.get(qn("w:anchor"))].getparent()
        heading = next(h for h in heads if h._p is target)
        assert heading.text == text
