"""No keyboard shortcut means two things at once. Qt answers an ambiguous shortcut by doing
nothing at all, so a clash silently breaks the keyboard-first flow on the page it happens."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from app.services import demo
from app.services.store import Store
from app.ui.home.main_window import MainWindow

_LIVE_CONTEXTS = {
    Qt.ShortcutContext.WindowShortcut,
    Qt.ShortcutContext.ApplicationShortcut,
    Qt.ShortcutContext.WidgetWithChildrenShortcut,
}


def _live_action_shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Shortcut -> the actions that answer it in the window as it is shown now."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcutContext() not in _LIVE_CONTEXTS:
            continue
        owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        # An action answers only while a widget it is added to is visible (menus count
        # through the menu bar, which always is).
        if not any(w.isVisible() or w.inherits("QMenu") for w in owners):
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
                found[key].append(action.text().replace("&", "") or action.objectName())
    return found


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).lower() if match else None


def _live_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter -> menus, tabs, buttons and labels that answer it on the shown page."""
    found: dict[str, list[str]] = defaultdict(list)
    bar: QMenuBar = window.menuBar()
    for action in bar.actions():
        if (letter := _mnemonic(action.text())) is not None:
            found[letter].append(f"menu {action.text()}")
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible()]
    for widget in widgets:
        if isinstance(widget, QAbstractButton | QLabel) and (letter := _mnemonic(widget.text())):
            found[letter].append(f"{type(widget).__name__} {widget.text()}")
    workspace = window.workspace
    if workspace is not None:
        for index in range(workspace.tabs.count()):
            if letter := _mnemonic(workspace.tabs.tabText(index)):
                found[letter].append(f"tab {workspace.tabs.tabText(index)}")
    return found


def test_no_shortcut_or_mnemonic_answers_twice_on_any_page(qtbot: QtBot, store: Store) -> None:
    review_id = demo.create_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    clashes: list[str] = []

    def check(where: str) -> None:
        for key, names in _live_action_shortcuts(window).items():
            if len(set(names)) > 1:
                clashes.append(f"{where}: {key} -> {sorted(set(names))}")
        for letter, names in _live_mnemonics(window).items():
            if len(names) > 1:
                clashes.append(f"{where}: Alt+{letter.upper()} -> {sorted(names)}")

    check("reviews list")
    workspace = window.open_review(review_id)
    for spec in workspace.specs:
        workspace.show_page(spec.key)
        qtbot.wait(20)
        check(f"page {spec.key}")
    # The capture page shows its note editor once a note is open: check it there too.
    capture = workspace.show_page("capture")
    capture.new_action.trigger()  # type: ignore[attr-defined]
    qtbot.wait(20)
    check("page capture, editing a note")
    assert clashes == [], "\n".join(clashes)
