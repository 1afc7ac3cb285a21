"""Build the installable Peerview for the platform this runs on.

    python packaging/build.py [--no-smoke]       (or ./dev build)

- every platform: the interface's translations built (tools.translations release), then a
  PyInstaller one-folder build from packaging/peerview.spec into dist/;
- Linux: a per-user tarball dist/Peerview-VERSION-linux-ARCH.tar.gz with the .desktop file,
  AppStream metainfo, icons and install.sh, then the smoke test of the frozen app
  (packaging/smoke.py) and a check that the folder stays under 200 MB;
- Windows: runs Inno Setup's ``iscc`` on packaging/windows/peerview.iss when it is on PATH;
- macOS: dist/Peerview.app (sign and notarise it as packaging/README.md says).

Prints the unpacked size and start-up times; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import layout  # noqa: E402
import smoke  # noqa: E402

ROOT = layout.ROOT
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SIZE_LIMIT_MB = 200


def ensure_pyinstaller() -> None:
    """PyInstaller is the ``build`` extra: install it into this Python when missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print("Installing PyInstaller (the 'build' extra) ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[build]"], check=True
    )


def check_tools() -> None:
    """Linux builds strip debug symbols (the spec says why), which needs binutils' strip."""
    if sys.platform.startswith("linux") and shutil.which("strip") is None:
        raise SystemExit(
            "The Linux build needs `strip` (Debian/Ubuntu: apt-get install binutils); "
            "./dev build installs it when run as root."
        )


def check_bindings() -> None:
    """Never freeze the PySide6 that aborts Python 3.11 (decision 0020)."""
    from importlib.metadata import version

    problem = layout.binding_problem(sys.version_info[:2], version("PySide6-Essentials"))
    if problem:
        raise SystemExit(problem)


def release_translations() -> None:
    """The interface's .qm files from their .ts sources, which the spec ships in resources/."""
    subprocess.run([sys.executable, "-m", "tools.translations", "release"], cwd=ROOT, check=True)
    missing = [lang for lang in ("cy", "en") if not layout.translation_qm(lang).is_file()]
    if missing:
        raise SystemExit(f"tools.translations release made no .qm for {', '.join(missing)}")


def pyinstaller() -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(HERE / "peerview.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linux_tarball(folder: Path, version: str, work: Path, out_dir: Path) -> Path:
    """The one-folder build plus what a desktop needs to list it, under one app id."""
    app_id = layout.app_id()
    name = f"{layout.APP_NAME}-{version}-linux-{platform.machine()}"
    stage = work / name
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / "peerview", symlinks=True)
    share = stage / "share"
    linux = ROOT / layout.LINUX_DIR
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(linux / f"{app_id}.metainfo.xml", share / "metainfo")
    shutil.copytree(ROOT / layout.HICOLOR, share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / layout.ICON_SVG, scalable / f"{app_id}.svg")
    shutil.copy2(linux / "install.sh", stage / "install.sh")
    (stage / "install.sh").chmod(0o755)
    out = out_dir / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(stage, arcname=name)
    return out


def windows_installer(version: str) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup's iscc is not on PATH: install Inno Setup 6, then run")
        print(f"  iscc /DAppVersion={version} {layout.WINDOWS_ISS}")
        return
    subprocess.run([iscc, f"/DAppVersion={version}", str(ROOT / layout.WINDOWS_ISS)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test (Linux)")
    args = parser.parse_args(argv)
    version = layout.app_version()
    check_tools()
    check_bindings()
    ensure_pyinstaller()
    print(f"Building Peerview {version} for {sys.platform} ...", flush=True)
    release_translations()
    build_s = pyinstaller()
    folder = DIST / layout.dist_name(sys.platform)
    size_mb = folder_size(folder) / 1e6
    print(f"One-folder build: {folder} ({size_mb:.1f} MB unpacked, built in {build_s:.0f} s)")
    if not layout.pdfium_libraries(folder):
        print("FAILED: PDFium (the report preview's library) is not in the build", file=sys.stderr)
        return 1

    if sys.platform == "win32":
        windows_installer(version)
        return 0
    if sys.platform == "darwin":
        print(f"App bundle: {DIST / (layout.APP_NAME + '.app')}")
        return 0

    tarball = linux_tarball(folder, version, ROOT / "build" / "tarball", DIST)
    tarball_mb = tarball.stat().st_size / 1e6
    print(f"Tarball: {tarball} ({tarball_mb:.1f} MB)")
    record: dict[str, object] = {
        "version": version,
        "platform": f"{sys.platform}-{platform.machine()}",
        "unpacked_mb": round(size_mb, 1),
        "tarball_mb": round(tarball_mb, 1),
        "build_s": round(build_s, 1),
    }
    failed = False
    if size_mb > SIZE_LIMIT_MB:
        print(f"FAILED: the build is {size_mb:.1f} MB, over {SIZE_LIMIT_MB} MB", file=sys.stderr)
        failed = True
    if not args.no_smoke:
        exe = folder / layout.cli_name(sys.platform)
        print(f"Smoke test of {exe} (offscreen, temporary data folder) ...", flush=True)
        started = time.perf_counter()
        try:
            result = smoke.run(exe, version, keep=ROOT / "build" / "smoke")
        except smoke.SmokeFailure as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
        first, *rest = result.start_version_s
        print(
            f"Smoke test passed in {time.perf_counter() - started:.0f} s: demo review, identity, "
            f"sign-off ({', '.join(result.steps) or 'already done'}), signed report "
            f"({result.report_bytes / 1e3:.0f} kB) verified, tampered copy refused, Word copy "
            f"written, encrypted bundle ({result.bundle_entries} entries) imported on a second "
            f"laptop, window saved to build/smoke/main-window.png"
        )
        print(
            f"Start-up: `peerview --version` {first:.2f} s first, {min(rest):.2f} s warm; "
            f"headless window job {result.start_gui_job_s:.2f} s "
            "(includes its 0.5 s on screen before the picture)"
        )
        record.update(
            start_version_first_s=round(first, 2),
            start_version_warm_s=round(min(rest), 2),
            start_gui_job_s=round(result.start_gui_job_s, 2),
        )
    # Kept beside the artefacts, so a release can be compared with the last one.
    (DIST / "build-measurements.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"Size: {size_mb:.1f} MB unpacked (limit {SIZE_LIMIT_MB} MB)")
    return 1 if failed else 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
