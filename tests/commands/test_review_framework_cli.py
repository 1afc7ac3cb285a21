"""``peerview review create --framework``: a shipped framework chosen by part of its name,
listed once it is imported, and a name that matches nothing refused with exit 1 and no
review made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import builtin_frameworks
from tests.identity_helpers import cheap_kdf  # noqa: F401


def _cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _create(
    capsys: pytest.CaptureFixture[str], folder: Path, framework: str
) -> tuple[int, str, str]:
    return _cli(
        capsys, folder, "review", "create", "--school", "Ysgol y Bont",
        "--start", "2026-03-02", "--end", "2026-03-03", "--framework", framework,
    )  # fmt: skip


def _listed(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, dict[str, object]]:
    code, out, err = _cli(capsys, folder, "framework", "list", "--json")
    assert code == 0, err
    return {f["name"]: f for f in json.loads(out)}


def test_a_review_on_the_welsh_framework_by_name(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cheap_kdf: None,  # noqa: F811
) -> None:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse battery")
    folder = tmp_path / "data"
    code, _, err = _create(capsys, folder, "Wales")
    assert code == 0, err
    listed = _listed(capsys, folder)
    welsh = next(f for name, f in listed.items() if "Cymru" in name)
    assert welsh["reviews"] == 1 and welsh["areas"] == 3
    assert sum(int(str(f["reviews"])) for f in listed.values()) == 1
    shipped = {
        builtin_frameworks.shipped_content(p).name for p in builtin_frameworks.shipped_files()
    }
    assert set(listed) == shipped, "every shipped framework is there to choose from"

    code, _, err = _create(capsys, folder, "nursery")
    assert code == 1
    assert "No framework name contains 'nursery'" in err and "framework list" in err
    code, out, _ = _cli(capsys, folder, "review", "list", "--json")
    assert len(json.loads(out)) == 1

    # On a new data folder, a name that matches nothing imports nothing either.
    fresh = tmp_path / "fresh"
    code, _, err = _create(capsys, fresh, "nursery")
    assert code == 1 and "nursery" in err
    assert _listed(capsys, fresh) == {}
