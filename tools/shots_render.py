"""Drawing one variant of every scene, inside the process that tools/screenshots.py starts
for it (or a test's, for the variants that need no screen or scaling of their own).

The documentation variants are pictures of the window (or dialog) at a fixed size. The
screen variants fill the screen with the window and take a picture of the screen: on X11
the X server's own copy of it, offscreen the windows drawn where they are on a screen of
that size. Either way what lies past the screen's edge is cut off, as the person sees it,
and each window that did not fit is named on standard output.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import fileio
from app.services.store import Store
from app.ui import theme
from app.ui.app import _application
from app.ui.home.main_window import MainWindow
from tools.scenes import SCENES, Scene, settle
from tools.screenshots import Variant, picture_path
from tools.shots_data import PictureData, access


def draw_variant(
    variant: Variant, platform: str, data: PictureData, out_dir: Path, only: list[str]
) -> int:
    """Draw every scene (or those named in ``only``) in ``variant``; 0 when all were drawn.
    The data is copied first, so each variant starts from the same state."""
    app, _ = _application()  # the bundled fonts, as the real start registers them
    scenes = [s for s in SCENES if not only or s.name in only]
    picture_path(out_dir, "x", variant, platform).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="peerview-variant-") as tmp, _themed(variant.dark):
        copy = PictureData(
            Path(shutil.copytree(data.lead, Path(tmp) / "lead")),
            Path(shutil.copytree(data.empty, Path(tmp) / "empty")),
            data.review_id,
        )
        with (
            Store.open(copy.lead, purpose="Peerview screenshots", access=access()) as lead,
            Store.open(copy.empty, purpose="Peerview screenshots", access=access()) as empty,
        ):
            for scene in scenes:
                path = picture_path(out_dir, scene.name, variant, platform)
                problem = draw(scene, empty if scene.empty else lead, copy, variant, path)
                if problem:
                    print(f"does not fit ({platform}, {variant.name}): {problem}", flush=True)
    app.processEvents()
    return 0


@contextlib.contextmanager
def _themed(dark: bool) -> Iterator[None]:
    """Dark mode the way the person turns it on (Settings → dark), light otherwise; the
    system's scheme afterwards, for a test's application that carries on."""
    theme.apply_theme("dark" if dark else "light")
    try:
        yield
    finally:
        theme.apply_theme("system")


def draw(scene: Scene, store: Store, data: PictureData, variant: Variant, path: Path) -> str:
    """Draw one scene to ``path``; return what did not fit on the screen ('' if all did)."""
    window = MainWindow(store)
    screen = window.screen()
    if variant.screen is None:
        window.resize(*scene.size)
    else:
        window.setGeometry(screen.availableGeometry())
    window.show()
    settle()
    shown = scene.stage(window, data)
    settle()
    try:
        image = screen_picture(screen) if variant.screen else shown.grab().toImage()
        save_png(image, path)
        return misfit(scene.name, [window, shown], screen) if variant.screen else ""
    finally:
        if shown is not window:
            shown.close()
        window.close()
        window.deleteLater()
        settle()


def screen_picture(screen: QScreen) -> QImage:
    """What the screen shows, at its pixel size."""
    if QGuiApplication.platformName() == "xcb":
        return screen.grabWindow(0).toImage()
    # Offscreen there is no screen to copy: draw each window where it is on one.
    ratio = screen.devicePixelRatio()
    area = screen.geometry()
    image = QImage(round(area.width() * ratio), round(area.height() * ratio),
                   QImage.Format.Format_RGB32)  # fmt: skip
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # Windows first, then the dialogs over them.
    for widget in sorted(shown, key=lambda w: isinstance(w, QDialog)):
        painter.drawPixmap(widget.geometry().topLeft() - area.topLeft(), widget.grab())
    painter.end()
    return image


def misfit(name: str, widgets: list[QWidget], screen: QScreen) -> str:
    """Which of ``widgets`` reach past the screen's available area, and by how much."""
    area = screen.availableGeometry()
    found = []
    for widget in dict.fromkeys(widgets):
        box = widget.frameGeometry()
        right = box.right() - area.right()
        bottom = box.bottom() - area.bottom()
        left, top = area.left() - box.left(), area.top() - box.top()
        if max(right, bottom, left, top) <= 0:
            continue
        what = "dialog" if isinstance(widget, QDialog) else "window"
        hint = widget.minimumSize().expandedTo(widget.minimumSizeHint())
        cut = ", ".join(
            f"{px} px {side}"
            for px, side in ((right, "on the right"), (bottom, "at the bottom"),
                             (left, "on the left"), (top, "at the top"))
            if px > 0
        )  # fmt: skip
        found.append(
            f"{name}: the {what} is {box.width()}×{box.height()} on a {area.width()}×"
            f"{area.height()} screen (logical pixels; it asks for at least "
            f"{hint.width()}×{hint.height()}): cut off {cut}"
        )
    return "; ".join(found)


def save_png(image: QImage, path: Path) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # A writer rather than QImage.save, whose format argument PySide6's stubs and runtime
    # disagree on (bytes or str).
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"Could not encode the picture for {path}: {writer.errorString()}")
    fileio.write_bytes(path, bytes(buffer.data().data()))
