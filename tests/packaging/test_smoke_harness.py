"""The frozen-app smoke test fails loudly, and never lets the developer's session leak in.

The real run is `./dev build`; here a stand-in executable plays the frozen app badly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.packaging.test_packaging_files import _load

smoke = _load("smoke")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="stand-ins are sh scripts")


def _stand_in(tmp_path: Path, body: str) -> Path:
    exe = tmp_path / "peerview"
    exe.write_text("#!/bin/sh\n" + body)
    exe.chmod(0o755)
    return exe


def test_a_missing_executable_fails(tmp_path: Path) -> None:
    with pytest.raises(smoke.SmokeFailure, match="No executable"):
        smoke.run(tmp_path / "nothing", "0.1.0")


def test_a_wrong_version_fails(tmp_path: Path) -> None:
    exe = _stand_in(tmp_path, 'echo "peerview 9.9.9"\n')
    with pytest.raises(smoke.SmokeFailure, match=r"printed 'peerview 9\.9\.9'"):
        smoke.run(exe, "0.1.0")


def test_a_crash_fails_with_the_command_and_its_output(tmp_path: Path) -> None:
    exe = _stand_in(
        tmp_path,
        'if [ "$1" = --version ]; then echo "peerview 0.1.0"; exit 0; fi\n'
        'echo "Traceback (most recent call last):" >&2\n'
        'echo "ModuleNotFoundError: No module named app.commands.sync" >&2\n'
        "exit 1\n",
    )
    with pytest.raises(smoke.SmokeFailure) as failure:
        smoke.run(exe, "0.1.0")
    message = str(failure.value)
    # The first command after the version is the identity (the demo comes after it).
    assert f"{exe} identity create" in message and "exited 1" in message
    assert "No module named app.commands.sync" in message


def test_a_traceback_fails_even_with_exit_code_zero(tmp_path: Path) -> None:
    exe = _stand_in(
        tmp_path,
        'echo "peerview 0.1.0"; echo "Traceback (most recent call last):" >&2; exit 0\n',
    )
    with pytest.raises(smoke.SmokeFailure, match="Traceback"):
        smoke.run(exe, "0.1.0")


def test_the_frozen_app_runs_sealed_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "DISPLAY": ":0",
        "PEERVIEW_DATA_DIR": str(tmp_path / "real-reviews"),
        "PYTHONPATH": "/somewhere",
        "QT_QPA_PLATFORM": "xcb",
    }.items():
        monkeypatch.setenv(name, value)
    seen = tmp_path / "env.txt"
    exe = _stand_in(
        tmp_path,
        f'env > "{seen}"; [ "$1" = --version ] && echo "peerview 0.1.0" && exit 0; exit 3\n',
    )
    with pytest.raises(smoke.SmokeFailure, match="identity create"):
        smoke.run(exe, "0.1.0")
    env = dict(line.split("=", 1) for line in seen.read_text().splitlines() if "=" in line)
    assert "DISPLAY" not in env and "PYTHONPATH" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    assert env["PEERVIEW_DATA_DIR"].startswith(env["HOME"].rsplit("/", 1)[0])
    assert str(tmp_path) not in env["HOME"], "a fresh temporary home, not the test's"
    assert not (tmp_path / "real-reviews").exists()


def _window_job(tmp_path: Path, welsh: bool) -> tuple[Path, Any]:
    """A stand-in whose headless window job draws "English" or, when it has Welsh and is
    asked for it, "Cymraeg"."""
    picture = 'printf "%s" "${PEERVIEW_LANGUAGE:-en}" > "$PEERVIEW_DATA_DIR/main-window.png"'
    if not welsh:
        picture = 'printf en > "$PEERVIEW_DATA_DIR/main-window.png"'
    exe = _stand_in(tmp_path, f'mkdir -p "$PEERVIEW_DATA_DIR"\n{picture}\n')
    if welsh:
        (tmp_path / "_internal" / "resources" / "translations").mkdir(parents=True)
        (tmp_path / "_internal" / "resources" / "translations" / "peerview_cy.qm").write_bytes(b"")
    app = smoke.Frozen(exe, tmp_path / "work")
    app.run()
    return exe, app


def test_the_welsh_window_is_checked(tmp_path: Path) -> None:
    exe, app = _window_job(tmp_path, welsh=True)
    smoke._check_welsh(app, exe, b"en")
    assert (app.data / "main-window-cy.png").read_bytes() == b"cy"
    assert (app.data / "main-window.png").read_bytes() == b"en"  # the English one is kept
    assert "PEERVIEW_LANGUAGE" not in app.env


def test_a_build_without_welsh_fails(tmp_path: Path) -> None:
    exe, app = _window_job(tmp_path, welsh=False)
    with pytest.raises(smoke.SmokeFailure, match="No Welsh translation"):
        smoke._check_welsh(app, exe, b"en")
    (tmp_path / "peerview_cy.qm").write_bytes(b"")  # shipped, but the window ignores it
    with pytest.raises(smoke.SmokeFailure, match="looks the same"):
        smoke._check_welsh(app, exe, b"en")
