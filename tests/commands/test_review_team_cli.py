"""``peerview review create`` and ``review team add|remove``: a review led from the
command line, its team built from trusted cards (roles with hyphens or underscores),
and what the rules refuse said plainly with a non-zero exit and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.identity_helpers import cheap_kdf, dump_database  # noqa: F401


def _cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _ok(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    code, out, err = _cli(capsys, folder, *args)
    assert code == 0, err
    return out


def test_a_lead_creates_a_review_and_builds_its_team_by_fingerprint(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cheap_kdf: None,  # noqa: F811
) -> None:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse battery")
    lead, r1 = tmp_path / "lead", tmp_path / "r1"
    prints = {}
    for folder, name in ((lead, "Siân Pritchard"), (r1, "Łukasz Nowak")):
        _ok(capsys, folder, "identity", "create", "--name", name, "--role", "reviewer")
        _ok(capsys, folder, "identity", "export", str(tmp_path / f"{folder.name}.card"))
        shown = _ok(capsys, folder, "identity", "show")
        prints[folder.name] = shown.split("Fingerprint: ")[1].splitlines()[0].strip()
    _ok(capsys, lead, "trust", str(tmp_path / "r1.card"), "--fingerprint", prints["r1"])
    made = _ok(
        capsys,
        lead,
        "review",
        "create",
        "--school",
        "Ysgol y Bont",
        "--start",
        "2026-03-02",
        "--end",
        "2026-03-03",
        "--focus",
        "Early reading",
        "--json",
    )
    review = json.loads(made)["id"]
    shown = json.loads(_ok(capsys, lead, "review", "show", review, "--json"))
    assert shown["focus"] == "Early reading" and shown["host_school"] == "Ysgol y Bont"
    out = _ok(
        capsys,
        lead,
        "review",
        "team",
        "add",
        review[-8:],
        "--fingerprint",
        prints["r1"],
        "--role",
        "lead-reviewer",
    )
    assert "Łukasz Nowak is on the team as lead reviewer." in out
    # The same person again in another role is still one person.
    _ok(
        capsys,
        lead,
        "review",
        "team",
        "add",
        review,
        "--fingerprint",
        prints["r1"],
        "--role",
        "dsl",
    )
    team = json.loads(_ok(capsys, lead, "review", "show", review, "--json"))["team"]
    assert {(t["name"], t["role"]) for t in team} == {
        ("Łukasz Nowak", "lead_reviewer"),
        ("Łukasz Nowak", "dsl"),
    }
    assert len({t["person_id"] for t in team}) == 1
    before = dump_database(lead)
    code, out, err = _cli(
        capsys,
        lead,
        "review",
        "team",
        "add",
        review,
        "--fingerprint",
        prints["r1"],
        "--role",
        "captain",
    )
    assert code != 0 and "Unknown team role 'captain'" in out + err
    assert "lead-reviewer" in out + err and "Traceback" not in out + err
    code, out, err = _cli(
        capsys,
        lead,
        "review",
        "team",
        "add",
        review,
        "--fingerprint",
        "1234 5678",
        "--role",
        "reviewer",
    )
    assert code != 0 and "Nobody trusted here has the fingerprint" in out + err
    assert dump_database(lead) == before
    out = _ok(
        capsys,
        lead,
        "review",
        "team",
        "remove",
        review,
        "--fingerprint",
        prints["r1"],
        "--revoke",
    )
    assert "their later entries will be refused" in out
    team = json.loads(_ok(capsys, lead, "review", "show", review, "--json"))["team"]
    assert team == []
    code, out, err = _cli(capsys, lead, "sync", "refused")
    assert code == 0 and "Nothing was refused." in out + err
