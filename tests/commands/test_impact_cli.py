"""Impact reviews from the command line: recorded with each action's progress in words,
listed, corrected; the workshop; what is due. Bad input is named with its fix, exit 1,
nothing written; judgement words in the evidence of impact are warned about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import actions, reviews
from app.services.store import Store
from tests.commands.test_partnership_cli import refused, run
from tests.commands.test_partnership_timings_cli import _review_in_partnership


@pytest.fixture
def plan(data_dir: Path) -> tuple[str, str, str]:
    """(review, phonics action, feedback action); this laptop's person leads the review."""
    review = _review_in_partnership(data_dir)
    with Store.open(data_dir) as store:
        with store.write() as tx:
            me = reviews.create_person(tx, "Siân", None, "lead_reviewer", store.author_key_id)
            reviews.add_team_member(tx, review, me, "lead_reviewer")
        phonics, _ = actions.add_action(
            store, review, "Phonics catch-up groups in Year 2", review_date="2026-09-30",
            success_criteria="Pupils in the groups read Year 2 books fluently",
        )  # fmt: skip
        feedback, _ = actions.add_action(store, review, "Whole-class feedback in KS2")
    return review, phonics, feedback


def test_an_impact_review_is_recorded_listed_and_corrected(
    capsys: pytest.CaptureFixture[str], plan: tuple[str, str, str]
) -> None:
    review, phonics, feedback = plan
    code, out, err = run(capsys, "impact", "list", "--review", review)
    assert code == 0 and "No impact review yet" in out
    code, out, err = run(
        capsys, "impact", "add", "--review", review, "--held-on", "2026-11-10",
        "--kind", "meeting", "--participants", "Head, English lead", "--next-on", "2027-03-09",
        "--progress", f"{phonics[-8:]}=under-way", "--progress", f"{feedback[-8:]}=done",
        "--impact", f"{phonics[-8:]}=Eight of twelve pupils now read Year 2 books.",
    )  # fmt: skip
    assert code == 0, err
    assert "with the progress of 2 action(s)" in out and err == ""
    impact_id = out.split("impact review ")[1].split(" ")[0]
    code, out, _ = run(capsys, "impact", "list", "--review", review)
    assert out.splitlines() == [
        f"{impact_id}  Meeting, 10 November 2026",
        "    who took part: Head, English lead",
        f"    Under way: Phonics catch-up groups in Year 2 ({phonics[-8:]})",
        "        what changed for pupils: Eight of twelve pupils now read Year 2 books.",
        f"    Done: Whole-class feedback in KS2 ({feedback[-8:]})",
        "    next impact review: 9 March 2027",
    ]
    code, out, _ = run(capsys, "action", "list", "--review", review, "--json")
    assert {a["id"]: a["status"] for a in json.loads(out)} == {
        phonics: "in_progress", feedback: "done",
    }  # fmt: skip
    code, out, err = run(
        capsys, "impact", "set", impact_id[-8:], "--progress", f"{phonics[-8:]}=done",
        "--impact", f"{phonics[-8:]}=Writing is now outstanding, RAG rated green",
    )  # fmt: skip
    assert code == 0 and "Updated the impact review" in out
    assert "warning: evidence of impact:" in err and "outstanding" in err
    code, out, _ = run(capsys, "impact", "list", "--review", review, "--json")
    (shown,) = json.loads(out)["impact_reviews"]
    progress = {p["action_id"]: p for p in shown["progress"]}
    assert progress[phonics]["progress_label"] == "Done"
    assert progress[phonics]["impact"] == "Writing is now outstanding, RAG rated green"
    code, out, err = run(capsys, "impact", "set", impact_id[-8:], "--clear", feedback[-8:])
    assert code == 0, err
    code, out, _ = run(capsys, "impact", "list", "--review", review, "--json")
    (shown,) = json.loads(out)["impact_reviews"]
    assert [p["action_id"] for p in shown["progress"]] == [phonics]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--progress", "{p}=amber"], "'amber' is not a word for an action's progress"),
        (["--progress", "{p}"], "names no action; write it as ACTION=VALUE"),
        (["--progress", "zzzzzzzz=done"], "No action matches 'zzzzzzzz'"),
        (["--impact", "{p}=Better"], "without its progress; add --progress"),
        (["--next-on", "2026-01-01"], "must come after this one"),
        (["--held-on", "yesterday"], "'yesterday' is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_bad_input_is_refused_with_its_fix(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    plan: tuple[str, str, str],
    argv: list[str],
    message: str,
) -> None:
    review, phonics, _ = plan
    given = [a.replace("{p}", phonics[-8:]) for a in argv]
    if "--held-on" not in given:
        given += ["--held-on", "2026-11-10"]
    err = refused(capsys, data_dir, "impact", "add", "--review", review, *given)
    assert message in err


def test_the_workshop_and_what_is_due(
    capsys: pytest.CaptureFixture[str], data_dir: Path, plan: tuple[str, str, str]
) -> None:
    review, phonics, feedback = plan
    err = refused(
        capsys, data_dir, "impact", "workshop", "--review", review, "--held-on", "2026-04-21",
        "--facilitator", "Aled",
    )  # fmt: skip
    assert "Name the actions agreed at the workshop" in err and "--action ID" in err
    code, out, err = run(
        capsys, "impact", "workshop", "--review", review, "--held-on", "2026-04-21",
        "--facilitator", "Aled ap Dafydd", "--participants", "Head, Year 2 team",
        "--action", phonics[-8:], "--action", feedback[-10:], "--agreed", "Visit Fengate",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "impact", "list", "--review", review)
    assert out.splitlines()[:5] == [
        f"Improvement workshop 21 April 2026, led by Aled ap Dafydd ({out.split('(')[1][:36]})",
        "    who took part: Head, Year 2 team",
        "    agreed: Phonics catch-up groups in Year 2",
        "    agreed: Whole-class feedback in KS2",
        "    also agreed: Visit Fengate",
    ]
    code, out, _ = run(capsys, "impact", "due", "--as-of", "2026-09-30")
    assert out.startswith("Nothing is due")
    code, out, _ = run(capsys, "impact", "due", "--as-of", "2026-10-01")
    assert out.splitlines() == [
        "Action to review since 30 September 2026: Phonics catch-up groups in Year 2, "
        "Orton, spring 2026"
    ]
    code, out, _ = run(capsys, "impact", "due", "--as-of", "2026-10-01", "--json")
    assert [d["record_id"] for d in json.loads(out)] == [phonics]


def test_the_improvement_champion_joins_the_team_by_either_spelling(
    capsys: pytest.CaptureFixture[str], plan: tuple[str, str, str]
) -> None:
    from app.services import team_keys

    assert team_keys.team_role("improvement-champion") == "improvement_champion"
    assert team_keys.team_role("Improvement_Champion") == "improvement_champion"
    with pytest.raises(SystemExit):
        run(capsys, "review", "team", "add", "--help")
    assert "improvement-champion" in capsys.readouterr().out
