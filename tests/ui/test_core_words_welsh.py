"""Words the Qt-free core hands the window (kinds of activity, the schedule's warnings,
the judgement guard's reasons) show in Welsh in the Welsh interface and in English in
the English one, while the core itself still speaks English to the command line."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.models.review import ACTIVITY_LABELS
from app.services import demo, grade_guard, rounds
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.partnership.view import PartnershipView
from app.ui.review.capture.page import CapturePage
from app.ui.widgets.guard_marks import hits_html
from tests.ui.helpers import make_review
from tests.ui.welsh import welsh_interface
from tests.ui.welsh_sync_pages import partnership_tab


def _activity_kinds(qtbot: QtBot, store: Store, review_id: str) -> list[str]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.open_review(review_id).show_page("capture")
    assert isinstance(page, CapturePage)
    combo = page.kind_filter
    assert isinstance(combo, QComboBox)
    texts = [combo.itemText(i) for i in range(combo.count())]
    window.close()
    return texts


def test_a_kind_of_activity_reads_in_the_interface_s_language(qtbot: QtBot, store: Store) -> None:
    review_id = make_review(store, "Ysgol y Bont", "Adolygiad y gwanwyn")
    with welsh_interface():
        welsh = _activity_kinds(qtbot, store, review_id)
    english = _activity_kinds(qtbot, store, review_id)
    assert "Ymweliad â gwers" in welsh and "Taith ddysgu" in welsh
    assert "Lesson visit" not in welsh
    assert "Lesson visit" in english and "Learning walk" in english
    # The core's own word is unchanged: the command line and the reports print it.
    assert ACTIVITY_LABELS["lesson_visit"] == "Lesson visit"


def _needs_attention(view: PartnershipView) -> set[str]:
    model = view.schedule.table.model()
    return {str(model.index(r, 6).data()) for r in range(model.rowCount())}


def test_the_schedule_s_warning_reads_in_the_interface_s_language(
    qtbot: QtBot, store: Store
) -> None:
    demo.create_demo(store)
    with welsh_interface():
        view = partnership_tab(1)(qtbot, store)
        assert isinstance(view, PartnershipView)
        welsh = _needs_attention(view)
        view.window().close()
    assert "Dim arweinydd hyfforddedig" in welsh and "No trained lead" not in welsh
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    english = _needs_attention(window.show_partnership())
    QApplication.processEvents()
    assert "No trained lead" in english
    assert "no trained lead" in {v.warning for v in rounds.schedule(store)}


def test_the_judgement_guard_s_reason_reads_in_the_interface_s_language() -> None:
    hits = [("", h) for h in grade_guard.find_judgement_terms("This school is outstanding.")]
    assert hits
    english = hits_html(hits, "Check the wording", "Consider")
    with welsh_interface():
        welsh = hits_html(hits, "Gwiriwch y geiriad", "Ystyriwch")
    why = html.escape(hits[0][1].why)
    assert why in english and why not in welsh
    assert html.escape("'Outstanding' a ddefnyddir fel dyfarniad") in welsh
