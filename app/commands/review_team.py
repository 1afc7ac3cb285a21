"""``peerview review team add|remove ID --fingerprint DIGITS``: the team by key."""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, open_store, print_json


def cmd_team_add(args: argparse.Namespace) -> int:
    from app.services import reviews, team_keys

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        name, _ = team_keys.add(store, review_id, args.fingerprint, args.role)
    role = team_keys.team_role(args.role)
    if args.json:
        print_json({"review_id": review_id, "name": name, "role": role})
    else:
        print(f"{name} is on the team as {role.replace('_', ' ')}.")
    return EXIT_OK


def cmd_team_remove(args: argparse.Namespace) -> int:
    from app.services import reviews, team_keys

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        if args.revoke:
            from app.services import revocations

            revocations.revoke(store, review_id, args.fingerprint)
        else:
            team_keys.remove(store, review_id, args.fingerprint, args.role)
        name = team_keys.holder(store, args.fingerprint).name
    if args.json:
        print_json({"review_id": review_id, "name": name, "removed": True, "revoked": args.revoke})
    elif args.revoke:
        print(f"{name} is no longer on the team; their later entries will be refused.")
    else:
        print(f"{name} is no longer on the team.")
    return EXIT_OK


def register(reg: Registrar) -> None:
    team = reg.group("review").add(
        "team", _team_usage, "add or remove a team member by the fingerprint on their card"
    )
    actions = team.add_subparsers(dest="team_action", required=True, metavar="ACTION")
    for name, handler, help_ in (
        ("add", cmd_team_add, "put a trusted person on the team in a role"),
        ("remove", cmd_team_remove, "take a person off the team"),
    ):
        p = actions.add_parser(name, parents=[reg.common, reg.as_json], help=help_)
        p.set_defaults(handler=handler)
        p.add_argument("id", help="review id (or its first or last 8 characters)")
        p.add_argument("--fingerprint", required=True, help="the digits on their card")
        p.add_argument(
            "--role",
            required=name == "add",
            default=None,
            help="lead-reviewer, reviewer, host-leader, headteacher, dsl or improvement-champion",
        )
        if name == "remove":
            p.add_argument(
                "--revoke",
                action="store_true",
                help="also refuse everything their key writes on the review from now on",
            )


def _team_usage(args: argparse.Namespace) -> int:  # pragma: no cover - argparse requires ACTION
    return EXIT_OK
