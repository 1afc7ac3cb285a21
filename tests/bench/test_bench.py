"""``peerview bench`` as a user runs it: every figure with its same-run baseline and its
budget, the GUI figures included; and the bench package loads Qt only when it runs."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
TIMED = {
    "note_save_p50_ms",
    "note_save_p99_ms",
    "search_p50_ms",
    "search_p99_ms",
    "enc_note_save_p50_ms",
    "enc_note_save_p99_ms",
    "enc_search_p50_ms",
    "enc_search_p99_ms",
    "workspace_start_ms",
    "stack_floor_ms",
    "workspace_open_ms",
    "notes_filter_p50_ms",
    "notes_filter_p99_ms",
    "search_typing_p50_ms",
    "search_typing_p99_ms",
    "coverage_p50_ms",
    "report_1k_sign_ms",
    "themes_50x5_ms",
    "annual_report_ms",
    "sync_export_ms",
    "sync_import_ms",
    "sync_roundtrip_ms",
    "merge_falling_ms",
    "judgement_guard_paragraph_cpu_p99_ms",
    "text_guard_paragraph_cpu_p99_ms",
}
VISIT = {"visit_duration_s", "visit_rss_growth_mb", "visit_qt_warnings"}


@pytest.mark.slow
def test_bench_reports_figures_with_same_run_baselines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["bench", "--json", "--notes", "500", "--samples", "20"])
    out = capsys.readouterr().out
    assert code == 0
    figures = {f["name"]: f for f in json.loads(out)}
    assert set(figures) == TIMED | VISIT
    for name in TIMED:
        figure = figures[name]
        assert figure["unit"] == "ms" and figure["value"] > 0
        assert figure["baseline"] > 0 and figure["ratio"] == pytest.approx(
            figure["value"] / figure["baseline"], rel=0.05
        )
    assert figures["note_save_p99_ms"]["budget"] == 20.0
    assert figures["search_p99_ms"]["budget"] == 50.0
    assert figures["themes_50x5_ms"]["budget"] == 1000.0
    assert figures["annual_report_ms"]["budget"] == 5000.0
    # The three-day visit (shortened with --notes 500): its duration and memory growth.
    assert figures["visit_duration_s"]["unit"] == "s" and figures["visit_duration_s"]["value"] > 0
    growth = figures["visit_rss_growth_mb"]
    assert growth["unit"] == "MB" and growth["budget"] == 50.0 and math.isfinite(growth["value"])
    warnings = figures["visit_qt_warnings"]
    assert warnings["budget"] == 0.0 and warnings["value"] == 0 and warnings["within_budget"]


def test_the_table_names_each_figure_its_budget_and_verdict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.bench import Figure, format_table

    table = format_table(
        [
            Figure("search_p99_ms", 12.5, "ms", 2.5, 50.0),
            Figure("visit_rss_growth_mb", 61.0, "MB", budget=50.0),
            Figure("visit_duration_s", 95.0, "s"),
        ]
    ).splitlines()
    assert table[1].split()[:4] == ["search_p99_ms", "12.500", "ms", "2.500"]
    assert table[1].endswith("<= 50 ms: ok")
    assert table[2].endswith("<= 50 MB: OVER BUDGET")
    assert table[3].split() == ["visit_duration_s", "95.000", "s", "-", "-"]


def test_the_bench_loads_qt_only_when_it_runs() -> None:
    """The command line imports app.bench; every module outside app.bench.gui is Qt-free."""
    code = (
        "import importlib, pkgutil, sys, app.bench\n"
        "names = [m.name for m in pkgutil.walk_packages(app.bench.__path__, 'app.bench.')\n"
        "         if not m.name.startswith('app.bench.gui')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(sorted(names))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    imported, qt = done.stdout.splitlines()
    assert "app.bench.sync" in imported and "app.bench.visit_data" in imported
    assert qt == "[]"
