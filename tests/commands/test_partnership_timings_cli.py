"""The partnership's report timings on the command line: shown with no options, set by
the lead, and every bad value refused with its fix, exit 1 and nothing written; a
review's due dates follow what was saved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.services import deadlines, frameworks, partnership, reviews
from app.services.store import Store
from tests.commands.test_partnership_cli import refused, run


def _review_in_partnership(data_dir: Path) -> str:
    """A partnership of two schools with a review of the first, visited Monday 2
    and Tuesday 3 March 2026."""
    with Store.open(data_dir) as store:
        group, _ = partnership.create(store, "Nene Partnership")
        partnership.add_school(store, None, "Orton Primary", "primary")
        partnership.add_school(store, None, "Fengate Academy", "secondary")
        version = frameworks.ensure_default(store)
        with store.read() as conn:
            host, _ = partnership.resolve_school(conn, group, "Orton")
        with store.write() as tx:
            return reviews.create_review(
                tx,
                host_school_id=host,
                framework_version_id=version,
                title="Orton, spring 2026",
                start_date="2026-03-02",
                end_date="2026-03-03",
                partnership_id=group,
            )


def _due(data_dir: Path, review: str) -> dict[str, dt.date]:
    with Store.open(data_dir) as store, store.read() as conn:
        return {d.step: d.due for d in deadlines.due_dates(conn, review)}


def test_the_lead_sets_the_timings_and_due_dates_follow(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    review = _review_in_partnership(data_dir)
    code, out, _ = run(capsys, "partnership", "timings")
    assert code == 0
    assert out.splitlines() == [
        "Report timings of Nene Partnership, in working days (Monday to Friday):",
        "  Draft report: 5 working days after the visit's last day",
        "  Quality assurance: 2 working days after the first draft",
        "  Host's response: 5 working days after the draft is sent to the host",
        "  Final signed report: 10 working days after the visit's last day",
    ]
    # Defaults: the visit ends Tuesday 3 March; 5 working days on is Tuesday 10 March.
    assert _due(data_dir, review) == {
        "draft": dt.date(2026, 3, 10),
        "qa": dt.date(2026, 3, 12),
        "host": dt.date(2026, 3, 19),
        "final": dt.date(2026, 3, 17),
    }
    code, out, _ = run(
        capsys, "partnership", "timings", "--draft", "3", "--qa", "1", "--final", "15"
    )
    assert code == 0
    assert "  Draft report: 3 working days after the visit's last day" in out
    assert "  Quality assurance: 1 working day after the first draft" in out
    assert "  Host's response: 5 working days" in out  # not named: kept
    assert "Saved" in out
    assert _due(data_dir, review) == {
        "draft": dt.date(2026, 3, 6),  # Friday
        "qa": dt.date(2026, 3, 9),  # the Monday after: weekends do not count
        "host": dt.date(2026, 3, 16),
        "final": dt.date(2026, 3, 24),
    }
    code, out, _ = run(capsys, "partnership", "timings", "--json")
    assert json.loads(out) == {
        "partnership": "Nene Partnership",
        "draft_days": 3,
        "qa_days": 1,
        "host_days": 5,
        "final_days": 15,
    }


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (("--draft", "five"), "--draft 'five' is not a whole number of working days"),
        (("--qa", "2.5"), "--qa '2.5' is not a whole number of working days"),
        (("--host", "-3"), "--host '-3' is not a whole number of working days"),
        (("--final", "0"), "Final signed report: the timing must be a whole number of working days from 1 to 60, not 0"),
        (("--draft", "61"), "from 1 to 60, not 61"),
        (("--draft", "99999999999999999999"), "from 1 to 60"),
        (("--draft", "٣"), "not a whole number"),  # an Arabic-Indic digit is no ASCII number
        (("--draft", "4", "--qa", "0"), "Quality assurance: the timing must be"),
    ],
)  # fmt: skip
def test_bad_timings_are_refused_with_the_fix_and_nothing_stored(
    capsys: pytest.CaptureFixture[str], data_dir: Path, argv: tuple[str, ...], said: str
) -> None:
    review = _review_in_partnership(data_dir)
    before = _due(data_dir, review)
    err = refused(capsys, data_dir, "partnership", "timings", *argv)
    assert said in err
    assert _due(data_dir, review) == before
    _, out, _ = run(capsys, "partnership", "timings", "--json")
    assert json.loads(out)["draft_days"] == 5
