"""Moderation on the command line.

peerview finding board --review ID [--json]      every finding, its evidence and each
                                                 reviewer's position
peerview finding position FINDING --member NAME agree|not_sure|disagree [--comment TEXT]
"""

from __future__ import annotations

import argparse

from app.commands import EXIT_OK, Registrar, open_store, print_json
from app.models.moderation import POSITIONS
from app.services.errors import PeerviewError


def cmd_finding_board(args: argparse.Namespace) -> int:
    from app.services import moderation_board, reviews

    with open_store(args, read_only=True) as store:
        b = moderation_board.board(store, reviews.resolve_review(store, args.review))
    if args.json:
        print_json(
            {
                "members": [{"person_id": m.person_id, "name": m.name} for m in b.members],
                "confirmable": b.confirmable,
                "findings": [
                    {
                        "id": r.finding.id,
                        "title": r.finding.title,
                        "triangulation": r.finding.triangulation.as_dict(),
                        "contradicting": [c.note_id for c in r.contradicting],
                        "positions": {
                            p.person_id: {
                                "position": p.position,
                                "comment": p.comment,
                                "current": p.current,
                                "counts": p.counts,
                            }
                            for p in r.positions.values()
                        },
                        "outstanding": r.outstanding,
                    }
                    for r in b.rows
                ],
            }
        )
        return EXIT_OK
    if not b.rows:
        print("No findings yet.")
    for r in b.rows:
        t = r.finding.triangulation
        print(f"{r.finding.id}  {r.finding.kind_label}: {r.finding.title}")
        strength = "; ".join(t.reasons) if t.single_source else "triangulated"
        print(
            f"    {t.notes} notes, {len(t.sources)} sources, {t.activities} activities, "
            f"{t.reviewers} reviewers: {strength}"
        )
        for c in r.contradicting:
            print(f"    contradicted by ({c.activity}): {c.text[:100]}")
        for m in b.members:
            p = r.positions.get(m.person_id)
            said = "no position yet"
            if p is not None:
                said = p.label + ("" if p.current else " (on an earlier wording)")
                said += f": {p.comment}" if p.comment else ""
            print(f"    {m.name}: {said}")
    print(
        "Ready for team confirmation."
        if b.confirmable
        else "Not ready for team confirmation: every reviewer's position is needed, "
        "with no disagreement."
    )
    return EXIT_OK


def cmd_finding_position(args: argparse.Namespace) -> int:
    from app.services import findings, moderation

    with open_store(args) as store:
        finding_id = findings.resolve_finding(store, args.id)
        view = findings.get_finding(store, finding_id)
        with store.read() as conn:
            team = moderation.members(conn, view.review_id)
        wanted = args.member.strip().casefold()
        matches = [
            m for m in team if m.name.casefold().startswith(wanted) or m.person_id == args.member
        ]
        if len(matches) != 1:
            names = ", ".join(m.name for m in team) or "nobody yet"
            raise PeerviewError(
                f"'{args.member}' names {'no one' if not matches else 'more than one'} "
                f"on the review's team; the reviewers are: {names}.",
                hint_cli="Give enough of the name to pick one person.",
            )
        moderation.record_position(
            store, finding_id, matches[0].person_id, args.position, args.comment or ""
        )
    print(f"Recorded {matches[0].name}: {args.position.replace('_', ' ')} on '{view.title}'")
    return EXIT_OK


def register(reg: Registrar) -> None:
    fd = reg.group("finding")
    fb = fd.add(
        "board", cmd_finding_board, "the moderation board: positions on each finding", reg.as_json
    )
    fb.add_argument("--review", required=True, metavar="ID")
    fp = fd.add("position", cmd_finding_position, "record a reviewer's position on a finding")
    fp.add_argument("id", help="finding id (or its first or last 8 characters)")
    fp.add_argument("--member", required=True, metavar="NAME", help="the reviewer (their name)")
    fp.add_argument("position", choices=POSITIONS, metavar="POSITION", help=" | ".join(POSITIONS))
    fp.add_argument("--comment", metavar="TEXT", help="why, in a sentence")
