"""Light and dark: every text readable on its background, disabled controls visibly
switched off, and an unticked box that can be seen (measured on rendered pixels)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
)
from pytestqt.qtbot import QtBot

from app.ui import theme
from app.ui.contrast import (
    DISABLED_MINIMUM,
    DISABLED_STEP,
    ENABLED_GROUPS,
    TEXT_MINIMUM,
    TEXT_PAIRS,
    failures,
    ratio,
    seen_ratio,
)

Group = QPalette.ColorGroup


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    found = qapp
    yield found
    theme.apply_theme("system")
    found.setPalette(QPalette())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_text_role_is_readable_in_every_group(app: QApplication, scheme: str) -> None:
    assert theme.apply_theme(scheme) == scheme
    palette = app.palette()
    assert theme.is_dark(palette) == (scheme == "dark")
    for fg, bg in TEXT_PAIRS:
        for group in ENABLED_GROUPS:
            assert seen_ratio(palette, group, fg, bg) >= TEXT_MINIMUM, (group, fg, bg)
        enabled = seen_ratio(palette, Group.Active, fg, bg)
        disabled = seen_ratio(palette, Group.Disabled, fg, bg)
        # Readable, yet plainly fainter than the same text enabled.
        assert disabled >= DISABLED_MINIMUM, (fg, bg, disabled)
        assert enabled / disabled >= DISABLED_STEP - 0.01, (fg, bg, enabled, disabled)
    assert list(failures(palette)) == []


def _text_colours(image: QImage, background: QColor) -> float:
    """The strongest contrast any pixel of a rendered widget has with its background."""
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, ratio(QColor(image.pixel(x, y)), background))
    return best


def test_a_disabled_button_is_drawn_fainter_than_an_enabled_one(
    app: QApplication, qtbot: QtBot
) -> None:
    theme.apply_theme("dark")
    enabled, disabled = QPushButton("Archive review"), QPushButton("Archive review")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.resize(160, 32)
        button.show()
    button_colour = app.palette().color(Group.Active, QPalette.ColorRole.Button)
    strong = _text_colours(enabled.grab().toImage(), button_colour)
    faint = _text_colours(disabled.grab().toImage(), button_colour)
    assert faint >= DISABLED_MINIMUM - 0.3  # anti-aliasing softens the glyphs a little
    assert strong / faint >= DISABLED_STEP - 0.1


def _edge_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    return max(
        ratio(QColor(image.pixel(x, y)), background)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
        if image.rect().contains(QPoint(x, y))
    )


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_an_unticked_box_stands_out_from_the_window(
    app: QApplication, qtbot: QtBot, scheme: str
) -> None:
    theme.apply_theme(scheme)
    box = QCheckBox("Leadership at all levels")
    qtbot.addWidget(box)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = app.palette().color(Group.Active, QPalette.ColorRole.Window)
    assert _edge_contrast(box.grab().toImage(), rect, window) >= 3.0


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_an_unticked_strand_in_a_list_can_be_seen(
    app: QApplication, qtbot: QtBot, scheme: str
) -> None:
    """The strands list on Findings: checkable items in a list view."""
    theme.apply_theme(scheme)
    model = QStandardItemModel()
    for text in ("L1  Vision and strategy", "L2  Leaders at every level"):
        item = QStandardItem(text)
        item.setCheckable(True)
        model.appendRow(item)
    view = QListView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(240, 80)
    view.show()
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    image = view.viewport().grab().toImage()
    base = app.palette().color(Group.Active, QPalette.ColorRole.Base)
    assert model.item(0).checkState() == Qt.CheckState.Unchecked
    assert _edge_contrast(image, rect, base) >= 3.0
