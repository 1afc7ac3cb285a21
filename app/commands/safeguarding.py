"""Commands for safeguarding concerns on a visitor's laptop: record, hand over, erase.

peerview safeguarding record --review ID [--to NAME] [--seen YYYY-MM-DDTHH:MM] TEXT
peerview safeguarding list --review ID [--json]
peerview safeguarding hand-over ID --out FILE.pdf [--to NAME] [--at TIME] [--erase-after DAYS]
peerview safeguarding erase [--as-of YYYY-MM-DD]     erase concerns handed over long enough ago
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from app import dates
from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.commands.retention import end_of_day, report_erasures

if TYPE_CHECKING:
    from app.services.safeguarding import Concern


def cmd_record(args: argparse.Namespace) -> int:
    from app.services import reviews, safeguarding

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        concern_id, _ = safeguarding.record_concern(
            store, review_id, " ".join(args.text), observed_at=args.seen, passed_to=args.to
        )
    print(f"Recorded safeguarding concern {concern_id}.")
    hint(
        "Hand it to the designated safeguarding lead in person today: "
        f"peerview safeguarding hand-over {concern_id[-8:]} --out concern.pdf"
    )
    return EXIT_OK


def _status(c: Concern) -> str:
    if c.erased_at:
        return (
            f"handed over to {c.passed_to} {dates.date_time(c.passed_on_at)}; "
            f"erased {dates.date_long(c.erased_at)}"
        )
    if c.passed_on_at:
        return (
            f"handed over to {c.passed_to} {dates.date_time(c.passed_on_at)}; "
            f"erased from this laptop on {dates.date_time(c.erase_due_at)}"
        )
    return f"NOT handed over yet (goes to {c.passed_to})"


def cmd_list(args: argparse.Namespace) -> int:
    from app.services import reviews, safeguarding

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        found = safeguarding.list_concerns(store, review_id)
    if args.json:
        print_json([{**asdict(c), "erase_due_at": c.erase_due_at} for c in found])
        return EXIT_OK
    if not found:
        print("No safeguarding concerns recorded for this review.")
    for c in found:
        first = c.text.splitlines()[0] if c.text else "(erased)"
        print(f"{c.id}  {_status(c)}  {first}")
    return EXIT_OK


def cmd_hand_over(args: argparse.Namespace) -> int:
    from app.reports import handover
    from app.services import safeguarding

    with open_store(args) as store:
        concern_id = safeguarding.resolve_concern(store, args.id)
        out, record, _ = handover.hand_over(
            store,
            concern_id,
            Path(args.out),
            passed_to=args.to,
            passed_on_at=args.at,
            erase_after_days=args.erase_after,
        )
    print(f"Wrote the hand-over record for {record.passed_to}: {out}")
    print(
        "Give it to them (or print it) for the school's own system; Peerview erases its copy "
        f"of the concern on {dates.date_time(record.erase_on)} (peerview safeguarding erase)."
    )
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from app.services import safeguarding

    # Times of concerns are local times, so the day ends at local midnight.
    now = end_of_day(args.as_of, None)
    with open_store(args) as store:
        return report_erasures(
            safeguarding.erase_due(store, now), "No safeguarding concern is due to be erased."
        )


def register(reg: Registrar) -> None:
    sg = reg.group("safeguarding", "safeguarding concerns: record, hand over to the DSL, erase")
    rec = sg.add("record", cmd_record, "record a concern seen or heard on the visit")
    rec.add_argument("--review", required=True, metavar="ID")
    rec.add_argument("--to", help="who it goes to (default: the review team's DSL)")
    rec.add_argument("--seen", metavar="YYYY-MM-DDTHH:MM", help="when (default: now)")
    rec.add_argument("text", nargs="+")
    ls = sg.add("list", cmd_list, "a review's concerns and when each is erased", reg.as_json)
    ls.add_argument("--review", required=True, metavar="ID")
    ho = sg.add(
        "hand-over", cmd_hand_over, "write the record for the host DSL, record the hand-over"
    )
    ho.add_argument("id", metavar="ID")
    ho.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the record")
    ho.add_argument("--to", help="the DSL's name (default: who the concern goes to)")
    ho.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="when (default: now)")
    ho.add_argument(
        "--erase-after",
        type=int,
        metavar="DAYS",
        help="erase this laptop's copy this many days after the hand-over (default 7)",
    )
    er = sg.add("erase", cmd_erase, "erase concerns handed over long enough ago")
    er.add_argument("--as-of", metavar="YYYY-MM-DD", help="erase what is due by this date")
