"""The guards' bench figure (decision 0034): per-paragraph timings against a word filter
measured in the same run. The budget is the bench's to judge, never a timed assertion."""

from __future__ import annotations

import statistics
from types import SimpleNamespace
from typing import Any

import pytest

from app.bench import guard as bench_guard
from app.services import grade_guard


def test_the_paragraphs_are_realistic_and_some_hold_judgement_language() -> None:
    texts = bench_guard.paragraphs(60)
    assert 70 <= statistics.mean(len(t.split()) for t in texts) <= 140
    flagged = [t for t in texts if grade_guard.find_judgement_terms(t)]
    assert len(flagged) == 20  # one in three, and no false alarm on the prose around them


@pytest.mark.slow  # a bench run
def test_the_suite_reports_both_guards_against_a_same_run_baseline() -> None:
    said: list[str] = []
    ctx: Any = SimpleNamespace(samples=20, say=said.append)
    figures = {f.name: f for f in bench_guard.run(ctx)}
    assert set(figures) == {
        "judgement_guard_paragraph_cpu_p99_ms",
        "text_guard_paragraph_cpu_p99_ms",
    }
    for figure in figures.values():
        assert figure.unit == "ms" and figure.value > 0
        assert figure.baseline is not None and figure.baseline > 0
        assert figure.budget == bench_guard.BUDGET_MS
    assert said and "paragraphs" in said[0]
