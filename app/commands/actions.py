"""Commands for the action plan.

peerview action add --review ID [--owner O] [--criteria C] [--date YYYY-MM-DD] TEXT
peerview action list --review ID [--json] | action set ID [--status S ...]
peerview action carry --from ID --to ID
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.commands.findings import text_of
from app.commands.text_warnings import warn
from app.models.findings import ACTION_STATUSES
from app.services.errors import PeerviewError

# --- action ---------------------------------------------------------------------------

_SHOWN = ("id", "action", "owner", "success_criteria", "review_date", "status", "finding_id")


def cmd_action_list(args: argparse.Namespace) -> int:
    from app.services import actions, reviews

    with open_store(args, read_only=True) as store:
        items = actions.list_actions(store, reviews.resolve_review(store, args.review))
    rows = [{k: getattr(a, k) for k in _SHOWN} for a in items]
    if args.json:
        print_json(rows)
    elif not rows:
        hint("No actions yet. Add one with: peerview action add --review ID TEXT")
    for r in rows if not args.json else []:
        print(f"{r['id']}  [{actions.STATUS_LABELS[r['status']]}]  {r['action']}")
        print(f"    owner: {r['owner'] or '-'}; review date: {r['review_date'] or '-'}")
        if r["success_criteria"]:
            print(f"    success criteria: {r['success_criteria']}")
    return EXIT_OK


def cmd_action_add(args: argparse.Namespace) -> int:
    from app.services import actions, reviews

    text = text_of(args.text)
    with open_store(args) as store:
        action_id, _ = actions.add_action(
            store,
            reviews.resolve_review(store, args.review),
            text,
            owner=args.owner,
            success_criteria=args.criteria,
            review_date=args.date,
        )
    print(f"Saved action {action_id}")
    warn(text, "action")
    warn(args.criteria, "success_criteria")
    return EXIT_OK


def cmd_action_set(args: argparse.Namespace) -> int:
    from app.services import actions

    given = {
        "status": args.status,
        "owner": args.owner,
        "success_criteria": args.criteria,
        "review_date": args.date,
        "action": args.text,
    }
    fields = {k: v for k, v in given.items() if v is not None}
    with open_store(args) as store:
        action_id = actions.resolve_action(store, args.id)
        if not fields:
            raise PeerviewError(
                "Say what to change: --status, --owner, --criteria, --date or --text."
            )
        actions.update_action(store, action_id, **fields)
    print(f"Updated action {action_id}")
    warn(args.text or "", "action")
    warn(args.criteria or "", "success_criteria")
    return EXIT_OK


def cmd_action_carry(args: argparse.Namespace) -> int:
    from app.services import actions, reviews

    with open_store(args) as store:
        source = reviews.resolve_review(store, args.source)
        target = reviews.resolve_review(store, args.target)
        changes = actions.carry_forward_reviews(store, source, target)
    print(f"Carried {len(changes.ids('action_item')) // 2} open action(s) forward.")
    return EXIT_OK


# --- registration ---------------------------------------------------------------------


def register(reg: Registrar) -> None:
    ac = reg.group("action", "the action plan from the improvement workshop")
    aa = ac.add("add", cmd_action_add, "add an action")
    aa.add_argument("--review", required=True, metavar="ID")
    aa.add_argument("--owner", default="")
    aa.add_argument("--criteria", default="", help="success criteria")
    aa.add_argument("--date", default="", metavar="YYYY-MM-DD", help="review date")
    aa.add_argument("text", nargs="+")
    al = ac.add("list", cmd_action_list, "list a review's actions", reg.as_json)
    al.add_argument("--review", required=True, metavar="ID")
    aset = ac.add("set", cmd_action_set, "change an action")
    aset.add_argument("id")
    aset.add_argument(
        "--status",
        choices=ACTION_STATUSES,
        metavar="STATUS",
        help=f"one of: {', '.join(ACTION_STATUSES)}",
    )
    aset.add_argument("--owner")
    aset.add_argument("--criteria")
    aset.add_argument("--date", metavar="YYYY-MM-DD")
    aset.add_argument("--text")
    acar = ac.add("carry", cmd_action_carry, "carry open actions into another review")
    acar.add_argument("--from", dest="source", required=True, metavar="ID")
    acar.add_argument("--to", dest="target", required=True, metavar="ID")
