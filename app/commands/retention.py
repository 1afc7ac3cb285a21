"""Commands for retention: when evidence notes are purged, and purging them.

peerview retention show [--json]                    every review's schedule and due date
peerview retention set --review ID (--days N | --keep | --default)
peerview retention default [--days N | --keep]      this laptop's default (90 days)
peerview retention run [--as-of YYYY-MM-DD]         purge the notes that are due
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING

from app import dates
from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.services.errors import PeerviewError

if TYPE_CHECKING:
    from app.services.erasure import Erased


def end_of_day(as_of: str | None, tz: dt.tzinfo | None) -> dt.datetime | None:
    """``--as-of YYYY-MM-DD`` as the last moment of that day (None when not given)."""
    if not as_of:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(as_of), dt.time.max, tz)
    except ValueError as exc:
        raise PeerviewError(f"'{as_of}' is not a date; write it as YYYY-MM-DD.") from exc


def _schedule(days: int | None) -> str:
    return "keep notes" if days is None else f"purge {days} days after signing"


def cmd_retention_show(args: argparse.Namespace) -> int:
    from app.services import retention

    now = dt.datetime.now(dt.UTC)
    with open_store(args, read_only=True) as store:
        found = retention.states(store)
        default = retention.default_days(store)
    if args.json:
        print_json([{**asdict(s), "due_now": s.is_due(now)} for s in found])
        return EXIT_OK
    print(f"This laptop's default: {_schedule(default)}.")
    for s in found:
        keep = _schedule(s.retention_days) + ("" if s.chosen else " (the default)")
        if s.purged_at:
            when = f"; purged {dates.date_long(s.purged_at)}"
        elif s.is_due(now):
            when = f"; DUE since {dates.date_long(s.due_at)} (peerview retention run)"
        elif s.due_at:
            when = f"; due {dates.date_long(s.due_at)}"
        else:
            when = ""
        print(f"{s.review_id}  {s.title}  [{s.status}]  {keep}{when}; {s.notes} notes held")
    return EXIT_OK


def cmd_retention_set(args: argparse.Namespace) -> int:
    from app.services import retention, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        if args.default:
            retention.follow_default(store, review_id)
            days = retention.default_days(store)
        else:
            days = None if args.keep else args.days
            retention.set_retention(store, review_id, days)
    hint(
        "Notes are kept."
        if days is None
        else f"Notes will be purged {days} days after the report is signed (peerview retention run)."
    )
    return EXIT_OK


def cmd_retention_default(args: argparse.Namespace) -> int:
    from app.services import retention

    with open_store(args, read_only=args.days is None and not args.keep) as store:
        if args.days is not None or args.keep:
            retention.set_default_days(store, None if args.keep else args.days)
        days = retention.default_days(store)
    print(
        f"Default for reviews not yet signed: {_schedule(days)}. A signed review keeps "
        "the schedule it was signed with."
    )
    return EXIT_OK


def cmd_retention_run(args: argparse.Namespace) -> int:
    from app.services import retention

    now = end_of_day(args.as_of, dt.UTC)
    with open_store(args) as store:
        return report_erasures(retention.run(store, now), "No review's notes are due to be purged.")


def report_erasures(results: Sequence[Erased], nothing: str) -> int:
    """What each erasure did, one line a review (``nothing`` when there was none)."""
    if not results:
        print(nothing)
    for r in results:
        print(f"Review {r.review_id}: {r.summary()}.")
    return EXIT_OK


def register(reg: Registrar) -> None:
    rt = reg.group("retention", "when evidence notes are purged after signing, and purging them")
    rt.add("show", cmd_retention_show, "every review's schedule and due date", reg.as_json)
    rs = rt.add("set", cmd_retention_set, "set a review's schedule")
    rs.add_argument("--review", required=True, metavar="ID")
    group = rs.add_mutually_exclusive_group(required=True)
    group.add_argument("--days", type=int, help="purge this many days after signing")
    group.add_argument("--keep", action="store_true", help="keep the notes")
    group.add_argument(
        "--default", action="store_true", help="follow this laptop's default until signing"
    )
    rd = rt.add("default", cmd_retention_default, "show or change this laptop's default")
    dgroup = rd.add_mutually_exclusive_group()
    dgroup.add_argument("--days", type=int, help="purge this many days after signing")
    dgroup.add_argument("--keep", action="store_true", help="keep the notes")
    rr = rt.add("run", cmd_retention_run, "purge the notes that are due")
    rr.add_argument("--as-of", metavar="YYYY-MM-DD", help="purge what is due by this date")
