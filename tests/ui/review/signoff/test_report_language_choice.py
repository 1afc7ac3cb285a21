"""The Sign-off page's report language: every file the page builds follows it, and a
review on the Welsh framework starts bilingual (decision 0048)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from pytestqt.qtbot import QtBot

from app.paths import resource_path
from app.services import frameworks
from app.services.store import Store
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.framework_reviews import review_on
from tests.reports.helpers import pdftotext
from tests.ui.review.findings.findings_helpers import open_workspace, unnamed_controls
from tests.ui.review.findings.test_host_report_ui import save_with


def _words(path: Path) -> str:
    return re.sub(r"\s+", " ", pdftotext(path))


def test_the_draft_word_copy_and_feedback_follow_the_chosen_language(
    qtbot: QtBot, page: SignoffPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choice = page.language
    assert choice.code() == "en"  # the demo is on the English framework
    assert unnamed_controls(page) == []
    choice.combo.setCurrentIndex(choice.combo.findData("cy"))
    exports = page.exports

    draft = tmp_path / "drafft.pdf"
    save_with(qtbot, page, monkeypatch, exports.draft_button, draft)
    text = _words(draft)
    assert "DRAFFT: Drafft 1," in text and "Adroddiad adolygiad cymheiriaid" in text
    assert "Peer review report" not in text and "Findings by area" not in text

    word = tmp_path / "adroddiad.docx"
    save_with(qtbot, page, monkeypatch, exports.word_button, word)
    paragraphs = [p.text for p in Document(str(word)).paragraphs]
    assert "Canfyddiadau fesul maes" in paragraphs and "Findings by area" not in paragraphs

    choice.combo.setCurrentIndex(choice.combo.findData("cy+en"))
    summary = tmp_path / "adborth.pdf"
    save_with(qtbot, page, monkeypatch, exports.feedback_button, summary)
    assert "Crynodeb adborth Feedback summary" in _words(summary)

    # Refreshing the page keeps the choice; it is the person's, for this review.
    page.refresh()
    assert choice.code() == "cy+en"


def test_a_review_on_the_welsh_framework_starts_bilingual(qtbot: QtBot, store: Store) -> None:
    version = frameworks.import_file(
        store, resource_path("frameworks", "peerview-cymru-2026.json")
    ).version_id
    made = review_on(store, version)
    for workspace in open_workspace(qtbot, store, made.review_id):
        assert isinstance(workspace, ReviewWorkspace)
        page = workspace.show_page("signoff")
        assert isinstance(page, SignoffPage)
        assert page.language.code() == "cy+en"
        assert page.language.combo.currentText() == "Welsh, then English"
