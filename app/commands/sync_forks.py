"""``peerview sync forks``: other histories of a laptop's chain kept here (a data folder
copied or restored and used twice), and taking one in or setting it aside (decision 0029)."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def cmd_sync_forks(args: argparse.Namespace) -> int:
    from app.sync import forks

    if args.take or args.set_aside:
        with open_store(args) as store:
            with store.read() as conn:
                history = forks.find(store, conn, args.take or args.set_aside)
            if args.set_aside:
                gone = forks.set_aside(store, history.device_id)
                print(f"Set aside {gone} kept change(s) from {history.laptop}.")
                return EXIT_OK
            taken = forks.take(store, history.device_id)
        print(f"Took in {taken.taken} change(s) from {taken.laptop}'s other history.")
        if taken.left:
            print(f"{len(taken.left)} change(s) stay kept, to copy in by hand or set aside:")
            for line in taken.left:
                print(f"  {line}")
        return EXIT_OK
    with open_store(args, read_only=True) as store, store.read() as conn:
        histories = forks.other_histories(store, conn)
    if args.json:
        print_json(
            [
                {
                    "laptop": h.laptop,
                    "device_id": h.device_id,
                    "from_entry": h.first_seq,
                    "changes": h.whole,
                }
                for h in histories
            ]
        )
        return EXIT_OK
    if not histories:
        hint("No other history of any laptop's chain is kept here.")
    for h in histories:
        print(
            f"{h.laptop}: another history from its entry {h.first_seq}, "
            f"{len(h.changes)} change(s) kept:"
        )
        for change in h.whole:
            print(f"  {change}")
        tail = h.device_id[-6:]
        print(
            f"  Take them in: peerview sync forks --take {tail}   "
            f"(or, once read: --set-aside {tail})"
        )
    return EXIT_OK


def register(reg: Registrar) -> None:
    p = reg.group("sync").add(
        "forks",
        cmd_sync_forks,
        "other histories of a laptop's chain kept here, to take in or set aside",
        reg.as_json,
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--take", metavar="LAPTOP", help="the last characters of its id")
    which.add_argument("--set-aside", metavar="LAPTOP", help="the last characters of its id")
