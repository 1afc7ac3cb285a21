"""The quick loop's choice (tests/timings.py): measured slow tests are left out of
``./dev test-fast``, new and quick ones stay in, and a damaged file leaves every unmarked
test in rather than stopping the run."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from tests import timings


class _Item:
    """What the marking reads of a collected test: its id and its markers."""

    def __init__(self, nodeid: str, slow: bool = False) -> None:
        self.nodeid = nodeid
        self.markers = ["slow"] if slow else []

    def get_closest_marker(self, name: str) -> object | None:
        return name if name in self.markers else None

    def add_marker(self, marker: pytest.MarkDecorator) -> None:
        self.markers.append(marker.name)


def test_tests_measured_over_the_limit_leave_the_quick_loop() -> None:
    items = [_Item("a::slow"), _Item("a::quick"), _Item("a::new"), _Item("a::marked", slow=True)]
    measured = {"a::slow": timings.QUICK_LIMIT_S + 0.1, "a::quick": 0.05, "a::marked": 9.0}
    assert timings.mark_measured_slow(items, measured) == 1  # type: ignore[arg-type]
    assert [i.markers for i in items] == [["slow"], [], [], ["slow"]]


@pytest.mark.parametrize("text", ["", "{not json", "[1, 2]", '{"a::t": "slow"}'])
def test_a_missing_or_damaged_file_keeps_every_test_in(tmp_path: Path, text: str) -> None:
    path = tmp_path / "timings.json"
    if text:
        path.write_text(text, encoding="utf-8")
    assert timings.load(path) == {}


def test_a_passing_run_is_written_and_a_failing_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "timings.json"
    recorder = timings.Recorder(path)
    phases: list[tuple[Literal["setup", "call", "teardown"], float]] = [
        ("setup", 0.25),
        ("call", 1.0),
        ("teardown", 0.25),
    ]
    for phase, seconds in phases:
        report = pytest.TestReport(
            "t::x", ("t", 1, "x"), {}, "passed", None, phase, duration=seconds
        )
        recorder.pytest_runtest_logreport(report)
    recorder.pytest_sessionfinish(None, exitstatus=1)  # type: ignore[arg-type]
    assert not path.exists()
    recorder.pytest_sessionfinish(None, exitstatus=0)  # type: ignore[arg-type]
    assert timings.load(path) == {"t::x": 1.5}


def test_the_committed_measurement_reads() -> None:
    measured = timings.load()
    assert measured, "tests/timings.json is missing or damaged: run ./dev timings"
    assert any(nodeid.startswith("tests/ui/") for nodeid in measured)
