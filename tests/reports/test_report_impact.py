"""The report's action plan shows each action's progress at the latest impact review, in
words, and what changed for pupils, as a reader extracts them from the PDF; the guard
reads that text as it reads the rest of the report."""

from __future__ import annotations

from pathlib import Path

from app.reports import content, report
from app.services import actions, impact
from app.services.impact import ProgressInput
from app.services.store import Store
from tests.reports.helpers import pdftotext, readable


def test_the_action_plan_prints_the_latest_progress_in_words(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    plan = actions.list_actions(store, demo_review)
    first, second = plan[0], plan[1]
    impact.add(
        store, demo_review, held_on="2027-01-12",
        progress=[ProgressInput(first.id, "not started"), ProgressInput(second.id, "under way")],
    )  # fmt: skip
    impact.add(
        store, demo_review, held_on="2027-03-09",
        progress=[ProgressInput(first.id, "done", "Pupils redraft their writing unprompted.")],
    )  # fmt: skip
    out = tmp_path / "report.pdf"
    report.make_report(store, demo_review, out)
    text = " ".join(readable(pdftotext(out)).split())
    assert "Progress at the latest impact review" in text
    assert f"Done (9 March 2027): {' '.join(first.action.split())}" in text
    assert f"Under way (12 January 2027): {' '.join(second.action.split())}" in text
    assert "What changed for pupils: Pupils redraft their writing unprompted." in text
    assert "Not started (12 January 2027)" not in text  # the later word replaced it
    data = content.gather(store, demo_review)
    assert "Pupils redraft their writing unprompted." in data.all_text()


def test_no_impact_review_prints_no_progress_section(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    report.make_report(store, demo_review, out)
    assert "Progress at the latest impact review" not in pdftotext(out)
