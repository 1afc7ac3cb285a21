"""The three-day visit soak, shortened (12 notes instead of 250), as CI runs it: a real
window offscreen in a process of its own, driven by key events, the wheel and a dropped
bundle each morning. It must end normally (no abort), store everything it typed, raise no
Qt warning, and report its memory growth. Timings are the bench's business, not this test's.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from app.bench.gui.visit import GROWTH_BUDGET_MB, play_in_child

pytestmark = pytest.mark.slow

NOTES = 12  # four a day


def test_a_shortened_visit_through_the_window_ends_cleanly(tmp_path: Path) -> None:
    code, result, stderr = play_in_child(tmp_path / "visit", NOTES)
    assert "Fatal Python error" not in stderr, stderr[-3000:]
    assert code == 0 and result is not None, stderr[-3000:]
    assert result["problems"] == []
    assert result["qt_warnings"] == []
    # It did what a visit does: typed every note, linked, imported the other laptop's notes.
    assert result["notes"] == NOTES and result["keys"] > NOTES * 300
    assert result["links"] == 2 and result["imported"] == 2 and result["wheel_turns"] > 0
    # Memory is sampled every hour of the visit's clock, and the growth reported.
    hours = [when for when, _ in result["rss_mb"]]
    assert hours[0] == "Tue 10:00" and hours[-1] == "Thu 16:00"
    assert math.isfinite(result["growth_mb"]) and result["growth_mb"] < GROWTH_BUDGET_MB
    if result["none_drift"] is not None:  # Python 3.11: None must not lose references
        assert result["none_drift"] > -300, result["none_drift"]
