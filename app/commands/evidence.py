"""``peerview note add`` and ``peerview search``: evidence notes."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app import dates
from app.commands import EXIT_OK, Registrar, open_store, print_json
from app.commands.text_warnings import warn
from app.models.review import ACTIVITY_KINDS, MEETING_WITH, SOURCE_KINDS
from app.services.errors import PeerviewError


def cmd_note_add(args: argparse.Namespace) -> int:
    from app.services import evidence, reviews, sources

    text = " ".join(args.text).strip()
    if text == "-":
        text = sys.stdin.read().strip()
    if not text:
        raise PeerviewError(
            "The note is empty; give its text after the options (or - to read stdin)."
        )
    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        result = evidence.add_note(
            store,
            review_id,
            text,
            activity_kind=args.activity,
            strand_codes=args.strand or [],
            sources=args.source or [],
            meeting_with=args.meeting_with or "",
        )
        saved = evidence.get_note(store, result.note_id).note
    found = sources.of_note(saved.activity_kind, saved.meeting_with, saved.sources)
    if found:
        print(f"Sources of evidence: {sources.labels(found)}")
    else:
        print("A working note of the team: it never counts as evidence.")
    print(f"Saved note {result.note_id}")
    if warn(text, "note"):
        print(
            "warning: the note was saved as written; change it in the window if a warning "
            "is right (the report's evidence appendix asks before printing it).",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.services import reviews, search

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        hits = search.search_notes(store, review_id, " ".join(args.query), limit=args.limit)
    if args.json:
        print_json([{**asdict(h), "highlights": [list(x) for x in h.highlights]} for h in hits])
    elif not hits:
        print("No notes match.")
    for h in hits if not args.json else []:
        print(
            f"{h.note_id}  {dates.date_time(h.observed_at)}  {h.activity_kind.replace('_', ' ')}\n    {h.marked()}"
        )
    return EXIT_OK


def register(reg: Registrar) -> None:
    na = reg.group("note", "add an evidence note").add(
        "add", cmd_note_add, "add an evidence note to a review"
    )
    na.add_argument("--review", required=True, metavar="ID")
    na.add_argument(
        "--activity",
        default="lesson_visit",
        choices=ACTIVITY_KINDS,
        metavar="KIND",
        help=f"one of: {', '.join(ACTIVITY_KINDS)}",
    )
    na.add_argument(
        "--with",
        dest="meeting_with",
        choices=MEETING_WITH,
        metavar="WHO",
        help=f"for a meeting, who it was with: {', '.join(MEETING_WITH)}",
    )
    na.add_argument(
        "--source",
        action="append",
        choices=SOURCE_KINDS,
        metavar="SOURCE",
        help="a source of evidence, repeat for more (default: as the activity implies): "
        + ", ".join(SOURCE_KINDS),
    )
    na.add_argument(
        "--strand", action="append", metavar="CODE", help="framework strand code; repeat for more"
    )
    na.add_argument(
        "text", nargs="+", help="what was seen or heard (low-inference; no pupil names)"
    )

    se = reg.add("search", cmd_search, "search a review's evidence notes", reg.as_json)
    se.add_argument("--review", required=True, metavar="ID")
    se.add_argument("--limit", type=int, default=50)
    se.add_argument("query", nargs="+")
