"""The Windows, macOS and Linux packaging files agree with each other and with the app.

The frozen build itself is `./dev build` (a minute or two); these checks are what can drift
silently between builds: the app id, the version, the icons each file points at, the names
of the executables, and what the build trims away.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import fontpkg_noto_sans
import fontpkg_noto_sans_arabic
import pytest
from PIL import Image

from app import paths
from app.reports.fonts import font_files
from app.version import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


layout = _load("layout")
ISS = (ROOT / layout.WINDOWS_ISS).read_text("utf-8")
DESKTOP = PACKAGING / "linux" / f"{paths.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{paths.APP_ID}.metainfo.xml"
SPEC = (PACKAGING / "peerview.spec").read_text("utf-8")
PYPROJECT = (ROOT / "pyproject.toml").read_text("utf-8")


def _iss_define(name: str) -> str:
    match = re.search(rf'^\s*#define {name} "([^"]*)"', ISS, re.M)
    assert match, f"peerview.iss defines no {name}"
    return match.group(1)


def _iss_setup(key: str) -> str:
    match = re.search(rf"^{key}=(.*)$", ISS, re.M)
    assert match, f"peerview.iss [Setup] has no {key}"
    value = match.group(1).strip()
    return re.sub(r"\{#(\w+)\}", lambda m: _iss_define(m.group(1)), value)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_version_everywhere() -> None:
    assert layout.app_version() == __version__
    assert _iss_define("AppVersion") == __version__
    assert _iss_setup("AppVersion") == __version__
    releases = ET.parse(METAINFO).getroot().findall("./releases/release")
    assert releases and releases[0].get("version") == __version__, "newest release first"
    plist = layout.info_plist()
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert 'version = { attr = "app.version.__version__" }' in (ROOT / "pyproject.toml").read_text()


def test_one_application_id_everywhere() -> None:
    app_id = paths.APP_ID
    assert layout.app_id() == app_id
    assert _iss_setup("AppId") == app_id
    assert 'AppUserModelID: "{#AppId}"' in ISS
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == app_id
    assert meta.findtext("launchable") == f"{app_id}.desktop" == DESKTOP.name
    assert layout.info_plist()["CFBundleIdentifier"] == app_id
    assert _desktop_entry()["Icon"] == app_id
    assert Path(layout.ICON_SVG).stem == app_id


def test_desktop_entry_starts_the_linux_executable() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == layout.APP_NAME
    assert entry["Exec"].split()[0] == layout.cli_name("linux") == "peerview"
    assert entry["Terminal"] == "false"
    assert ET.parse(METAINFO).getroot().findtext("./provides/binary") == "peerview"
    # The freedesktop validators, where installed (desktop-file-utils, appstream).
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True
        )
        assert out.returncode == 0 and not out.stdout.strip(), out.stdout
    if shutil.which("appstreamcli"):
        out = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
        )
        assert out.returncode == 0, out.stdout


@pytest.mark.parametrize("size", layout.ICON_SIZES)
def test_hicolor_png_at_each_size(size: int) -> None:
    png = ROOT / layout.HICOLOR / f"{size}x{size}" / "apps" / f"{paths.APP_ID}.png"
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (size, size)
        assert image.getpixel((size // 2, size // 2))[3] == 255, "the icon is not blank"


def test_windows_and_macos_icons_are_real_and_referenced() -> None:
    iss_dir = ROOT / layout.WINDOWS_ISS
    assert (iss_dir.parent / _iss_setup("SetupIconFile")).resolve() == ROOT / layout.WINDOWS_ICON
    with Image.open(ROOT / layout.WINDOWS_ICON) as ico:
        assert ico.format == "ICO" and {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ROOT / layout.MACOS_ICON) as icns:
        assert icns.format == "ICNS" and (512, 512) in {s[:2] for s in icns.info["sizes"]}
    # The spec points at the same files through layout, and the app ships the SVG.
    assert "layout.WINDOWS_ICON" in SPEC and "layout.MACOS_ICON" in SPEC
    assert paths.resource_path("icons", f"{paths.APP_ID}.svg").is_file()


def test_inno_setup_installs_per_user_with_start_menu_and_uninstaller() -> None:
    assert _iss_setup("PrivilegesRequired") == "lowest"
    assert _iss_setup("DefaultDirName") == r"{autopf}\Peerview"
    assert not re.search(r"^Uninstallable=(no|false)", ISS, re.M | re.I)
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', ISS, re.M
    )
    # The installer packs the folder the spec builds on Windows, with its windowed exe.
    build_dir = (ROOT / layout.WINDOWS_ISS).parent / _iss_define("BuildDir").replace("\\", "/")
    assert build_dir.resolve() == ROOT / "dist" / layout.dist_name("win32")
    assert _iss_define("AppExe") == f"{layout.APP_NAME}.exe"
    assert _iss_define("AppName") == layout.APP_NAME
    assert layout.cli_name("win32") != layout.APP_NAME.lower(), "would collide on NTFS"


def test_spec_collects_what_the_app_reads_at_run_time() -> None:
    assert '(str(ROOT / "resources"), "resources")' in SPEC
    assert '"app" / "models" / "steps" / "*.sql"' in SPEC
    assert 'collect_submodules("app"' in SPEC, "the CLI imports its command modules by name"
    assert "BUNDLE(" in SPEC and "bundle_identifier=APP_ID" in SPEC
    # Each report font lands where its package's ROOT points in the frozen build.
    datas = {Path(dest) / Path(src).name for src, dest in layout.font_datas()}
    packages = (fontpkg_noto_sans, fontpkg_noto_sans_arabic)
    for font in font_files().values():
        site = next(p.ROOT.parent for p in packages if p.ROOT in font.parents)
        assert font.relative_to(site) in datas


@pytest.mark.parametrize(
    ("dest", "trimmed"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),  # PDFium draws the preview (decision 0020)
        ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
        ("pypdfium2_raw/libpdfium.so", False),
        ("PySide6/Qt/translations/qtbase_cy.qm", False),
        ("PySide6/Qt/translations/qt_pt_BR.qm", False),
        ("PySide6/Qt/translations/qt_help_de.qm", True),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("libcairo.so.2", True),
        ("libglib-2.0.so.0", False),
        ("libpython3.11.so.1.0", False),
        ("resources/translations/peerview_cy.qm", False),  # the Welsh interface
        ("resources/translations/peerview_en.qm", False),  # English plural forms
        ("resources/translations/cy/home.ts", True),  # sources, not shipped
        ("resources/translations/en/home.ts", True),
    ],
)
def test_trimming_keeps_what_peerview_uses(dest: str, trimmed: bool) -> None:
    assert layout.is_trimmed(dest) is trimmed


def test_resource_path_in_the_source_tree_and_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert paths.resource_path("frameworks").is_dir()
    assert paths.resource_path("names", "given_names.txt").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        paths.resource_path("frameworks", "x.json")
        == tmp_path / "resources" / "frameworks" / "x.json"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="the Linux tarball's install.sh is POSIX sh")
def test_linux_tarball_installs_per_user_and_uninstalls(tmp_path: Path) -> None:
    build = _load("build")
    folder = tmp_path / "peerview"
    folder.mkdir()
    (folder / "peerview").write_text('#!/bin/sh\necho frozen peerview "$@"\n')
    (folder / "peerview").chmod(0o755)
    tarball = build.linux_tarball(folder, __version__, tmp_path / "stage", tmp_path)
    assert tarball.name.startswith(f"Peerview-{__version__}-linux-")
    with tarfile.open(tarball) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (top,) = (tmp_path / "unpacked").iterdir()

    prefix = tmp_path / "home" / ".local"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "PREFIX": str(prefix)}
    subprocess.run([str(top / "install.sh")], env=env, check=True, capture_output=True)
    ran = subprocess.run(
        [str(prefix / "bin" / "peerview"), "--version"], capture_output=True, text=True
    )
    assert ran.stdout == "frozen peerview --version\n"
    desktop = prefix / "share" / "applications" / f"{paths.APP_ID}.desktop"
    assert f"Exec={prefix}/lib/peerview/peerview\n" in desktop.read_text()
    assert (prefix / "share" / "metainfo" / METAINFO.name).is_file()
    for size in layout.ICON_SIZES:
        assert (prefix / "share/icons/hicolor" / f"{size}x{size}/apps/{paths.APP_ID}.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{paths.APP_ID}.svg").is_file()

    data = tmp_path / "home" / ".local" / "share" / "Peerview"
    data.mkdir(parents=True)
    (data / "peerview.db").write_bytes(b"the school's reviews")
    subprocess.run(
        [str(top / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not (prefix / "lib" / "peerview").exists()
    assert not (prefix / "bin" / "peerview").exists() and not desktop.exists()
    assert not list((prefix / "share" / "icons").rglob(f"{paths.APP_ID}.*"))
    assert (data / "peerview.db").read_bytes() == b"the school's reviews"


@pytest.mark.parametrize(
    ("python", "pyside", "refused"),
    [
        ((3, 11), "6.12.0", True),
        ((3, 11), "6.12.1", True),
        ((3, 11), "6.11.3", False),
        ((3, 11), "6.13.0", False),
        ((3, 12), "6.12.0", False),  # None is immortal from 3.12: the slip is harmless
        ((3, 13), "6.12.0", False),
    ],
)
def test_a_build_never_freezes_the_bindings_that_abort_python_3_11(
    python: tuple[int, int], pyside: str, refused: bool
) -> None:
    problem = layout.binding_problem(python, pyside)
    assert (problem is not None) is refused
    if problem:
        assert "none_dealloc" in problem and 'pip install -e ".[build]"' in problem


def test_the_pinned_dependencies_exclude_the_aborting_bindings() -> None:
    """What pip resolves on each Python: no 6.12 below 3.12, and the preview's PDFium."""
    from packaging.requirements import Requirement

    wanted = [Requirement(r) for r in tomllib.loads(PYPROJECT)["project"]["dependencies"]]
    for python in ("3.11", "3.12", "3.13"):
        env = {"python_version": python}
        pyside = [r for r in wanted if r.name == "pyside6-essentials" and r.marker.evaluate(env)]
        assert len(pyside) == 1, python
        assert ("6.12.0" in pyside[0].specifier) is (python != "3.11")
        assert "6.11.3" in pyside[0].specifier
    assert not any(r.name in {"pyside6-pdf", "pyside6-addons", "pyside6"} for r in wanted)
    assert any(r.name == "pypdfium2" for r in wanted)


def test_the_installed_bindings_are_not_the_aborting_ones() -> None:
    from importlib.metadata import version

    assert layout.binding_problem(sys.version_info[:2], version("PySide6-Essentials")) is None
