"""`peerview retention`: the schedule in force for each review, its due date, and the
laptop's default (90 days after signing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import retention, signoff
from app.services.store import Store
from tests.signoff_helpers import take_to


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_default_and_due_dates(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "retention", "show")
    assert code == 0
    assert "This laptop's default: purge 90 days after signing." in out
    assert "purge 90 days after signing (the default)" in out and "DUE" not in out

    code, out, _ = run(capsys, "retention", "default", "--days", "30")
    assert code == 0 and "purge 30 days after signing" in out
    code, _, err = run(capsys, "retention", "default", "--days", "-3")
    assert code != 0 and "from 0 to 36500" in err and "Traceback" not in err
    _, out, _ = run(capsys, "retention", "default")
    assert "purge 30 days after signing" in out

    # Signed on 1 January 2026: due 30 days later, and listed as due since then.
    with Store.open(data_dir) as store:
        (review,) = [s.review_id for s in retention.states(store)]
        take_to(store, review, "host_checked")  # each step by whoever may take it
        store.wall_clock = lambda: 1_767_225_600_000
        signoff.mark_signed(store, review, "ab" * 32)
    _, out, _ = run(capsys, "retention", "show")
    assert "DUE since 31 January 2026 (peerview retention run)" in out
    _, out, _ = run(capsys, "retention", "show", "--json")
    (state,) = json.loads(out)
    assert (state["retention_days"], state["chosen"], state["due_now"]) == (30, True, True)
    code, out, _ = run(capsys, "retention", "run")
    assert code == 0 and "purged 64 evidence notes; 5 findings kept" in out
