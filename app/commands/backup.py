"""``peerview backup``: a rotating backup of the database now."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, open_store


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        target = store.db.backup()
    print(f"Backed up to {target}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    reg.add("backup", cmd_backup, "back up the database now")
