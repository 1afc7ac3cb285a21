"""``peerview diagnostics``: facts for a support request, never note text or names."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, open_store, print_json


def cmd_diagnostics(args: argparse.Namespace) -> int:
    from app.services import diagnostics

    # Read-only, so it also works while the window holds the data folder.
    with open_store(args, read_only=True) as store:
        found = diagnostics.collect(store)
    if args.json:
        print_json(found.as_dict())
    else:
        print(found.as_text(), end="")
    return EXIT_OK


def register(reg: Registrar) -> None:
    reg.add(
        "diagnostics",
        cmd_diagnostics,
        "versions, platform, sizes and counts for a support request (never note text or names)",
        reg.as_json,
    )
