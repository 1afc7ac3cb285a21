"""What the Welsh pages test needs: the Welsh translation installed for one test, the
interface's English vocabulary, and every text a window shows.

The vocabulary is every word of the English sources of all ``.ts`` files (every area, and
the hand-made ``qt`` area of Qt's own words), less the words that also occur in a Welsh
translation ("staff", "data", "drafft" are Welsh too). A visible text holding one of
those words, other than the words of the data on show (names, note text, framework
titles: what a person wrote is never translated), is English that escaped translation.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import String, Text, select

from app import dates
from app.models.base import Base
from app.services.store import Store
from tools import translations

_WORD = re.compile(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]")
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%(?:n|L?\d+)")
# Rows of a long table read per view: the words of a column repeat down it.
_ROWS = 60


def words(text: str) -> set[str]:
    """The words of ``text``, lower case, without mark-up, placeholders or accelerators."""
    plain = html.unescape(_TAG.sub(" ", text)).replace("&&", "\0").replace("&", "")
    plain = _PLACEHOLDER.sub(" ", plain.replace("\0", "&"))
    found = {w.lower().strip("'") for w in _WORD.findall(plain)}
    return {w for w in found if len(w) > 1 or w == "i"}


def _ts_files(lang: str) -> list[Path]:
    return sorted((translations.FOLDER / lang).glob("*.ts"))


@cache
def vocabulary() -> frozenset[str]:
    """English words of the interface that Welsh does not share."""
    english: set[str] = set()
    welsh: set[str] = set()
    for path in _ts_files("cy"):
        for message in ET.parse(path).getroot().iter("message"):
            english |= words(message.findtext("source", ""))
            translation = message.find("translation")
            if translation is not None:
                welsh |= words("".join(translation.itertext()))
    return frozenset(english - welsh)


def data_words(store: Store) -> set[str]:
    """Every word of every text the store holds: what people wrote shows untranslated."""
    found: set[str] = set()
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        found |= words(value)
    return found


def welsh_qm() -> Path:
    """The built Welsh translation (built now if a ``.ts`` is newer, as ``./dev`` does)."""
    if translations.needs_release():
        translations.release()
    return translations.qm_path("cy")


@contextmanager
def welsh_interface(qm: Path | None = None) -> Iterator[None]:
    """The Welsh translation (``qm``, or the built one) installed in the test's application
    and Welsh dates, both undone afterwards so no other test sees Welsh."""
    app = QCoreApplication.instance()
    assert app is not None
    welsh = qm or welsh_qm()
    installed: list[QTranslator] = []
    # As the window's start does: English plural forms first, then Welsh over them.
    for path in (translations.qm_path("en"), welsh):
        translator = QTranslator()
        assert translator.load(str(path)), f"no translation at {path}"
        app.installTranslator(translator)
        installed.append(translator)
    previous = dates.language()
    dates.use_language("cy")
    try:
        yield
    finally:
        dates.use_language(previous)
        for translator in installed:
            app.removeTranslator(translator)


@dataclass(frozen=True)
class Shown:
    where: str  # the widget (class and object name) and what of it
    text: str


def _name(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}({name!r})" if name else type(widget).__name__


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None)
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    # A list has one column; PySide6 makes a list model's columnCount private.
    count = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    columns = [c for c in range(count) if not hidden(c)]
    if header is None or header().isVisible():
        for c in columns:
            text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                yield Shown(f"{where} header {c}", text)

    # Tables and lists have no children, and PySide6 makes their hasChildren private.
    tree = not isinstance(model, (QAbstractTableModel, QAbstractListModel))

    def rows(parent: QModelIndex, depth: int) -> Iterator[Shown]:
        for r in range(min(model.rowCount(parent), _ROWS)):
            for c in columns:
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield Shown(f"{where} row {r} column {c}", value)
            first = model.index(r, 0, parent)
            if depth < 3 and tree and model.hasChildren(first):
                yield from rows(first, depth + 1)

    yield from rows(QModelIndex(), 0)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield Shown(f"{where} action", action.text())
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield Shown(f"{where} action tool tip", action.toolTip())
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()!r}")


def _own_texts(widget: QWidget, where: str) -> Iterator[Shown]:
    if widget.isWindow():
        yield Shown(f"{where} window title", widget.windowTitle())
    yield Shown(f"{where} tool tip", widget.toolTip())
    if isinstance(widget, QLabel):
        yield Shown(f"{where} text", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield Shown(f"{where} text", widget.text())
        if hasattr(widget, "menu") and widget.menu() is not None:
            yield from _menu_texts(widget.menu(), f"{where} menu")
    elif isinstance(widget, QGroupBox):
        yield Shown(f"{where} title", widget.title())
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.isTabVisible(i):
                yield Shown(f"{where} tab {i}", widget.tabText(i))
                yield Shown(f"{where} tab {i} tool tip", widget.tabToolTip(i))
    elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield Shown(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield Shown(f"{where} item {i}", widget.itemText(i))
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget, where)
    for action in widget.actions():
        if action.isVisible() and action.menu() is not None and not isinstance(widget, QMenu):
            yield from _menu_texts(action.menu(), f"{where} menu {action.text()!r}")


def visible_texts(root: QWidget) -> list[Shown]:
    """Every text ``root`` and its visible children show (menus of its menu bar too)."""
    found: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu):
            continue  # read through the menu bar, the button or the action that opens it
        found += [s for s in _own_texts(widget, _name(widget)) if s.text]
    bar = getattr(root, "menuBar", None)
    if bar is not None and root.isWindow():
        for action in bar().actions():
            found.append(Shown("menu bar", action.text()))
            if action.menu() is not None:
                items = _menu_texts(action.menu(), f"menu {action.text()!r}")
                found += [s for s in items if s.text]
    return found


def english_in(shown: Iterable[Shown], allowed: set[str]) -> list[str]:
    """One line per text holding an interface word in English: where, which words, text."""
    english = vocabulary() - allowed
    lines = []
    for item in shown:
        caught = sorted(words(item.text) & english)
        if caught:
            lines.append(f"{item.where}: {', '.join(caught)} in {item.text!r}")
    return lines
