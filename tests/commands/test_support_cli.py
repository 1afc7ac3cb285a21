"""Brokered support from the command line: offered, moved on in words, listed; a school
that may not offer, a state that is no state, a bad date: each named with its fix, exit
1, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import actions
from app.services.store import Store
from tests.commands.test_partnership_cli import refused, run
from tests.commands.test_partnership_timings_cli import _review_in_partnership


@pytest.fixture
def action(data_dir: Path) -> tuple[str, str]:
    """(review, action) in the two-school partnership; Fengate Academy is the partner."""
    review = _review_in_partnership(data_dir)
    with Store.open(data_dir) as store:
        action_id, _ = actions.add_action(store, review, "Phonics catch-up groups in Year 2")
    return review, action_id


def test_an_offer_is_recorded_moved_on_and_listed(
    capsys: pytest.CaptureFixture[str], data_dir: Path, action: tuple[str, str]
) -> None:
    review, action_id = action
    code, out, _ = run(capsys, "action", "support", "list", "--review", review)
    assert code == 0 and "No partner school offers support yet" in out + capsys.readouterr().err
    code, out, err = run(
        capsys, "action", "support", "offer", action_id[-8:], "--school", "fengate",
        "--text", "Phonics lead visits twice", "--contact", "Jo Patel", "--on", "2026-04-20",
    )  # fmt: skip
    assert code == 0, err
    assert "Fengate Academy offers support towards 'Phonics catch-up groups in Year 2'" in out
    offer_id = out.strip().rsplit("(", 1)[1].rstrip(").")
    code, out, _ = run(
        capsys, "action", "support", "set", offer_id[-6:], "under way",
        "--note", "First visit on 4 May", "--on", "2026-05-04",
    )  # fmt: skip
    assert (code, out) == (0, "The offer is now: Under way.\n")
    code, out, _ = run(capsys, "action", "support", "list", "--review", review)
    assert out.splitlines() == [
        "Phonics catch-up groups in Year 2",
        f"  {offer_id}  Fengate Academy: Under way since 4 May 2026",
        "      offers: Phonics lead visits twice",
        "      contact: Jo Patel",
        "      latest: First visit on 4 May",
    ]
    code, out, _ = run(capsys, "action", "support", "list", "--review", review, "--json")
    (listed,) = json.loads(out)
    assert (listed["school"], listed["state"], listed["state_label"], listed["state_on"]) == (
        "Fengate Academy", "under_way", "Under way", "2026-05-04",
    )  # fmt: skip
    assert run(capsys, "action", "support", "withdraw", offer_id)[0] == 0
    code, out, _ = run(capsys, "action", "support", "list", "--review", review, "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--school", "Orton"), "Orton Primary is the host school"),
        (("--school", "St Elsewhere"), "No member school is called 'St Elsewhere'"),
        (("--school", "Fengate", "--on", "2026-02-30"), "'2026-02-30' is not a date"),
        (("--school", "Fengate", "--text", "a\u202eb"), "direction-override characters"),
    ],
)
def test_bad_offers_are_refused_with_nothing_written(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    action: tuple[str, str],
    argv: tuple[str, ...],
    said: str,
) -> None:
    _, action_id = action
    err = refused(capsys, data_dir, "action", "support", "offer", action_id, *argv)
    assert said in err


def test_a_state_that_is_no_state_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, action: tuple[str, str]
) -> None:
    review, action_id = action
    run(capsys, "action", "support", "offer", action_id, "--school", "Fengate")
    _, out, _ = run(capsys, "action", "support", "list", "--review", review, "--json")
    offer_id = json.loads(out)[0]["id"]
    err = refused(capsys, data_dir, "action", "support", "set", offer_id, "amber")
    assert "'amber' is not a state of an offer of support" in err
    assert "offered, agreed, under way, completed, declined" in err
    err = refused(capsys, data_dir, "action", "support", "set", "zzzz", "agreed")
    assert "No offer of support matches 'zzzz'" in err
    assert "See: peerview action support list --review ID" in err
    err = refused(capsys, data_dir, "action", "support", "offer", "nope", "--school", "Fengate")
    assert "No action matches 'nope'" in err
