"""``peerview note add --source/--with``: sources of evidence on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import demo, evidence, sources
from app.services.store import Store
from tests.commands.test_report_cli import run


@pytest.fixture
def review(data_dir: Path) -> str:
    with Store.open(data_dir) as store:
        return demo.create_demo(store)[-8:]


def _saved(data_dir: Path, out: str) -> tuple[str, ...]:
    note_id = out.split()[-1]
    with Store.open(data_dir) as store:
        n = evidence.get_note(store, note_id).note
    return sources.of_note(n.activity_kind, n.meeting_with, n.sources)


def test_sources_follow_the_activity_or_are_given(
    capsys: pytest.CaptureFixture[str], review: str, data_dir: Path
) -> None:
    code, out, err = run(
        capsys, "note", "add", "--review", review, "--activity", "meeting", "--with",
        "governors", "Governors described the reading review they led.",
    )  # fmt: skip
    assert code == 0, err
    assert "Sources of evidence: Governors" in out
    assert _saved(data_dir, out) == ("governors",)

    code, out, err = run(
        capsys, "note", "add", "--review", review, "--activity", "meeting", "--source",
        "leaders", "--source", "documents", "The English lead showed the phonics tracker.",
    )  # fmt: skip
    assert code == 0, err
    assert _saved(data_dir, out) == ("leaders", "documents")


def test_a_working_note_says_so_and_sources_on_it_are_refused(
    capsys: pytest.CaptureFixture[str], review: str, data_dir: Path
) -> None:
    code, out, err = run(
        capsys, "note", "add", "--review", review, "--activity", "team_catch_up",
        "Agreed to look at Year 4 books after lunch.",
    )  # fmt: skip
    assert code == 0 and "never counts as evidence" in out
    with Store.open(data_dir) as store:
        before = len(evidence.list_notes(store, store_review(store, review)))
    code, out, err = run(
        capsys, "note", "add", "--review", review, "--activity", "team_meeting", "--source",
        "leaders", "We think leaders know the school well.",
    )  # fmt: skip
    assert code == 1 and "working note" in err and "Traceback" not in err
    with Store.open(data_dir) as store:
        assert len(evidence.list_notes(store, store_review(store, review))) == before


def store_review(store: Store, ref: str) -> str:
    from app.services import reviews

    return reviews.resolve_review(store, ref)
