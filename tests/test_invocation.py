"""Hints name a command the person can run: ``./dev run demo`` in a checkout, ``peerview
demo`` when installed, the frozen binary by its path; and ``./dev run`` works in the folder
it is called from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import invocation
from app.cli import main
from tests import raw_db

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def not_from_dev(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(invocation.ENV_COMMAND, raising=False)


def test_dev_says_how_it_was_started(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(invocation.ENV_COMMAND, "./dev run")
    assert invocation.launcher() == "./dev run"
    assert invocation.command("demo") == "./dev run demo"


def test_an_installed_command_on_path_is_named_bare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "bin" / "peerview"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(script.parent))
    assert invocation.launcher(str(script)) == "peerview"
    # The GUI twin's hints are the console command's.
    assert invocation.launcher(str(script.with_name("peerview-gui"))) == "peerview"


def test_a_command_off_path_is_named_by_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "venv" / "bin" / "peerview"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.chdir(tmp_path)
    assert invocation.launcher(str(script)) == "venv/bin/peerview"
    monkeypatch.chdir(tmp_path / "venv" / "bin")
    assert invocation.launcher("peerview") == "./peerview"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert invocation.launcher(str(script)) == str(script)


def test_a_frozen_build_is_named_by_the_path_it_was_started_by(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.chdir(tmp_path)
    binary = tmp_path / "dist" / "peerview" / "peerview"
    assert invocation.launcher(str(binary), frozen=True) == "dist/peerview/peerview"


def test_python_m_app_is_named_with_its_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.chdir("/")
    main_module = str(ROOT / "app" / "__main__.py")
    assert invocation.launcher(main_module) == f"{Path(sys.executable).absolute()} -m app"


def test_anything_else_gets_the_documented_command() -> None:
    assert invocation.launcher(str(ROOT / "tools" / "screenshots.py")) == "peerview"
    assert invocation.launcher("") == "peerview"


def test_runnable_rewrites_commands_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(invocation.ENV_COMMAND, "./dev run")
    message = (
        "No review matches 'x'. See: peerview review list. Peerview keeps "
        "card.peerview-card.json in org.peerview.Peerview; `peerview --help`; "
        "(peerview trust FILE)"
    )
    assert invocation.runnable(message) == (
        "No review matches 'x'. See: ./dev run review list. Peerview keeps "
        "card.peerview-card.json in org.peerview.Peerview; `./dev run --help`; "
        "(./dev run trust FILE)"
    )
    monkeypatch.delenv(invocation.ENV_COMMAND)
    assert invocation.runnable(message) == message


def test_cli_errors_and_hints_name_the_command_that_works_here(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(invocation.ENV_COMMAND, "./dev run")
    assert main(["review", "list"]) == 1  # no data yet: the hint says how to make some
    assert "run: ./dev run demo" in capsys.readouterr().err
    assert main(["demo"]) == 0
    assert "Try: ./dev run review show " in capsys.readouterr().out
    assert main(["review", "show", "zzzz"]) == 1
    err = capsys.readouterr().err
    assert "See: ./dev run review list" in err
    assert "peerview review" not in err


@pytest.mark.slow  # runs ./dev
def test_dev_run_works_in_the_callers_folder_and_names_itself(
    tmp_path: Path, data_dir: Path
) -> None:
    caller = tmp_path / "caller"
    caller.mkdir()
    dev = os.path.relpath(ROOT / "dev", caller)
    env = raw_db.child_env(PEERVIEW_DATA_DIR=str(data_dir))
    env.pop(invocation.ENV_COMMAND, None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [dev, "run", *args], cwd=caller, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done

    assert f"Try: {dev} run review show " in run("demo").stdout
    version = run("framework", "list", "--json").stdout.split('"version_id": "')[1][:8]
    run("framework", "export", version, "framework.json")
    # A relative output path is the caller's, not the repository's.
    assert (caller / "framework.json").is_file()
    assert not (ROOT / "framework.json").exists()
