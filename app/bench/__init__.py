"""``peerview bench``: the performance suite, on generated data in a temporary folder.

Each figure comes with a baseline measured in the same run on the same machine (a raw
SQLite insert, a bare FTS query, a bare window), so the ratio means something on a busy,
shared or slow machine where absolute milliseconds do not. Tests never assert timings;
this does.

One module per capability, each with ``run(ctx: BenchContext) -> list[Figure]``, run in
the order of ``run`` below on the same generated review. The figures that drive the window
live in ``app.bench.gui`` and are imported only when the bench runs, so importing
``app.bench`` (as the command line does) loads no Qt.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from app.bench import clocks, coverage, encryption, guard, report, save_search, sync, themes
from app.bench.common import BenchContext, Figure, Progress, seed
from app.services import datakey
from app.services.store import Store


def run(notes: int = 100_000, samples: int = 300, progress: Progress = None) -> list[Figure]:
    from app.bench.gui import visit, workspace

    say = progress or (lambda _msg: None)
    suites: list[Callable[[BenchContext], list[Figure]]] = [
        save_search.run,
        encryption.run,
        workspace.run,
        coverage.run,
        report.run,
        themes.run,
        sync.run,
        clocks.run,
        guard.run,
        visit.run,
    ]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="peerview-bench-") as tmp:
        folder = Path(tmp)
        say(f"Generating a database of {notes:,} evidence notes in {folder} ...")
        # Encrypted like any data folder, with a throwaway passphrase (datakey.py).
        access = datakey.scratch_access()
        with Store.open(folder / "data", purpose="peerview bench", access=access) as store:
            review = seed(store, notes, progress)
            ctx = BenchContext(folder, store, review, notes, samples, say)
            for suite in suites:
                figures += suite(ctx)
    return figures


def format_table(figures: list[Figure]) -> str:
    lines = [f"{'figure':<22}{'value':>12}{'baseline':>12}{'ratio':>9}  budget"]
    for f in figures:
        base = f"{f.baseline:.3f}" if f.baseline is not None else "-"
        ratio = f"{f.ratio:.1f}x" if f.ratio is not None else "-"
        limits = []
        if f.budget is not None:
            limits.append(f"<= {f.budget:g} {f.unit}".rstrip())
        if f.ratio_budget is not None:
            limits.append(f"<= {f.ratio_budget:g}x")
        budget = ""
        if limits:
            verdict = "ok" if f.within_budget else "OVER BUDGET"
            budget = f"{', '.join(limits)}: {verdict}"
        lines.append(f"{f.name:<22}{f.value:>9.3f} {f.unit:<2}{base:>12}{ratio:>9}  {budget}")
    return "\n".join(lines)


__all__ = ["BenchContext", "Figure", "format_table", "run", "seed"]
