"""What the Welsh pages test needs: the Welsh translation installed for one test, the
interface's English vocabulary, and every text a window shows.

The vocabulary is every word of the English sources of all ``.ts`` files (every area, and
the hand-made ``qt`` area of Qt's own words), less the words that also occur in a Welsh
translation ("staff", "data", "drafft" are Welsh too). A visible text holding one of
those words, other than the words of the data on show (names, note text, framework
titles: what a person wrote is never translated, so each text the store holds is taken
out of a shown text first), is English that escaped translation.
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

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import String, Text, select

from app import dates
from app.models.base import Base
from app.services.store import Store
from app.ui import i18n
from tools import translations

# The areas whose Welsh is finished: all of them. test_translations_complete holds their
# .ts files complete. While an area is being translated (a new page, a new language) it
# may leave this list; the pages test then tolerates a text that is exactly one of its
# messages, and nothing else.
CHECKED: tuple[str, ...] = (*translations.AREAS, *translations.HAND_MADE)

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


def _pattern(source: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]*\}|%(?:n|L?\d+))", source)
    return re.compile("".join(".+?" if i % 2 else re.escape(p) for i, p in enumerate(parts)))


@cache
def pending() -> tuple[re.Pattern[str], ...]:
    """Messages of the areas not yet in CHECKED, as patterns a shown text may match."""
    areas = [*translations.AREAS, *translations.HAND_MADE]
    found = []
    for area in areas:
        path = translations.ts_path("cy", area)
        if area in CHECKED or not path.exists():
            continue
        for message in ET.parse(path).getroot().iter("message"):
            found.append(_pattern(message.findtext("source", "")))
    return tuple(found)


_CODE = re.compile(r"[a-z0-9_.:-]*")
_PATH = re.compile(r"(?:[A-Za-z]:)?[/\\][^\s;,()]+|[\w-]+\.(?:pvbundle|pdf|docx|json|csv|zip)\b")
# A word or phrase quoted from what someone wrote ("adds “in”, “pairs”").
_QUOTED = re.compile(r"“([^”]*)”|‘([^’]*)’")


def data_texts(store: Store) -> list[str]:
    """Every text the store holds, longest first: what people wrote shows untranslated.
    Stored codes (``draft``, ``lead_reviewer``) are left out: a page shows them in words."""
    found: set[str] = set()
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str) and len(value) > 1 and not _CODE.fullmatch(value):
                        found.add(value)
    return sorted(found, key=len, reverse=True)


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


def _column_count(model: QAbstractItemModel) -> int:
    # QStringListModel's takes no default parent; a list model keeps its own private.
    for args in ((), (QModelIndex(),)):
        try:
            return int(model.columnCount(*args))
        except TypeError:
            continue
    return 1


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    header = getattr(view, "horizontalHeader", None)
    hidden = getattr(view, "isColumnHidden", lambda _c: False)
    columns = [c for c in range(_column_count(model)) if not hidden(c)]
    if header is None or header().isVisible():
        for c in columns:
            text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                yield Shown(f"{where} header {c}", text)

    def rows(parent: QModelIndex, depth: int) -> Iterator[Shown]:
        for r in range(min(model.rowCount(parent), _ROWS)):
            for c in columns:
                index = model.index(r, c, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield Shown(f"{where} row {r} column {c}", value)
            first = model.index(r, 0, parent)
            if depth < 3 and isinstance(view, QTreeView) and model.rowCount(first):
                yield from rows(first, depth + 1)

    yield from rows(QModelIndex(), 0)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield Shown(f"{where} action", action.text())
        # Without a tool tip of its own an action's is its text, less "&" and "…".
        own = action.text().replace("&", "").removesuffix("…").removesuffix("...")
        if action.toolTip() != own:
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
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _model_texts(widget, where)
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            if action.isVisible():
                yield Shown(f"{where} menu", action.text())
                if action.menu() is not None:
                    yield from _menu_texts(action.menu(), f"menu {action.text()!r}")


def visible_texts(root: QWidget) -> list[Shown]:
    """Every text ``root`` and its visible children show (menus of its menu bar too)."""
    found: list[Shown] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu):
            continue  # read through the menu bar, the button or the action that opens it
        found += [s for s in _own_texts(widget, _name(widget)) if s.text]
    return found


def _quotes_data(quote: re.Match[str], written: list[str]) -> bool:
    fragment = quote.group(1) or quote.group(2) or ""
    return bool(fragment) and any(fragment in text for text in written)


def _unless_excerpt(line: str, written: list[str]) -> str:
    """A line cut from what someone wrote (a note's excerpt in a list, "…" at either end)
    counts as theirs; any other line is kept to be read."""
    piece = line.strip().strip("…").strip()
    if len(piece) >= 12 and any(piece in text for text in written):
        return " "
    return line


def english_in(
    shown: Iterable[Shown],
    data: Iterable[str] = (),
    tolerated: Iterable[re.Pattern[str]] | None = None,
) -> list[str]:
    """One line per text holding an interface word in English: where, which words, text.
    The ``data`` texts (data_texts), file paths and the languages' own names are taken out
    of each text first; a text matching one of ``tolerated`` (by default the messages of
    areas not yet translated) is let through."""
    english = vocabulary()
    written = [*data, *(name for _, name in i18n.available_languages())]
    allowed = pending() if tolerated is None else tuple(tolerated)
    lines = []
    for item in dict.fromkeys(shown):  # a text read twice is named once
        rest = html.unescape(item.text)
        # Excerpts first: a shorter text (a name) cut out of one would hide it.
        rest = "\n".join(_unless_excerpt(line, written) for line in rest.split("\n"))
        for text in written:
            if text in rest:
                rest = rest.replace(text, " ")
        rest = _QUOTED.sub(lambda m: " " if _quotes_data(m, written) else m.group(0), rest)
        caught = sorted(words(_PATH.sub(" ", rest)) & english)
        if caught and not any(p.fullmatch(item.text) for p in allowed):
            lines.append(f"{item.where}: {', '.join(caught)} in {item.text!r}")
    return lines
