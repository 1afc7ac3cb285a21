"""``peerview bundle ...``, ``peerview sync ...`` and ``peerview review digest``."""

from __future__ import annotations

import argparse
import json

from app.commands import EXIT_OK, Registrar, open_store, print_json


def cmd_digest(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync.digest import review_digest

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.id)
        digest = review_digest(store, review_id)
    if args.json:
        print_json({"review_id": review_id, "digest": digest})
    else:
        print(digest)
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync import conflicts

    if args.action == "conflicts":
        with open_store(args, read_only=True) as store:
            review_id = reviews.resolve_review(store, args.review) if args.review else None
            found = conflicts.list_conflicts(store, review_id, include_resolved=args.all)
        if args.json:
            print_json(
                [
                    {
                        "id": c.id,
                        "kind": c.kind,
                        "entity": c.entity,
                        "entity_id": c.entity_id,
                        "field": c.field,
                        "current": c.current,
                        "resolved": c.resolved,
                        "versions": [v.__dict__ for v in c.versions],
                    }
                    for c in found
                ]
            )
        elif not found:
            print("No open conflicts.")
        for c in found if not args.json else []:
            print(f"{c.id}  {c.describe()}")
            for v in c.versions:
                mark = "*" if v.value == c.current else " "
                print(
                    f"  {mark} {v.ref}  by {v.author_key_id}  {json.dumps(v.value, ensure_ascii=False)}"
                )
        return EXIT_OK
    if args.action == "resolve":
        value = None if args.text is None else " ".join(args.text)
        with open_store(args) as store:
            conflicts.resolve_conflict(store, args.id, choose=args.choose, value=value)
        print("Resolved: the decision is a new entry and travels in the next bundle.")
        return EXIT_OK
    raise AssertionError(args.action)


def register(reg: Registrar) -> None:
    # ``review digest`` joins the review command's actions built in app/cli.py.
    review = reg.sub.choices["review"]
    actions = next(a for a in review._actions if isinstance(a, argparse._SubParsersAction))
    digest = actions.add_parser(
        "digest",
        parents=[reg.common, reg.as_json],
        help="a short digest of a review's content, equal on replicas that agree",
    )
    digest.add_argument("id", help="review id (or its first or last 8 characters)")
    digest.set_defaults(handler=cmd_digest)

    sync = reg.add("sync", cmd_sync, "sync conflicts and shared folders")
    sub = reg.actions(sync)
    ls = sub.add_parser("conflicts", parents=[reg.common, reg.as_json], help="list conflicts")
    ls.add_argument("--review", metavar="ID")
    ls.add_argument("--all", action="store_true", help="include resolved conflicts")
    rs = sub.add_parser("resolve", parents=[reg.common], help="decide a conflict")
    rs.add_argument("id", help="conflict id (or its start)")
    group = rs.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--choose", metavar="REF", help="keep this version (device:seq), or keep/delete"
    )
    group.add_argument("--text", nargs="+", help="write this value instead (both merged by hand)")
