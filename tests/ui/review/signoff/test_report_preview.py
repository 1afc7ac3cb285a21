"""The report preview (PDFium in place of QtPdf): real PDFs made by ReportLab, shown page by
page fitted to the width, read from the keyboard, with bounded memory and a clear message
for a file that is not a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from app.ui.review.signoff import report_preview
from app.ui.review.signoff.report_preview import MARGIN, PreviewError, ReportPreview


def make_pdf(path: Path, pages: int, wide_page: int | None = None) -> Path:
    """``pages`` A4 pages, each filled black in its top half (so it shows when drawn);
    page ``wide_page`` is landscape."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        size = landscape(A4) if n == wide_page else A4
        pdf.setPageSize(size)
        pdf.rect(0, size[1] / 2, size[0], size[1] / 2, stroke=0, fill=1)
        pdf.drawString(40, 40, f"Page {n + 1}")
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def preview(qtbot: QtBot) -> ReportPreview:
    widget = ReportPreview()
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dark_share(image: QImage, x: int, y: int) -> float:
    """How much of a 20-pixel square at (x, y) is dark."""
    dark = sum(
        QColor(image.pixel(x + dx, y + dy)).lightness() < 60 for dx in range(20) for dy in range(20)
    )
    return dark / 400


def test_pages_fit_the_width_and_are_drawn(
    preview: ReportPreview, tmp_path: Path, qtbot: QtBot
) -> None:
    preview.load(make_pdf(tmp_path / "r.pdf", 4, wide_page=2))
    assert preview.page_count() == 4
    width = preview.viewport().width() - 2 * MARGIN
    # The widest page (the landscape one) fills the width; portrait pages keep their shape.
    assert preview.page_rect(2).width() == width
    first = preview.page_rect(0)
    assert first.height() / first.width() == pytest.approx(A4[1] / A4[0], rel=0.01)
    assert preview.accessibleDescription().startswith("4 pages")
    shot = preview.viewport().grab().toImage()
    # The page's black top half is drawn; below it the page is white.
    assert dark_share(shot, first.center().x(), first.top() + first.height() // 4) == 1.0
    assert dark_share(shot, first.center().x(), first.top() + first.height() * 3 // 4) < 0.1


def test_the_keyboard_reads_the_whole_report(
    preview: ReportPreview, tmp_path: Path, qtbot: QtBot
) -> None:
    preview.load(make_pdf(tmp_path / "r.pdf", 6))
    preview.setFocus()
    bar = preview.verticalScrollBar()
    assert bar.value() == 0 and preview.current_page() == 0
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(preview, Qt.Key.Key_Down)
    assert bar.value() == bar.pageStep() + bar.singleStep()
    qtbot.keyClick(preview, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and preview.current_page() == 5
    qtbot.keyClick(preview, Qt.Key.Key_Home)
    assert bar.value() == 0 and preview.current_page() == 0


def test_resizing_keeps_the_page_being_read(
    preview: ReportPreview, tmp_path: Path, qtbot: QtBot
) -> None:
    preview.load(make_pdf(tmp_path / "r.pdf", 8))
    preview.verticalScrollBar().setValue(preview.page_rect(5).top() + 10)
    assert preview.current_page() == 5
    preview.resize(800, 640)
    qtbot.waitUntil(lambda: preview.page_rect(0).width() == preview.viewport().width() - 2 * MARGIN)
    assert preview.current_page() == 5


def test_a_long_report_keeps_only_a_few_pages_in_memory(
    preview: ReportPreview, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview.load(make_pdf(tmp_path / "r.pdf", 40))
    page_bytes = preview.page_rect(0).width() * preview.page_rect(0).height() * 4
    monkeypatch.setattr(report_preview, "MAX_CACHED_BYTES", page_bytes * 3)
    bar = preview.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        preview.viewport().repaint()
    assert preview.rendered >= 40  # every page was drawn on the way down
    assert preview.cached_bytes() <= page_bytes * 3


def test_a_file_that_is_not_a_pdf_is_refused_and_the_preview_kept(
    preview: ReportPreview, tmp_path: Path
) -> None:
    preview.load(make_pdf(tmp_path / "r.pdf", 3))
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a PDF")
    with pytest.raises(PreviewError, match=r"notes\.pdf is not a readable PDF"):
        preview.load(bad)
    with pytest.raises(PreviewError, match="could not be read"):
        preview.load(tmp_path / "missing.pdf")
    assert preview.page_count() == 3


def test_a_new_build_may_replace_the_file_being_shown(
    preview: ReportPreview, tmp_path: Path
) -> None:
    path = make_pdf(tmp_path / "preview.pdf", 3)
    preview.load(path)
    make_pdf(tmp_path / "next.pdf", 5).replace(path)
    preview.viewport().repaint()  # still draws the pages it read
    preview.load(path)
    assert preview.page_count() == 5
