"""Names and paths shared by the PyInstaller spec, the build script and the packaging tests.

One place for what the Windows, macOS and Linux packages must agree on. The version and the
application id are read from app/version.py and app/paths.py, so they have one source each.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

APP_NAME = "Peerview"
WINDOWS_ICON = "packaging/windows/peerview.ico"
WINDOWS_ISS = "packaging/windows/peerview.iss"
MACOS_ICON = "packaging/macos/peerview.icns"
ICON_SVG = "resources/icons/org.peerview.Peerview.svg"
HICOLOR = "packaging/icons/hicolor"
LINUX_DIR = "packaging/linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Python modules the app never imports that would otherwise come along (dev tools in the
# venv, Qt modules that pull in QML/Quick/OpenGL libraries through PyInstaller's hooks).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "PyInstaller",
    "setuptools",
    "pip",
    "IPython",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtSvgWidgets",
    # The report preview draws its pages with PDFium (pypdfium2), not QtPdf (decision 0020);
    # a QtPdf left in an older venv must not come along.
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    # Pillow comes with ReportLab; reports draw no AVIF/WebP images, no colour profiles, no Tk.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL._imagingcms",
    "PIL.ImageCms",
    # lxml comes with python-docx (the Word copy), which, like pyHanko's XMP metadata, uses
    # only lxml.etree; PyInstaller's hook would take every part (objectify alone is 2.8 MB).
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.ElementInclude",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
]

# Destination paths (inside the one-folder build) to leave out. Qt's translations: Qt's own
# dialogs need just the qtbase and qt_XX catalogues
# (not qt_help_, Designer's, QML's...). The GTK3 platform theme plugin links GTK, Cairo and
# Pango: bundling those beside a desktop's own GTK breaks, and without the plugin Qt uses the
# XDG desktop portal or its own dialogs, so it is left out.
_TRIM_PATTERNS = [
    re.compile(r"PySide6[/\\]Qt[/\\]translations[/\\](?!qtbase_|qt_[a-z]{2,3}(_[A-Z]{2})?\.qm$)"),
    re.compile(r"PySide6[/\\]Qt[/\\]plugins[/\\]platformthemes[/\\]libqgtk3"),
    # Peerview's own translations ship as the built .qm files, not their .ts sources.
    re.compile(r"^resources[/\\]translations[/\\][a-z]{2,3}[/\\]"),
    re.compile(
        r"(^|[/\\])libQt6(Qml|Quick|Designer|Help|Test|Sql|VirtualKeyboard|Multimedia|3D|WebEngine|Pdf)"
    ),
    re.compile(r"PySide6[/\\]Qt[/\\]qml[/\\]"),
    # Linux: the libraries only the GTK3 theme plugin linked (nothing else in the build does).
    re.compile(
        r"^lib(atk-1\.0|cairo|cairo-gobject|gdk_pixbuf-2\.0|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0"
        r"|pixman-1|harfbuzz|graphite2|fribidi|thai|datrie|gio-2\.0|gmodule-2\.0|gobject-2\.0"
        r"|mount|blkid|selinux|jpeg|Xext|Xrender|bsd|md)\.so"
    ),
    # Platform plugins for kiosks and embedded boards (EGLFS, framebuffer, VNC, Vulkan
    # display) and their input plugins: a laptop uses xcb or Wayland (offscreen for tests).
    re.compile(r"PySide6[/\\]Qt[/\\]plugins[/\\](egldeviceintegrations|generic)[/\\]"),
    re.compile(
        r"PySide6[/\\]Qt[/\\]plugins[/\\]platforms[/\\]lib(qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc)\.so"
    ),
    re.compile(r"(^|[/\\])libQt6(EglFSDeviceIntegration|EglFsKmsSupport)"),
    re.compile(
        r"PySide6[/\\]Qt[/\\]plugins[/\\](qmltooling|sqldrivers|designer|virtualkeyboard|networkinformation)[/\\]"
    ),
]


def is_trimmed(dest: str) -> bool:
    """Whether a file bound for this destination in the build is one we leave out."""
    return any(p.search(dest) for p in _TRIM_PATTERNS)


def app_version() -> str:
    """app/version.py's ``__version__``, read as text so nothing needs importing."""
    text = (ROOT / "app" / "version.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit('app/version.py has no __version__ = "..." line')
    return match.group(1)


def app_id() -> str:
    """app/paths.py's ``APP_ID`` (the reverse-DNS id every package uses)."""
    text = (ROOT / "app" / "paths.py").read_text("utf-8")
    match = re.search(r'^APP_ID\s*=\s*"([^"]+)"', text, re.M)
    if not match:
        raise SystemExit('app/paths.py has no APP_ID = "..." line')
    return match.group(1)


def cli_name(platform: str) -> str:
    """The console executable's name: ``peerview`` on Linux; ``peerview-cli`` beside the
    windowed ``Peerview`` on Windows and macOS, whose file systems ignore case."""
    return "peerview" if platform.startswith("linux") else "peerview-cli"


def dist_name(platform: str) -> str:
    return "peerview" if platform.startswith("linux") else APP_NAME


def translation_qm(lang: str) -> Path:
    """Where tools.translations release writes a language's .qm (shipped in resources/)."""
    return ROOT / "resources" / "translations" / f"peerview_{lang}.qm"


def font_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for the report fonts and their licences, placed
    where their packages' ``ROOT`` points in the frozen build too."""
    from app.reports.fonts import font_files

    datas: list[tuple[str, str]] = []
    for name in ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic"):
        package_root = Path(importlib.import_module(name).ROOT)
        base = package_root.parent
        wanted = [p for p in font_files().values() if package_root in p.parents]
        wanted.append(package_root / "LICENSE")
        for path in wanted:
            if not path.is_file():
                raise SystemExit(f"Report font file missing: {path}")
            datas.append((str(path), str(path.parent.relative_to(base))))
    return datas


def info_plist() -> dict[str, object]:
    """The macOS bundle's Info.plist values beyond what BUNDLE sets from its arguments."""
    version = app_version()
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": app_id(),
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Peerview contributors, GPL-3.0-or-later",
    }


# PySide6 6.12 drops a reference to None on every call through a Python override of a void
# virtual; Python 3.11 aborts once None's count reaches zero (decision 0020). From Python
# 3.12 None is immortal and the slip does no harm.
BROKEN_BINDINGS = "6.12"


def binding_problem(python: tuple[int, int], pyside: str) -> str | None:
    """Why a build with this Python and PySide6 version must not ship, or None."""
    if python < (3, 12) and (pyside == BROKEN_BINDINGS or pyside.startswith(BROKEN_BINDINGS + ".")):
        return (
            f"PySide6 {pyside} on Python {python[0]}.{python[1]} aborts the app after about "
            "20,000 keystrokes (none_dealloc, decision 0020). Reinstall the dependencies "
            '(pip install -e ".[build]") to get the pinned PySide6, or build with Python 3.12+.'
        )
    return None


def pdfium_libraries(folder: Path) -> list[Path]:
    """The PDFium library the report preview loads, wherever PyInstaller put it."""
    names = ("libpdfium.so", "pdfium.dll", "libpdfium.dylib")
    return [p for p in folder.rglob("*") if p.name in names and p.parent.name == "pypdfium2_raw"]
