"""Commands for brokered support: a partner school's offer towards an action of the plan,
and its progress (decision 0042).

peerview action support offer ACTION --school SCHOOL [--text T] [--contact C] [--on DATE]
peerview action support set OFFER STATE [--note T] [--on DATE]
peerview action support list --review ID [--json]
peerview action support withdraw OFFER
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json

STATES = "offered, agreed, under way, completed or declined"


def cmd_support_offer(args: argparse.Namespace) -> int:
    from app.services import actions, support

    with open_store(args) as store:
        action_id = actions.resolve_action(store, args.towards)
        offer_id, _ = support.offer(
            store, action_id, args.school, text=args.text, contact=args.contact, on=args.on
        )
        (shown,) = [s for s in support.for_review_of_action(store, action_id) if s.id == offer_id]
    print(f"Recorded: {shown.school} offers support towards '{shown.action}' ({offer_id}).")
    return EXIT_OK


def cmd_support_set(args: argparse.Namespace) -> int:
    from app.services import support

    with open_store(args) as store:
        offer_id = support.resolve_support(store, args.offer)
        support.move(store, offer_id, args.state, note=args.note, on=args.on)
    print(f"The offer is now: {support.STATE_LABELS[support.state_key(args.state)]}.")
    return EXIT_OK


def cmd_support_withdraw(args: argparse.Namespace) -> int:
    from app.services import support

    with open_store(args) as store:
        support.withdraw(store, support.resolve_support(store, args.offer))
    print("The offer is taken off the plan.")
    return EXIT_OK


def cmd_support_list(args: argparse.Namespace) -> int:
    from app import dates
    from app.services import reviews, support

    with open_store(args, read_only=True) as store:
        offers = support.for_review(store, reviews.resolve_review(store, args.review))
    if args.json:
        print_json([{**asdict(s), "state_label": s.state_label} for s in offers])
        return EXIT_OK
    if not offers:
        hint(
            "No partner school offers support yet. Record an offer with: "
            "peerview action support offer ACTION --school SCHOOL"
        )
    current = None
    for s in offers:
        if s.action_id != current:
            current = s.action_id
            print(s.action)
        since = f" since {dates.date_long(s.state_on)}" if s.state_on else ""
        print(f"  {s.id}  {s.school}: {s.state_label}{since}")
        for label, value in (("offers", s.text), ("contact", s.contact), ("latest", s.note)):
            if value:
                print(f"      {label}: {value}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    sp = reg.group("action").nested("support", "a partner school's support towards an action")
    so = sp.add("offer", cmd_support_offer, "record a partner school's offer")
    so.add_argument("towards", metavar="ACTION", help="the action's id, or part of it")
    so.add_argument("--school", required=True, help="a member school other than the host")
    so.add_argument("--text", default="", help="what the school offers")
    so.add_argument("--contact", default="", help="who to speak to at the school")
    so.add_argument("--on", metavar="YYYY-MM-DD", help="the day it was offered (today)")
    ss = sp.add("set", cmd_support_set, "move an offer on")
    ss.add_argument("offer", metavar="OFFER")
    ss.add_argument("state", metavar="STATE", help=STATES)
    ss.add_argument("--note", default="", help="the latest word on its progress")
    ss.add_argument("--on", metavar="YYYY-MM-DD", help="the day it got there (today)")
    sl = sp.add("list", cmd_support_list, "a review's offers of support", reg.as_json)
    sl.add_argument("--review", required=True, metavar="ID")
    sw = sp.add("withdraw", cmd_support_withdraw, "take an offer off the plan")
    sw.add_argument("offer", metavar="OFFER")
