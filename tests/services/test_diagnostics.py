"""Diagnostics for a support request: useful facts, and never what people wrote or who they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.models.schema import SCHEMA_VERSION
from app.services import diagnostics, evidence, reviews, safeguarding
from app.services.store import Store
from tests.identity_helpers import make_identity
from tests.ui.helpers import make_review

# Distinctive strings that would only appear if personal content leaked into the text.
SECRETS = {
    "person": "Zephyrine Quillfeather",
    "school": "Brackenwhistle Academy",
    "host": "Ysgol Gwyddfidwyllt",
    "title": "Marmalade-owl review",
    "note": "Flibbertigibbet pupils redrafted",
    "urdu": "ہاشمیزادہ",
    "concern": "Snickersnee safeguarding detail",
}


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The data folder's own path carries a name too: it must not show either.
    folder = tmp_path / "Zephyrine Quillfeather's data"
    monkeypatch.setenv("PEERVIEW_DATA_DIR", str(folder))
    with Store.open(folder) as store:
        make_identity(store, SECRETS["person"], school=SECRETS["school"], role="lead_reviewer")
        review_id = make_review(store, SECRETS["host"], SECRETS["title"])
        for text in (SECRETS["note"], SECRETS["urdu"]):
            evidence.add_note(
                store, review_id, text, activity_kind="book_look", strand_codes=["C2"]
            )
        with store.write() as tx:
            reviews.create_person(tx, "Obadiah Thistlewaite", None, "reviewer")
        safeguarding.record_concern(
            store, review_id, SECRETS["concern"], passed_to="Philippa Gravenstein-Dsl"
        )
    return folder


def assert_no_secrets(text: str, folder: Path) -> None:
    lowered = text.lower()
    for what, secret in SECRETS.items():
        assert secret.lower() not in lowered, what
    for part in (
        "gravenstein",
        "zephyrine",
        "quillfeather",
        "obadiah",
        "thistlewaite",
        "brackenwhistle",
    ):
        assert part not in lowered
    assert str(folder) not in text


def test_diagnostics_give_versions_counts_and_keyring_but_no_content(seeded: Path) -> None:
    with Store.open(seeded) as store:
        found = diagnostics.collect(store, extra=[("Qt", "6.x")])
    text = found.as_text()
    facts = found.as_dict()
    assert_no_secrets(text, seeded)
    assert facts["Reviews"] == "1"
    assert facts["Evidence notes"] == "2"
    assert facts["Schema version"].startswith(f"{SCHEMA_VERSION} ")
    assert facts["Qt"] == "6.x"
    assert "MemoryKeyring" in facts["Keyring backend"]
    assert facts["Bundled fonts"] == (
        "PeerviewSans (ok), PeerviewArabic (ok), PeerviewSans-Italic (ok), "
        "PeerviewSans-Bold (ok), PeerviewArabic-Bold (ok)"
    )
    assert facts["Data folder"].startswith("custom")
    assert facts["Data folder size"].endswith(("KB", "MB"))


def test_cli_diagnostics_json_and_text_leak_nothing(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diagnostics", "--json"]) == 0
    out = capsys.readouterr().out
    assert_no_secrets(out, seeded)
    assert json.loads(out)["Evidence notes"] == "2"
    assert main(["diagnostics"]) == 0
    out = capsys.readouterr().out
    assert_no_secrets(out, seeded)
    assert out.startswith("Peerview diagnostics\n")


def test_cli_diagnostics_runs_while_the_window_holds_the_folder(
    seeded: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(seeded):
        assert main(["diagnostics"]) == 0
    assert "Opened read-only:" in capsys.readouterr().out


def test_human_size() -> None:
    assert diagnostics.human_size(512) == "512 B"
    assert diagnostics.human_size(2048) == "2.0 KB"
    assert diagnostics.human_size(5 * 1024**3) == "5.0 GB"
