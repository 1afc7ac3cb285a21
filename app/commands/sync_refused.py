"""``peerview sync refused``: entries refused by the role rules or a revocation."""

from __future__ import annotations

import argparse
import json

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def cmd_sync_refused(args: argparse.Namespace) -> int:
    from app.sync.revocation import refused_entries

    with open_store(args, read_only=True) as store, store.read() as conn:
        rows = refused_entries(conn)
    shown = [
        {
            "reason": r["reason"],
            "what": json.loads(r["body"])["entity"].replace("_", " "),
            "refused_at": r["refused_at"],
        }
        for r in rows
    ]
    if args.json:
        print_json(shown)
        return EXIT_OK
    if not shown:
        hint("Nothing was refused.")
    for item in shown:
        print(f"{item['refused_at']}  {item['what']}: {item['reason']}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    reg.group("sync").add(
        "refused", cmd_sync_refused, "entries refused: who tried what they may not do", reg.as_json
    )
