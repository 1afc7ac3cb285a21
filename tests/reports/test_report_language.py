"""The report in Welsh, in English, and in both with Welsh first (decision 0048), read back
from the PDF with pdftotext."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from app.cli import main
from app.paths import resource_path
from app.reports import content, cymraeg, language, report
from app.reports.document import build_document
from app.reports.text import uncovered
from app.services import demo, findings, frameworks, reviews, signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.framework_reviews import review_on
from tests.reports.helpers import make_key, pdftotext, readable
from tests.signoff_helpers import lead_signer

WELSH_FRAMEWORK = resource_path("frameworks", "peerview-cymru-2026.json")
SCHOOL = "Ysgol Gynradd Gymraeg Llanfair-ym-Muallt a Chwm Tawe (Ysgol y Dŵr a'r Tŷ Gwyn)"
FINDING_TITLE = "Mae'r dysgwyr yn trafod eu gwaith yn hyderus"
FINDING_TEXT = "Roedd dysgwyr Blwyddyn 5 yn esbonio sut mae'r gŵyl yn dathlu'r tymor; â llais clir."
NOTE_TITLE = "Dewi ap Llŷr"

# Fixed words of the English report that no Welsh report may print.
ENGLISH_ONLY = (
    "Peer review report",
    "Who owns this report",
    "Contents",
    "Summary: the school's enquiry questions",
    "Enquiry question",
    "Areas of Excellence",
    "Findings by area",
    "Next steps",
    "Action plan",
    "Sign-off",
    "Activities undertaken",
    "What went well",
    "Strength",
    "evidence",
    "page 1 of",
    "Draft",
    "Lead reviewer",
    "Headteacher",
)


@pytest.fixture
def welsh_review(store: Store) -> str:
    """A review on the Welsh framework, with a long Welsh school name, a team, an enquiry
    question and a Welsh finding."""
    version = frameworks.import_file(store, WELSH_FRAMEWORK).version_id
    made = review_on(store, version, school=SCHOOL)
    with store.write() as tx:
        tx.create(
            "enquiry_question",
            {
                "review_id": made.review_id,
                "text": "Sut mae'r dysgwyr yn siarad Cymraeg?",
                "position": 0,
            },
        )
        for name, role in ((NOTE_TITLE, "lead_reviewer"), ("Siân Ŵyn", "headteacher")):
            person = reviews.create_person(tx, name, None, role)
            reviews.add_team_member(tx, made.review_id, person, role)
    findings.update_finding(store, made.finding_id, title=FINDING_TITLE, text=FINDING_TEXT)
    return made.review_id


def _report(store: Store, review_id: str, out: Path, lang: str | None) -> str:
    report.make_report(store, review_id, out, language=lang, evidence_appendix=True)
    return pdftotext(out)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_a_bilingual_report_puts_each_welsh_heading_before_its_english(
    store: Store, welsh_review: str, tmp_path: Path
) -> None:
    text = _words(_report(store, welsh_review, tmp_path / "both.pdf", "cy+en"))
    for welsh, english in (
        ("Adolygiad cymheiriaid datblygiadol", "Developmental peer review"),
        ("Pwy sy'n berchen ar yr adroddiad hwn", "Who owns this report"),
        ("Crynodeb: cwestiynau ymholi'r ysgol", "Summary: the school's enquiry questions"),
        ("Canfyddiadau fesul maes", "Findings by area"),
        ("Cynllun gweithredu", "Action plan"),
        ("Llofnodi", "Sign-off"),
    ):
        assert f"{welsh} / {english}" in text
    # The cover's title is a line per language; a paragraph is Welsh, then English.
    assert "Adroddiad adolygiad cymheiriaid Peer review report" in text
    owned = text.index("Mae'r adroddiad hwn yn eiddo i")
    assert owned < text.index("This report belongs to") < text.index("Cynnwys / Contents")
    # Framework titles in both, Welsh first; the finding as written; Welsh letters intact.
    assert "Addysgu a dysgu / Teaching and learning" in text
    assert FINDING_TITLE in text and "gŵyl" in text and "â llais clir" in text
    assert NOTE_TITLE in text and "Ŵyn" in text and "Tŷ Gwyn" in text
    assert "Beth aeth yn dda / What went well" in text
    assert "tudalen 1 o" in text and "page 1 of" in text


def test_a_welsh_report_prints_no_english_fixed_words(
    store: Store, welsh_review: str, tmp_path: Path
) -> None:
    language.MISSING.clear()
    text = _words(_report(store, welsh_review, tmp_path / "cy.pdf", "cy"))
    assert not language.MISSING, "words the Welsh catalogue lacks"
    for english in ENGLISH_ONLY:
        assert english not in text, english
    assert "Adroddiad adolygiad cymheiriaid" in text
    assert "Addysgu a dysgu" in text and "Teaching and learning" not in text
    # Counts keep the singular after a numeral; dates are in Welsh.
    assert re.search(r"2 nodyn tystiolaeth", text)
    assert "2 i 3 Mawrth 2026" in text
    assert FINDING_TITLE in text and FINDING_TEXT.split(";")[0] in text


def test_an_english_report_of_the_welsh_framework_prints_its_english_titles(
    store: Store, welsh_review: str, tmp_path: Path
) -> None:
    text = _words(_report(store, welsh_review, tmp_path / "en.pdf", "en"))
    assert "Teaching and learning" in text and "Addysgu a dysgu" not in text
    assert "Peer review report" in text and "Adroddiad" not in text


def test_a_review_on_the_welsh_framework_is_bilingual_unless_asked(
    store: Store, welsh_review: str, demo_review: str
) -> None:
    assert report.default_language(store, welsh_review) == "cy+en"
    assert report.default_language(store, demo_review) == "en"


def test_an_unknown_report_language_is_refused_before_anything_is_written(
    store: Store, welsh_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    with pytest.raises(PeerviewError, match="cy\\+en"):
        report.make_report(store, welsh_review, out, language="fr")
    assert not out.exists()


def test_the_report_font_has_every_letter_of_the_welsh_words() -> None:
    for text in cymraeg.CY.values():
        assert not uncovered(text), text
    assert not uncovered("ŵŷâêîôûŴŶÂÊÎÔÛäëïöüÿẁẃẅỳý")


def test_every_fixed_word_of_the_welsh_report_has_its_welsh(store: Store, demo_review: str) -> None:
    """The demo (every section filled) built in Welsh looks up only words the catalogue has."""
    language.MISSING.clear()
    data = content.gather(store, demo_review, evidence_appendix=True, language="cy")
    data.final = True
    build_document(data)
    data.final, data.draft = False, None
    build_document(data)
    assert not language.MISSING


@pytest.mark.parametrize(
    ("lang", "stamp"),
    [
        ("cy", "Llofnodwyd yn ddigidol gan Siân Pritchard"),
        ("cy+en", "Llofnodwyd yn ddigidol gan Siân Pritchard / Signed digitally by Siân Pritchard"),
    ],
)
def test_a_welsh_report_is_signed_and_countersigned_as_an_english_one(
    store: Store, ready_review: str, tmp_path: Path, lang: str, stamp: str
) -> None:
    out = tmp_path / "signed.pdf"
    key, cert = lead_signer(store, ready_review)
    result = report.make_report(
        store,
        ready_review,
        out,
        key=key,
        cert=cert,
        language=lang,  # type: ignore[arg-type]
    )
    assert result.signed and signoff.current_status(store, ready_review) == "signed"
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    host_key, host_cert = make_key("Siân Ŵyn", "Ysgol y Bont", "headteacher")
    checked = report.countersign(out, host_key, host_cert)
    assert [s.ok for s in checked.signatures] == [True, True]
    text = _words(readable(pdftotext(out)))
    # Both stamps speak the report's language: the countersigner's is read from the file.
    assert stamp in text
    assert "Llofnodwyd yn ddigidol gan Siân Ŵyn" in text
    assert "Pennaeth" in text
    if lang == "cy":
        assert "Signed digitally" not in text


def test_the_command_line_writes_the_report_in_the_language_asked(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        review = demo.create_demo(store)
    out = tmp_path / "adroddiad.pdf"
    code = main(["report", "--review", review[-8:], "--out", str(out), "--language", "cy"])
    assert code == 0, capsys.readouterr()
    text = _words(pdftotext(out))
    assert "Adroddiad adolygiad cymheiriaid" in text and "Peer review report" not in text
    before = out.read_bytes()
    with pytest.raises(SystemExit) as usage:
        main(["report", "--review", review[-8:], "--out", str(out), "--language", "fr"])
    assert usage.value.code == 2
    assert "invalid choice: 'fr' (choose from 'en', 'cy', 'cy+en')" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_a_report_in_another_language_is_another_draft(store: Store, welsh_review: str) -> None:
    digests = {
        lang: content.gather(store, welsh_review, language=lang).content_sha256()
        for lang in ("en", "cy", "cy+en")
    }
    assert len(set(digests.values())) == 3
    again = content.gather(store, welsh_review, language="cy").content_sha256()
    assert again == digests["cy"]
