"""``peerview sync refused``: entries refused by the role rules or a revocation, and lines
refused because their authors' laptops never vouched for them (forged or altered)."""

from __future__ import annotations

import argparse
import json

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def cmd_sync_refused(args: argparse.Namespace) -> int:
    from app.sync.laptops import LaptopNames
    from app.sync.revocation import refused_entries

    with open_store(args, read_only=True) as store, store.read() as conn:
        rows = refused_entries(conn)
        laptops = LaptopNames(store, conn)
        shown = [
            {
                "kind": r["kind"],
                "reason": r["reason"],
                # A line nobody vouched for is not kept: only where it claimed to stand.
                "what": (
                    json.loads(r["body"])["entity"].replace("_", " ")
                    if r["body"]
                    else f"entry {r['seq']} from {laptops.name(r['device_id'])}"
                ),
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
        print(f"{item['refused_at']}  {item['what']} ({item['kind']}): {item['reason']}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    reg.group("sync").add(
        "refused",
        cmd_sync_refused,
        "entries refused: by the rules (who tried what) or not vouched for (forged)",
        reg.as_json,
    )
