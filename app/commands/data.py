"""``peerview data export``: everything this laptop holds, decrypted, in open formats
(app/services/data_export.py), for a subject-access request or a move to a new laptop."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import EXIT_OK, Registrar, open_store, print_json


def cmd_data_export(args: argparse.Namespace) -> int:
    from app.services import data_export

    # Read-only: it also works while the window holds the data folder, and changes nothing.
    with open_store(args, read_only=True) as store:
        result = data_export.export_data(store, Path(args.out))
    if args.json:
        print_json(
            {
                "folder": str(result.folder),
                "tables": result.rows,
                "backups": result.backups,
                "attachments": result.attachments,
                "quarantined": result.quarantined,
            }
        )
        return EXIT_OK
    rows = sum(result.rows.values())
    print(
        f"Exported to {result.folder}: the database ({len(result.rows)} tables, {rows:,} rows), "
        f"{result.backups} backup(s), {result.attachments} attachment(s), "
        f"{result.quarantined} quarantined file(s). See README.txt there."
    )
    print(
        "This copy is NOT encrypted: keep it where only you can read it, and delete it when "
        "it has served its purpose."
    )
    return EXIT_OK


def register(reg: Registrar) -> None:
    data = reg.group("data", "export everything this laptop holds, decrypted")
    export = data.add(
        "export",
        cmd_data_export,
        "write every table, backup and attachment, decrypted, to a new folder",
        reg.as_json,
    )
    export.add_argument(
        "--out", required=True, metavar="DIR", help="a new or empty folder outside the data folder"
    )
