"""Which tests the quick loop (``./dev test-fast``) leaves out: those marked slow by hand,
and those whose last measured time was over ``QUICK_LIMIT_S``.

Measured, not guessed: ``./dev timings`` runs the whole suite and writes each test's time
(set-up, call and tear-down together) to ``tests/timings.json``. A test missing from the
file (a new one) counts as quick until the next measurement. The file only chooses what
the quick loop runs: ``./dev test`` and CI run every test whatever it says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TIMINGS = Path(__file__).with_name("timings.json")
QUICK_LIMIT_S = 0.5


def load(path: Path = TIMINGS) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no measurement yet: every unmarked test is quick
    if not isinstance(data, dict):
        return {}
    return {k: float(v) for k, v in data.items() if isinstance(v, int | float)}


def mark_measured_slow(items: list[pytest.Item], timings: dict[str, float]) -> int:
    """Marks slow each test last measured at or over the limit; returns how many."""
    marked = 0
    for item in items:
        if timings.get(item.nodeid, 0.0) >= QUICK_LIMIT_S and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)
            marked += 1
    return marked


class Recorder:
    """Sums each test's phases as their reports arrive (in the main process under xdist,
    which receives every worker's reports) and writes them sorted, one per line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seconds: dict[str, float] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.seconds[report.nodeid] = self.seconds.get(report.nodeid, 0.0) + report.duration

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if exitstatus != 0 or not self.seconds:
            return  # a failed or interrupted run measures the wrong thing
        rounded = {k: round(v, 3) for k, v in sorted(self.seconds.items())}
        self.path.write_text(json.dumps(rounded, indent=0) + "\n", encoding="utf-8")
