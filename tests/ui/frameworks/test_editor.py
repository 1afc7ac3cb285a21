"""The framework editor: a framework from blank, an edited version saved beside the old one
(whose review keeps it), problems shown as they are typed with Save disabled, unchanged
content making no version, and import and export through files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Review
from app.services import builtin_frameworks, frameworks
from app.services.store import Store
from app.ui.frameworks.action import open_editor
from app.ui.frameworks.editor import FrameworkEditor
from app.ui.home.main_window import MainWindow
from tests.services.conftest import log_entries
from tests.ui.helpers import make_review
from tests.ui.keys import focused, press, type_text

WINDOW_SIZE = (1024, 600)


@pytest.fixture
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing may wait for a click: a test answers the file dialogs it expects."""

    def never(*_: object, **__: object) -> object:
        raise AssertionError("a dialog would wait for a click")

    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(never))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(never))


@pytest.fixture
def editor(
    qtbot: QtBot, window: MainWindow, store: Store, no_waiting: None
) -> Iterator[FrameworkEditor]:
    builtin_frameworks.ensure_builtin(store)
    opened = open_editor(window)
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def pick(editor: FrameworkEditor, area: int, strand: int = -1) -> None:
    for item in editor.tree_items:
        if tuple(item.data(0, Qt.ItemDataRole.UserRole)) == (area, strand):
            editor.tree.setCurrentItem(item)
            return
    raise AssertionError(f"no tree item at {(area, strand)}")


def retype(qtbot: QtBot, field: object, text: str) -> None:
    """Select all in ``field`` and type ``text`` over it, as a person does."""
    field.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(text)
    else:
        press(qtbot, Qt.Key.Key_Delete)


def problem_of(form: object, key: str) -> str:
    label: QLabel = form.problem_labels[key]  # type: ignore[attr-defined]
    return label.text() if label.isVisible() else ""


def test_the_file_menu_opens_the_editor_on_the_shipped_default(
    qtbot: QtBot, window: MainWindow, store: Store, no_waiting: None
) -> None:
    builtin_frameworks.ensure_builtin(store)
    action = window.frameworks_action
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    action.trigger()
    editor = window.findChild(FrameworkEditor, "framework_editor")
    assert editor is not None and editor.isVisible()
    assert editor.loaded_from == builtin_frameworks.default_version_id()
    # The label offered is new: the shipped one is taken.
    assert editor.framework_form.version.text() == "2026.3"
    assert editor.save_button.isEnabled()
    editor.close()


def test_problems_show_as_typed_and_save_stays_disabled_until_fixed(
    qtbot: QtBot, editor: FrameworkEditor
) -> None:
    pick(editor, 0, 0)
    form = editor.strand_form
    assert editor.pages.currentWidget() is form

    retype(qtbot, form.title, "")
    assert "Give it a title" in problem_of(form, "title")
    assert not editor.save_button.isEnabled()
    assert "1 problem to fix" in editor.summary.text()
    current = editor.tree.currentItem()
    assert current is not None and "1 problem" in current.text(0)

    retype(qtbot, form.title, "x" * 201)
    assert "201 characters long; shorten it to 200" in problem_of(form, "title")
    retype(qtbot, form.title, "Vision and ambition")
    assert problem_of(form, "title") == ""

    retype(qtbot, form.code, "l2")  # L2 is the next strand's: case does not count
    assert "l2 is also used by “" in problem_of(form, "code")
    pick(editor, 0, 1)
    assert "L2 is also used by “" in problem_of(form, "code")
    pick(editor, 0, 0)
    retype(qtbot, form.code, "L 1")
    assert "no spaces" in problem_of(form, "code")
    assert not editor.save_button.isEnabled()
    # Ctrl+S does nothing while anything is wrong.
    before = len(frameworks.list_frameworks(editor.store))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(frameworks.list_frameworks(editor.store)) == before

    retype(qtbot, form.code, "L1")
    assert problem_of(form, "code") == ""
    assert editor.save_button.isEnabled()
    assert "Ready to save" in editor.summary.text() or "No changes" in editor.summary.text()

    # The framework's own fields: a label another version has.
    pick(editor, -1)
    retype(qtbot, editor.framework_form.version, "2026.2")
    assert "labelled 2026.2" in problem_of(editor.framework_form, "version")
    assert not editor.save_button.isEnabled()


def test_an_edited_version_is_saved_beside_the_old_one_which_its_review_keeps(
    qtbot: QtBot, editor: FrameworkEditor, window: MainWindow, store: Store
) -> None:
    old = editor.loaded_from
    assert old is not None
    review = make_review(store, "Ysgol y Bont", "Autumn review")
    leadership = frameworks.tree(store, old)[0][1]

    # A strand added to the first area, from the keyboard.
    pick(editor, 0, len(leadership) - 1)
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    assert editor.position() == (0, len(leadership))
    form = editor.strand_form
    assert "Give it a code" in problem_of(form, "code")
    retype(qtbot, form.code, "L9")
    retype(qtbot, form.title, "Staff wellbeing and workload")
    retype(qtbot, form.prompts, "How do leaders know what staff carry?")
    # A changed prompt in the first strand.
    pick(editor, 0, 0)
    first_prompt = form.prompts.toPlainText().split("\n")[0]
    form.prompts.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text("Ym mha ffordd: ")
    assert editor.save_button.isEnabled()
    published: list[object] = []
    window.bus.changed.connect(published.append)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert "Saved version 2026.3" in editor.summary.text()
    new = editor.loaded_from
    assert new != old and published
    assert new is not None
    strands = frameworks.strands_by_code(store, new)
    assert strands["L9"].title == "Staff wellbeing and workload"
    saved = json.loads(stored_content(store, new))
    assert saved["strands"][0]["prompts"][0] == f"Ym mha ffordd: {first_prompt}"
    assert "L9" not in frameworks.strands_by_code(store, old)
    with store.session() as s:
        assert s.scalar(select(Review.framework_version_id).where(Review.id == review)) == old
    # The next save would be a further version.
    assert editor.framework_form.version.text() == "2026.4"


def stored_content(store: Store, version_id: str) -> str:
    from app.models import FrameworkVersion

    with store.session() as s:
        content = s.scalar(
            select(FrameworkVersion.content).where(FrameworkVersion.id == version_id)
        )
    assert content is not None
    return content


def test_saving_unchanged_content_makes_no_version(
    qtbot: QtBot, editor: FrameworkEditor, store: Store
) -> None:
    before = log_entries(store)
    pick(editor, 1)
    retype(qtbot, editor.area_form.title, editor.area_form.title.text() + "  ")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Nothing has changed since version 2026.2" in editor.summary.text()
    assert log_entries(store) == before


def test_a_framework_from_blank_with_areas_strands_moved_and_removed(
    qtbot: QtBot, editor: FrameworkEditor, store: Store
) -> None:
    editor.choose.setCurrentIndex(editor.choose.findData(""))
    qtbot.mouseClick(editor.load_button, Qt.MouseButton.LeftButton)
    assert editor.loaded_from is None and not editor.export_button.isEnabled()
    assert not editor.save_button.isEnabled()

    pick(editor, -1)
    retype(qtbot, editor.framework_form.name, "Ysgolion Dyffryn oracy review")
    pick(editor, 0)
    retype(qtbot, editor.area_form.code, "S")
    retype(qtbot, editor.area_form.title, "Llafaredd / Oracy")
    pick(editor, 0, 0)
    retype(qtbot, editor.strand_form.code, "S1")
    retype(qtbot, editor.strand_form.title, "Talk in lessons")
    # A second area: it has no strands until one is added.
    pick(editor, 0)
    qtbot.mouseClick(editor.add_area_button, Qt.MouseButton.LeftButton)
    assert editor.position() == (1, -1)
    retype(qtbot, editor.area_form.code, "A")
    retype(qtbot, editor.area_form.title, "Assessment")
    assert "has no strands" in editor.area_form.heading.text()
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Insert)
    retype(qtbot, editor.strand_form.code, "A1")
    retype(qtbot, editor.strand_form.title, "Feedback that is heard")
    # Moved above the first area, then a spare strand added and removed.
    pick(editor, 1)
    editor.tree.setFocus()
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.position() == (0, -1) and editor.draft.areas[0].code == "A"
    press(qtbot, Qt.Key.Key_Insert)
    press(qtbot, Qt.Key.Key_Delete)
    assert [len(a.strands) for a in editor.draft.areas] == [1, 1]
    assert editor.save_button.isEnabled(), editor.summary.text()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (made,) = [f for f in frameworks.list_frameworks(store) if f.name.startswith("Ysgolion")]
    assert (made.label, made.areas, made.strands) == ("1", 2, 2)
    assert [a.code for a, _ in frameworks.tree(store, made.version_id)] == ["A", "S"]
    assert editor.loaded_from == made.version_id


def test_export_then_import_round_trips_and_an_edited_file_is_a_new_version(
    qtbot: QtBot,
    editor: FrameworkEditor,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "exported.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert "written to exported.json" in editor.summary.text()
    shipped = builtin_frameworks.shipped_content(builtin_frameworks.shipped_files()[0])
    assert json.loads(out.read_text("utf-8")) == shipped.data

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    before = log_entries(store)
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    assert "already here; nothing was imported" in editor.summary.text()
    assert log_entries(store) == before

    edited = dict(shipped.data, version="2027.1", description="Our cluster's own copy.")
    out.write_text(json.dumps(edited), "utf-8")
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    assert "Imported version 2027.1" in editor.summary.text()
    assert editor.framework_form.version.text() == "2027.2"
    assert editor.choose.currentData() == editor.loaded_from != shipped.content_hash

    out.write_text("{not json", "utf-8")
    before = log_entries(store)
    qtbot.mouseClick(editor.import_button, Qt.MouseButton.LeftButton)
    assert "not valid JSON" in editor.summary.text()
    assert log_entries(store) == before


def test_the_guard_marks_verdict_words_in_prompts(qtbot: QtBot, editor: FrameworkEditor) -> None:
    pick(editor, 0, 0)
    form = editor.strand_form
    form.prompts.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text("\nIs the teaching outstanding?")
    qtbot.waitUntil(lambda: form.prompts_notice.isVisible(), timeout=3000)
    assert "outstanding" in form.prompts_notice.text()
    assert form.prompts.extraSelections()


def test_the_keyboard_reaches_everything_in_order(qtbot: QtBot, editor: FrameworkEditor) -> None:
    editor.choose.setFocus()
    seen = []
    for _ in range(12):
        seen.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    expected = [
        editor.choose,
        editor.load_button,
        editor.import_button,
        editor.export_button,
        editor.tree,
        editor.add_area_button,
    ]
    assert seen[: len(expected)] == expected
    # Then the selected item's form: the framework's name first.
    assert editor.framework_form.name in seen
    # Alt and a label's letter reaches its field.
    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.framework_form.version
