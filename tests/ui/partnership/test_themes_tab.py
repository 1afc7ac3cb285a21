"""The partnership's Themes tab over twelve schools' shared summaries: the table holds
only what the themes may show (held figures as "fewer than 3", no unnamed school), the
round filter, the pictures, and "Save the annual report…" writing a PDF that names no
unnamed school."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.services.themes import FEWER
from app.ui.bus import ChangeBus
from app.ui.partnership.view import PartnershipView
from tests import themes_helpers as twelve
from tests.reports.helpers import pdftotext
from tests.themes_store import lead_store


def _rows(view: PartnershipView) -> list[list[str]]:
    model = view.themes.model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def view(qtbot: QtBot, store: Store) -> PartnershipView:
    lead_store(store)
    made = PartnershipView(store, ChangeBus())
    qtbot.addWidget(made)
    made.resize(1024, 600)
    made.show()
    made.show_tab(made.themes)
    return made


def test_the_tab_shows_only_what_may_be_shown(view: PartnershipView, qtbot: QtBot) -> None:
    tab = view.themes
    assert [tab.round.itemText(i) for i in range(tab.round.count())] == [
        "Every round",
        "Round 1",
        "Round 2",
    ]
    rows = _rows(view)
    # Version A's Mathematics (2.2) and version B's (2.4) stay apart without a map.
    assert [r[0] for r in rows] == [
        "1.1 Leadership and vision",
        "2.1 Reading and oracy",
        "2.2 Mathematics",
        "2.4 Mathematics",
        "3.1 Wellbeing and attendance",
    ]
    assert rows[1] == ["2.1 Reading and oracy", "6", "0", "0"]
    assert rows[0][1] == FEWER and rows[4][2] == FEWER
    shown = " ".join(" ".join(r) for r in rows) + tab.summary.text()
    heat = tab.pictures["heat_map"][1].picture
    assert heat is not None
    shown += heat.description
    labels = " ".join(getattr(item, "text", "") for item in heat.items)
    for secret in [*twelve.UNNAMED, twelve.SECRET_TITLE]:
        assert secret not in shown and secret not in labels
    assert "Szkoła Łódź" in labels and "9 schools that did not agree" in tab.summary.text()
    for key in ("heat_map", "trends", "timeline"):
        assert tab.pictures[key][1].isVisible(), key

    tab.round.setCurrentIndex(tab.round.findText("Round 1"))
    rows = _rows(view)
    assert [r[0] for r in rows] == [
        "1.1 Leadership and vision",
        "2.1 Reading",
        "2.2 Mathematics",
        "3.1 Wellbeing",
    ]
    assert rows[0][1] == "2" and rows[2][2] == FEWER  # two named schools; two unnamed held
    assert "Schools: 6. Reviews shared: 6." in tab.summary.text()


def test_save_the_annual_report(
    view: PartnershipView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "annual.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)"))
    )
    view.themes.save_button.click()
    assert "Saved the annual partnership report 2026-27" in view.message.text()
    text = re.sub(r"\s+", " ", pdftotext(out))
    assert "Themes across the schools" in text and "Ysgol y Bont" in text
    for secret in [*twelve.UNNAMED, twelve.SECRET_TITLE]:
        assert secret not in text
