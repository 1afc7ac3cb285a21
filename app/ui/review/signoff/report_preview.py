"""The report preview: the PDF's pages drawn by PDFium (pypdfium2) into a scrolling column,
each fitted to the width, instead of QtPdf (decision 0020: QtPdf comes only with bindings
that crash Python 3.11, or in a 175 MB add-on package).

Pages are rendered when they come into view, at the size they are shown (times the screen's
pixel ratio), and only the most recent few are kept, so a long report costs a few pages of
memory. PDFium is used on the GUI thread only (it is not thread-safe); the report itself is
built on a worker. The file is read into memory, so the next build may replace it even
where an open file cannot be replaced (Windows), and PDFium's document is opened only while
pages are being rendered, so nothing native is left open between paints or at exit.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

log = logging.getLogger(__name__)

MARGIN = 12  # around the column of pages, in logical pixels
GAP = 12  # between pages
MAX_CACHED_BYTES = 48 * 1024 * 1024  # rendered pages kept for scrolling back
MAX_PDF_BYTES = 200 * 1024 * 1024  # our own reports are a few MB; refuse anything absurd


class PreviewError(Exception):
    """The file could not be shown (unreadable, not a PDF, damaged); the message says why."""


class ReportPreview(QAbstractScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Pages fit the width; a scroll bar that came and went would change that width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Report preview"))
        self.viewport().setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setAutoFillBackground(True)
        self._data = b""
        self._sizes: list[tuple[float, float]] = []  # each page's width and height in points
        self._rects: list[QRect] = []  # each page's place in the column, logical pixels
        self._cache: OrderedDict[tuple[int, int, int], QImage] = OrderedDict()
        self._cached_bytes = 0
        self.rendered = 0  #: pages rendered so far (the tests watch the cache work)
        self._describe()

    # -- the document ----------------------------------------------------------------------

    def load(self, path: Path) -> None:
        """Show the PDF at ``path`` from its first page; raises PreviewError (and keeps
        what was shown) when it cannot be read."""
        try:
            if path.stat().st_size > MAX_PDF_BYTES:
                raise PreviewError(self.tr("{0} is too large to preview.").format(path.name))
            data = path.read_bytes()
        except OSError as exc:
            raise PreviewError(
                self.tr("{0} could not be read: {1}").format(path.name, exc.strerror or exc)
            ) from exc
        try:
            doc = pdfium.PdfDocument(data)
            try:
                sizes = [doc.get_page_size(i) for i in range(len(doc))]
            finally:
                doc.close()
        except pdfium.PdfiumError as exc:
            raise PreviewError(
                self.tr("{0} is not a readable PDF ({1}).").format(path.name, exc)
            ) from exc
        self.clear()
        self._data, self._sizes = data, sizes
        self._lay_out()
        self.verticalScrollBar().setValue(0)
        self._describe()

    def clear(self) -> None:
        self._data, self._sizes, self._rects = b"", [], []
        self._drop_cache()
        self._lay_out()
        self._describe()

    def page_count(self) -> int:
        return len(self._sizes)

    def page_rect(self, index: int) -> QRect:
        """Where page ``index`` sits in the column (logical pixels, before scrolling)."""
        return QRect(self._rects[index])

    def current_page(self) -> int:
        """The page at the top of the view (0-based); 0 when nothing is shown."""
        top = self.verticalScrollBar().value()
        for index, rect in enumerate(self._rects):
            if rect.bottom() + GAP >= top:
                return index
        return 0

    def cached_bytes(self) -> int:
        return self._cached_bytes

    def _describe(self) -> None:
        if self._sizes:
            text = self.tr(
                "%n page(s). Scroll with the arrow keys, Page Up and Page Down, Home and End.",
                "",
                len(self._sizes),
            )
        else:
            text = self.tr("No preview yet: choose Build preview.")
        self.setAccessibleDescription(text)

    # -- geometry --------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """Every page scaled to the widest one fitting the view's width."""
        self._rects = []
        width = max(1, self.viewport().width() - 2 * MARGIN)
        widest = max((w for w, _ in self._sizes), default=1.0)
        scale = width / widest
        y = MARGIN
        for w, h in self._sizes:
            page_w, page_h = max(1, round(w * scale)), max(1, round(h * scale))
            x = MARGIN + (width - page_w) // 2
            self._rects.append(QRect(x, y, page_w, page_h))
            y += page_h + GAP
        total = y - GAP + MARGIN if self._rects else 0
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(20, self.viewport().height() // 12))
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Keep the same place in the document when the width (so the scale) changes.
        bar = self.verticalScrollBar()
        page = self.current_page()
        old = self._rects[page] if self._rects else None
        fraction = (bar.value() - old.top()) / max(1, old.height()) if old else 0.0
        self._lay_out()
        if self._rects:
            rect = self._rects[page]
            bar.setValue(rect.top() + round(fraction * rect.height()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The scroll area moves by line and by page; Home and End go to either end.
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        top = self.verticalScrollBar().value()
        exposed = event.rect().translated(0, top)
        if not self._rects:
            # Behind pages the view is dark; its hint is in ordinary text colours, readable.
            painter.fillRect(self.viewport().rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Build a preview to see the report here."),
            )
            return
        ratio = self.viewport().devicePixelRatioF()
        doc: pdfium.PdfDocument | None = None
        try:
            for index, rect in enumerate(self._rects):
                if rect.top() > exposed.bottom():
                    break
                if not rect.intersects(exposed):
                    continue
                key = (index, round(rect.width() * ratio), round(rect.height() * ratio))
                image = self._cache.get(key)
                if image is None:
                    doc = doc or pdfium.PdfDocument(self._data)
                    image = self._render(doc, key)
                else:
                    self._cache.move_to_end(key)
                shown = rect.translated(0, -top)
                painter.drawImage(QRectF(shown), image)
                painter.setPen(QColor(0, 0, 0, 90))
                painter.drawRect(shown.adjusted(0, 0, -1, -1))
        finally:
            if doc is not None:
                doc.close()

    def _render(self, doc: pdfium.PdfDocument, key: tuple[int, int, int]) -> QImage:
        index, width, _ = key
        page = doc[index]
        try:
            w_pt, _ = self._sizes[index]
            bitmap = page.render(scale=width / w_pt, rev_byteorder=True, prefer_bgrx=True)
            try:
                view = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                )
                image = view.copy()  # own the pixels: the bitmap's memory goes with it
            finally:
                bitmap.close()
        finally:
            page.close()
        self.rendered += 1
        self._cache[key] = image
        self._cached_bytes += image.sizeInBytes()
        while self._cached_bytes > MAX_CACHED_BYTES and len(self._cache) > 1:
            _, dropped = self._cache.popitem(last=False)
            self._cached_bytes -= dropped.sizeInBytes()
        return image

    def _drop_cache(self) -> None:
        self._cache.clear()
        self._cached_bytes = 0
