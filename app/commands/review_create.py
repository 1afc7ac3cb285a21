"""``peerview review create``: a new review, led by this installation's person."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, open_store, print_json


def cmd_review_create(args: argparse.Namespace) -> int:
    from app.services import builtin_frameworks, planning

    with open_store(args) as store:
        # The shipped frameworks are there to choose from, as in the New review dialog.
        version = builtin_frameworks.choose(store, args.framework)
        review_id, _ = planning.create_review(
            store,
            planning.NewReview(
                host_school=args.school,
                start_date=args.start,
                end_date=args.end,
                framework_version_id=version,
                title=args.title or "",
                focus=args.focus or "",
                enquiry_questions=tuple(args.question or ()),
            ),
        )
    if args.json:
        print_json({"id": review_id})
    else:
        print(review_id)
    return EXIT_OK


def register(reg: Registrar) -> None:
    p = reg.group("review").add(
        "create", cmd_review_create, "create a review (you lead it)", reg.as_json
    )
    p.add_argument("--school", required=True, help="the host school (a new name adds it)")
    p.add_argument("--start", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--end", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--focus", help="what the review looks at")
    p.add_argument("--title", help="a title (default: Peer review: SCHOOL)")
    p.add_argument(
        "--framework",
        help="a framework's name or part of it (its newest version), or a version id or "
        "hash (default: the built-in primary framework)",
    )
    p.add_argument("--question", action="append", help="an enquiry question (repeatable)")
