"""``peerview review list|show``. Other modules add to ``review``: ``status`` and
``send-back`` (app/commands/findings.py), ``digest`` (app/commands/sync.py)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app import dates
from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def cmd_review_list(args: argparse.Namespace) -> int:
    from app.services import reviews

    with open_store(args, read_only=True) as store:
        found = reviews.list_reviews(store)
    if args.json:
        print_json([asdict(r) for r in found])
    elif not found:
        hint("No reviews yet. Try: peerview demo")
    for r in found if not args.json else []:
        shown = dates.date_range(r.start_date, r.end_date)
        print(
            f"{r.id}  {r.host_school}  {shown}  {r.status}  {r.notes} notes, {r.findings} findings"
        )
    return EXIT_OK


def cmd_review_show(args: argparse.Namespace) -> int:
    from app.services import reviews

    with open_store(args, read_only=True) as store:
        detail = reviews.get_review(store, reviews.resolve_review(store, args.id))
    if args.json:
        print_json(
            {
                **asdict(detail.summary),
                "focus": detail.focus,
                "self_evaluation": detail.self_evaluation,
                "framework_version_id": detail.framework_version_id,
                "framework_version": detail.framework_label,
                "enquiry_questions": [{"id": i, "text": t} for i, t in detail.enquiry_questions],
                "team": [{"person_id": i, "name": n, "role": r} for i, n, r in detail.team],
                "timetable": [
                    {
                        "id": a.id,
                        "day": a.day,
                        "start": a.start_time,
                        "end": a.end_time,
                        "kind": a.kind,
                        "title": a.title,
                        "place": a.place,
                    }
                    for a in detail.activities
                ],
            }
        )
        return EXIT_OK
    s = detail.summary
    print(
        f"{s.title}\n  id: {s.id}\n  host school: {s.host_school}\n  dates: {dates.date_range(s.start_date, s.end_date)}"
    )
    print(f"  status: {s.status}\n  framework: {detail.framework_label}\n  focus: {detail.focus}")
    for n, (_, text) in enumerate(detail.enquiry_questions, 1):
        print(f"  enquiry question {n}: {text}")
    for _, name, role in detail.team:
        print(f"  team: {name} ({role.replace('_', ' ')})")
    for a in detail.activities:
        print(
            f"  {dates.weekday_date(a.day)} {a.start_time}-{a.end_time}  {a.kind.replace('_', ' ')}: {a.title}"
        )
    print(f"  {s.notes} evidence notes, {s.findings} findings")
    return EXIT_OK


def register(reg: Registrar) -> None:
    rv = reg.group("review", "list reviews or show one")
    rv.add("list", cmd_review_list, "list reviews", reg.as_json)
    show = rv.add("show", cmd_review_show, "show a review", reg.as_json)
    show.add_argument("id", help="review id (or its first or last 8 characters)")
