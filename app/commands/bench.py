"""``peerview bench``: the performance suite, as ratios against same-run baselines."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, print_json


def cmd_bench(args: argparse.Namespace) -> int:
    from app import bench

    figures = bench.run(
        notes=args.notes, samples=args.samples, progress=None if args.json else print
    )
    if args.json:
        print_json([f.as_dict() for f in figures])
    else:
        print(bench.format_table(figures))
    return EXIT_OK


def register(reg: Registrar) -> None:
    be = reg.add(
        "bench",
        cmd_bench,
        "run the performance suite (ratios against same-run baselines)",
        reg.as_json,
    )
    be.add_argument("--notes", type=int, default=100_000, help="notes in the generated database")
    be.add_argument("--samples", type=int, default=300, help="timed repetitions per figure")
