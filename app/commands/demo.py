"""``peerview demo``: a realistic review to explore (resources/demo/)."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, hint, open_store


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    with open_store(args) as store:
        existed = demo.find_demo(store)
        review_id = demo.create_demo(store)
    if existed:
        print(f"The demo review already exists: {review_id}")
    else:
        print(f"Created the demo review: {review_id}")
    hint(
        f"Try: peerview review show {review_id[-8:]}   or   peerview search --review {review_id[-8:]} phonics"
    )
    return EXIT_OK


def register(reg: Registrar) -> None:
    reg.add("demo", cmd_demo, "create a realistic sample review to explore")
