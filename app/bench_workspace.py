"""Bench suite for the review workspace (issue 3): opening it on a large review, filtering
and searching as you type. The timing code lives in app/ui/bench_workspace.py because it
needs Qt; this module is what ``SUITES`` names, so importing app.bench stays Qt-free."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.bench import BenchContext, Figure


def run(ctx: BenchContext) -> list[Figure]:
    suite = importlib.import_module("app.ui.bench_workspace")
    figures: list[Figure] = suite.run(ctx)
    return figures
