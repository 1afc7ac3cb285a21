"""Commands for what follows a review (decision 0044): impact reviews, the improvement
workshop, and what has fallen due.

peerview impact add --review ID --held-on DATE [--kind visit|meeting] [--participants P]
    [--notes N] [--next-on DATE] [--progress ACTION=WORD ...] [--impact ACTION=TEXT ...]
peerview impact set IMPACT [the same options] [--clear ACTION ...]
peerview impact list --review ID [--json]
peerview impact delete IMPACT
peerview impact workshop --review ID --held-on DATE --facilitator NAME [--participants P]
    [--action ACTION ...] [--agreed TEXT]
peerview impact due [--as-of DATE] [--json]

ACTION is an action of the review's plan: its id, or a unique start or end of it (the
last eight characters ``peerview action list`` prints). WORD is not-started, under-way or
done.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from typing import Any

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.commands.text_warnings import warn
from app.services.errors import PeerviewError

WORDS = "not-started, under-way or done"


def _pairs(given: list[str], option: str, example: str) -> list[tuple[str, str]]:
    out = []
    for item in given:
        ref, sep, value = item.partition("=")
        if not sep or not ref.strip():
            raise PeerviewError(
                f"{option} '{item}' names no action; write it as ACTION=VALUE "
                f"({option} {example}). Nothing was changed."
            )
        out.append((ref.strip(), value))
    return out


def _progress(store: Any, review_id: str, args: argparse.Namespace) -> list[Any]:
    """The --progress and --impact pairs as ProgressInputs, actions resolved on the review."""
    from app.services import impact

    with store.read() as conn:
        words = {
            impact.resolve_action(conn, review_id, ref): word
            for ref, word in _pairs(args.progress, "--progress", "a1b2c3d4=under-way")
        }
        texts: dict[str, str] = {}
        for ref, value in _pairs(args.impact, "--impact", "a1b2c3d4='Pupils now ...'"):
            texts[impact.resolve_action(conn, review_id, ref)] = value
    missing = set(texts) - set(words)
    if missing:
        raise PeerviewError(
            f"--impact names action {sorted(missing)[0][-8:]} without its progress; add "
            f"--progress {sorted(missing)[0][-8:]}=WORD ({WORDS}). Nothing was changed."
        )
    return [impact.ProgressInput(a, w, texts.get(a, "")) for a, w in words.items()]


def _warn_all(args: argparse.Namespace) -> None:
    warn(args.notes or "", "impact_notes")
    for _, value in _pairs(args.impact, "--impact", ""):
        warn(value, "impact")


def cmd_impact_add(args: argparse.Namespace) -> int:
    from app.services import impact, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        items = _progress(store, review_id, args)
        impact_id, _ = impact.add(
            store,
            review_id,
            held_on=args.held_on,
            kind=args.kind or "visit",
            participants=args.participants or "",
            notes=args.notes or "",
            next_on=args.next_on or "",
            progress=items,
        )
    print(f"Recorded the impact review {impact_id} with the progress of {len(items)} action(s).")
    _warn_all(args)
    return EXIT_OK


def cmd_impact_set(args: argparse.Namespace) -> int:
    from app.services import impact

    with open_store(args) as store:
        impact_id = impact.resolve_impact(store, args.impact_review)
        review_id = impact.review_of(store, impact_id)
        items = _progress(store, review_id, args)
        with store.read() as conn:
            cleared = [impact.resolve_action(conn, review_id, ref) for ref in args.clear]
        given = (args.held_on, args.kind, args.participants, args.notes, args.next_on)
        if not items and not cleared and all(v is None for v in given):
            raise PeerviewError(
                "Say what to change: --held-on, --kind, --participants, --notes, --next-on, "
                "--progress ACTION=WORD or --clear ACTION."
            )
        impact.update(
            store,
            impact_id,
            held_on=args.held_on,
            kind=args.kind,
            participants=args.participants,
            notes=args.notes,
            next_on=args.next_on,
            progress=items,
            cleared=cleared,
        )
    print(f"Updated the impact review {impact_id}.")
    _warn_all(args)
    return EXIT_OK


def cmd_impact_delete(args: argparse.Namespace) -> int:
    from app.services import impact

    with open_store(args) as store:
        impact_id = impact.resolve_impact(store, args.impact_review)
        impact.delete(store, impact_id)
    print(f"Deleted the impact review {impact_id}; the actions keep their status.")
    return EXIT_OK


def cmd_impact_list(args: argparse.Namespace) -> int:
    from app import dates
    from app.services import impact, reviews, workshop

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        found = impact.for_review(store, review_id)
        workshops = workshop.for_review(store, review_id)
    if args.json:
        print_json(
            {
                "impact_reviews": [
                    {
                        **asdict(i),
                        "kind_label": i.kind_label,
                        "progress": [
                            {**asdict(p), "progress_label": p.progress_label} for p in i.progress
                        ],
                    }
                    for i in found
                ],
                "workshops": [asdict(w) for w in workshops],
            }
        )
        return EXIT_OK
    for w in workshops:
        print(f"Improvement workshop {dates.date_long(w.held_on)}, led by {w.facilitator} ({w.id})")
        if w.participants:
            print(f"    who took part: {w.participants}")
        for _, action in w.actions:
            print(f"    agreed: {action}")
        if w.agreed:
            print(f"    also agreed: {w.agreed}")
    if not found:
        hint(
            "No impact review yet. Record one with: peerview impact add --review ID "
            "--held-on YYYY-MM-DD --progress ACTION=under-way"
        )
    for i in found:
        print(f"{i.id}  {i.kind_label}, {dates.date_long(i.held_on)}")
        if i.participants:
            print(f"    who took part: {i.participants}")
        if i.notes:
            print(f"    notes: {i.notes}")
        for p in i.progress:
            print(f"    {p.progress_label}: {p.action} ({p.action_id[-8:]})")
            if p.impact:
                print(f"        what changed for pupils: {p.impact}")
        if i.next_on:
            print(f"    next impact review: {dates.date_long(i.next_on)}")
    return EXIT_OK


def cmd_impact_workshop(args: argparse.Namespace) -> int:
    from app.services import impact, reviews, workshop

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        with store.read() as conn:
            ids = [impact.resolve_action(conn, review_id, ref) for ref in args.agreed_actions]
        workshop_id, _ = workshop.record(
            store,
            review_id,
            held_on=args.held_on,
            facilitator=args.facilitator,
            participants=args.participants,
            agreed=args.agreed,
            action_ids=ids,
        )
    print(f"Recorded the improvement workshop {workshop_id}.")
    warn(args.agreed, "action")
    return EXIT_OK


def cmd_impact_due(args: argparse.Namespace) -> int:
    from app.services import impact_due
    from app.services.partnership import iso_day

    today = iso_day(args.as_of, "The date") if args.as_of else dt.date.today()
    with open_store(args, read_only=True) as store:
        found = impact_due.for_me(store, today)
    if args.json:
        print_json([asdict(d) for d in found])
        return EXIT_OK
    if not found:
        print("Nothing is due: no action or impact review of your reviews has passed its date.")
    for d in found:
        print(d.line())
    return EXIT_OK


def _details(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--held-on", required=required, metavar="YYYY-MM-DD", help="the day it was held")
    p.add_argument("--kind", choices=("visit", "meeting"), help="a visit or a meeting (visit)")
    p.add_argument("--participants", help="who took part")
    p.add_argument("--notes", help="the impact review's own notes")
    p.add_argument("--next-on", metavar="YYYY-MM-DD", help="the date of the next impact review")
    p.add_argument(
        "--progress",
        action="append",
        default=[],
        metavar="ACTION=WORD",
        help=f"an action's progress: {WORDS} (repeat for each action)",
    )
    p.add_argument(
        "--impact",
        action="append",
        default=[],
        metavar="ACTION=TEXT",
        help="what changed for pupils, against the action's success criteria",
    )


def register(reg: Registrar) -> None:
    group = reg.group("impact", "impact reviews and the improvement workshop, after a review")
    add = group.add("add", cmd_impact_add, "record an impact review and each action's progress")
    add.add_argument("--review", required=True, metavar="ID")
    _details(add, required=True)
    edit = group.add("set", cmd_impact_set, "change an impact review or record more progress")
    edit.add_argument("impact_review", metavar="IMPACT")
    _details(edit, required=False)
    edit.add_argument(
        "--clear",
        action="append",
        default=[],
        metavar="ACTION",
        help="take the progress recorded for an action off this impact review",
    )
    listing = group.add(
        "list", cmd_impact_list, "a review's impact reviews and workshops", reg.as_json
    )
    listing.add_argument("--review", required=True, metavar="ID")
    gone = group.add("delete", cmd_impact_delete, "delete an impact review recorded in error")
    gone.add_argument("impact_review", metavar="IMPACT")
    ws = group.add("workshop", cmd_impact_workshop, "record the improvement workshop")
    ws.add_argument("--review", required=True, metavar="ID")
    ws.add_argument("--held-on", required=True, metavar="YYYY-MM-DD")
    ws.add_argument("--facilitator", required=True, help="who led it")
    ws.add_argument("--participants", default="", help="who took part")
    ws.add_argument(
        "--action",
        dest="agreed_actions",
        action="append",
        default=[],
        metavar="ACTION",
        help="an action agreed there (repeat for each)",
    )
    ws.add_argument("--agreed", default="", help="anything else agreed, in words")
    due = group.add(
        "due", cmd_impact_due, "actions and impact reviews past their date", reg.as_json
    )
    due.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day to count from (today)")
