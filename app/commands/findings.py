"""Commands for findings, sign-off, the action plan and retention.

peerview finding list --review ID [--json]
peerview finding add --review ID --kind KIND --title TITLE [--strand CODE] [--note ID] TEXT
peerview finding guard --review ID [--json]      judgement language in the findings
peerview finding dismiss ID --reason REASON       keep the wording, saying why
peerview review status ID [STATUS] [--json]       show sign-off and history, or take a step
peerview review send-back ID REASON
peerview action add --review ID [--owner O] [--criteria C] [--date YYYY-MM-DD] TEXT
peerview action list --review ID [--json] | action set ID [--status S ...]
peerview action carry --from ID --to ID
peerview retention set --review ID (--days N | --keep) | retention show [--json]
peerview retention run [--as-of YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import asdict
from typing import Any

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.models.findings import ACTION_STATUSES, FINDING_KINDS
from app.models.review import REVIEW_STATUSES
from app.services.errors import PeerviewError
from app.services.store import Store


def _resolve(store: Store, entity: str, ref: str, hint: str) -> str:
    """A record id from its full id or a unique prefix or suffix (4+ characters)."""
    from sqlalchemy import select

    from app.models import TABLES

    ref = ref.strip().lower()
    if len(ref) < 4:
        raise PeerviewError(f"Give at least 4 characters of the id ({hint}).")
    t = TABLES[entity]
    with store.read() as conn:
        ids = list(conn.execute(select(t.c.id).where(t.c.deleted.is_(False))).scalars())
    found = [i for i in ids if i == ref or i.startswith(ref) or i.endswith(ref)]
    if len(found) != 1:
        what = entity.replace("_item", "").replace("_", " ")
        raise PeerviewError(f"'{ref}' matches {len(found)} {what}s; give more of the id ({hint}).")
    return found[0]


def _text(words: list[str]) -> str:
    text = " ".join(words).strip()
    return sys.stdin.read().strip() if text == "-" else text


# --- finding --------------------------------------------------------------------------


def cmd_finding(args: argparse.Namespace) -> int:
    from app.services import findings, reviews

    if args.action == "dismiss":
        with open_store(args) as store:
            fid = _resolve(store, "finding", args.id, "see: peerview finding list --review ID")
            findings.dismiss_guard(store, fid, args.reason)
        print(f"Dismissed the grade guard on finding {fid}; the reason is kept with it.")
        return EXIT_OK
    if args.action == "add":
        with open_store(args) as store:
            review_id = reviews.resolve_review(store, args.review)
            result = findings.create_finding(
                store,
                review_id,
                args.kind,
                args.title,
                _text(args.text),
                strand_codes=args.strand or [],
                note_ids=args.note or [],
            )
            view = findings.get_finding(store, result.finding_id)
        print(f"Saved finding {result.finding_id}")
        _print_guard(view)
        return EXIT_OK
    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        found = findings.list_findings(store, review_id)
        steps = findings.list_next_steps(store, review_id)
    if args.action == "guard":
        flagged = [f for f in found if f.guard_hits]
        if args.json:
            print_json(
                [
                    {
                        "finding_id": f.id,
                        "title": f.title,
                        "hits": [asdict(h) for h in f.guard_hits],
                    }
                    for f in flagged
                ]
            )
        elif not flagged:
            print("No judgement language found in the findings.")
        for f in flagged if not args.json else []:
            print(f"{f.id}  {f.title}")
            _print_guard(f)
        return EXIT_OK
    if args.json:
        print_json(
            {
                "findings": [
                    {
                        "id": f.id,
                        "kind": f.kind,
                        "title": f.title,
                        "text": f.text,
                        "strands": f.strand_codes,
                        "notes": f.note_ids,
                        "triangulation": f.triangulation.as_dict(),
                        "guard": [asdict(h) for h in f.guard_hits],
                        "guard_dismissed": {
                            "terms": f.dismissed_terms,
                            "reason": f.dismissed_reason,
                        },
                    }
                    for f in found
                ],
                "next_steps": [
                    {"id": s.id, "finding_id": s.finding_id, "text": s.text} for s in steps
                ],
            }
        )
        return EXIT_OK
    if not found:
        hint("No findings yet. Add one with: peerview finding add --review ID ...")
    for f in found:
        t = f.triangulation
        flag = f"  SINGLE SOURCE: {'; '.join(t.reasons)}" if t.single_source else ""
        print(f"{f.id}  {f.kind_label}: {f.title}")
        print(
            f"    strands {', '.join(f.strand_codes) or '-'}; {t.notes} notes, "
            f"{len(t.activity_kinds)} kinds of activity, {t.reviewers} reviewers{flag}"
        )
        if f.guard_hits:
            print(f"    grade guard: {', '.join(h.term for h in f.guard_hits)}")
    for n, s in enumerate(steps, 1):
        print(f"Next step {n}: {s.text}")
    return EXIT_OK


def _print_guard(view: Any) -> None:
    for hit in view.guard_hits:
        print(f"    grade guard: '{hit.term}': {hit.why}. Consider: {hit.suggestion}")


# --- review status ------------------------------------------------------------------------


def cmd_review_status(args: argparse.Namespace) -> int:
    from app.services import reviews, signoff

    if args.action == "send-back":
        with open_store(args) as store:
            review_id = reviews.resolve_review(store, args.id)
            signoff.send_back(store, review_id, " ".join(args.reason))
        print("The review is back in draft; the note says why.")
        return EXIT_OK
    with open_store(args, read_only=args.status is None) as store:
        review_id = reviews.resolve_review(store, args.id)
        if args.status is not None:
            signoff.advance(store, review_id, args.status)
        detail = reviews.get_review(store, review_id)
        events = signoff.history(store, review_id)
    with_note = next((e.sent_back_note for e in reversed(events) if e.sent_back_note), "")
    note = with_note if detail.summary.status == "draft" else ""
    if args.json:
        print_json(
            {
                "review_id": review_id,
                "status": detail.summary.status,
                "sent_back_note": note,
                "history": [asdict(e) for e in events],
            }
        )
        return EXIT_OK
    print(f"{detail.summary.title}: {signoff.label(detail.summary.status)}")
    if note:
        print(f"  {note}")
    for e in events:
        print(f"  {e.when}  {signoff.label(e.status)}  by {e.author}")
    following = signoff.next_status(detail.summary.status)
    if following and following != "signed":
        hint(f"Next: peerview review status {review_id[-8:]} {following}")
    return EXIT_OK


# --- action ---------------------------------------------------------------------------


def cmd_action(args: argparse.Namespace) -> int:
    from app.services import actions, reviews

    if args.action == "list":
        with open_store(args, read_only=True) as store:
            items = actions.list_actions(store, reviews.resolve_review(store, args.review))
        rows = [
            {
                k: getattr(a, k)
                for k in (
                    "id",
                    "action",
                    "owner",
                    "success_criteria",
                    "review_date",
                    "status",
                    "finding_id",
                )
            }
            for a in items
        ]
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
    with open_store(args) as store:
        if args.action == "add":
            action_id, _ = actions.add_action(
                store,
                reviews.resolve_review(store, args.review),
                _text(args.text),
                owner=args.owner,
                success_criteria=args.criteria,
                review_date=args.date,
            )
            print(f"Saved action {action_id}")
        elif args.action == "set":
            action_id = _resolve(store, "action_item", args.id, "see: peerview action list")
            fields = {
                k: v
                for k, v in {
                    "status": args.status,
                    "owner": args.owner,
                    "success_criteria": args.criteria,
                    "review_date": args.date,
                    "action": args.text,
                }.items()
                if v is not None
            }
            if not fields:
                raise PeerviewError(
                    "Say what to change: --status, --owner, --criteria, --date or --text."
                )
            actions.update_action(store, action_id, **fields)
            print(f"Updated action {action_id}")
        else:
            source = reviews.resolve_review(store, args.source)
            target = reviews.resolve_review(store, args.target)
            changes = actions.carry_forward_reviews(store, source, target)
            print(f"Carried {len(changes.ids('action_item')) // 2} open action(s) forward.")
    return EXIT_OK


# --- retention ------------------------------------------------------------------------


def cmd_retention(args: argparse.Namespace) -> int:
    from app.services import retention, reviews

    if args.action == "show":
        with open_store(args, read_only=True) as store:
            found = retention.states(store)
        if args.json:
            print_json([asdict(s) for s in found])
        for s in found if not args.json else []:
            keep = (
                "keep notes"
                if s.retention_days is None
                else f"purge {s.retention_days} days after signing"
            )
            when = (
                f"; purged {s.purged_at[:10]}"
                if s.purged_at
                else (f"; due {s.due_at[:10]}" if s.due_at else "")
            )
            print(f"{s.review_id}  {s.title}  [{s.status}]  {keep}{when}; {s.notes} notes held")
        return EXIT_OK
    with open_store(args) as store:
        if args.action == "set":
            review_id = reviews.resolve_review(store, args.review)
            retention.set_retention(store, review_id, None if args.keep else args.days)
            hint(
                "Notes are kept."
                if args.keep
                else f"Notes will be purged {args.days} days after the report is signed (peerview retention run)."
            )
            return EXIT_OK
        now = None
        if args.as_of:
            try:
                now = dt.datetime.combine(dt.date.fromisoformat(args.as_of), dt.time.max, dt.UTC)
            except ValueError as exc:
                raise PeerviewError(
                    f"'{args.as_of}' is not a date; write it as YYYY-MM-DD."
                ) from exc
        results = retention.run(store, now)
    if not results:
        print("No review's notes are due to be purged.")
    for r in results:
        print(
            f"Purged {r.notes_purged} evidence notes of review {r.review_id}; {r.findings_kept} findings kept with their triangulation."
        )
    return EXIT_OK


# --- registration ---------------------------------------------------------------------


def _existing_actions(reg: Registrar, command: str) -> Any:
    """The sub-action group of a command another module registered (``review``)."""
    parser = reg.sub.choices[command]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(command)


def register(reg: Registrar) -> None:
    common, as_json = reg.common, reg.as_json

    fd = reg.add("finding", cmd_finding, "list, add and check findings")
    fd_sub = reg.actions(fd)
    fl = fd_sub.add_parser(
        "list", parents=[common, as_json], help="findings, triangulation and next steps"
    )
    fl.add_argument("--review", required=True, metavar="ID")
    fg = fd_sub.add_parser(
        "guard", parents=[common, as_json], help="judgement language in the findings"
    )
    fg.add_argument("--review", required=True, metavar="ID")
    fa = fd_sub.add_parser("add", parents=[common], help="add a finding")
    fa.add_argument("--review", required=True, metavar="ID")
    fa.add_argument(
        "--kind",
        required=True,
        choices=FINDING_KINDS,
        metavar="KIND",
        help=f"one of: {', '.join(FINDING_KINDS)}",
    )
    fa.add_argument("--title", required=True)
    fa.add_argument(
        "--strand", action="append", metavar="CODE", help="framework strand code; repeat for more"
    )
    fa.add_argument(
        "--note",
        action="append",
        metavar="NOTE_ID",
        help="supporting evidence note; repeat for more",
    )
    fa.add_argument("text", nargs="+", help="the finding (or - to read stdin)")
    fdm = fd_sub.add_parser(
        "dismiss", parents=[common], help="keep judgement wording, recording why"
    )
    fdm.add_argument("id", help="finding id (or its first or last 8 characters)")
    fdm.add_argument("--reason", required=True)

    rv_sub = _existing_actions(reg, "review")
    st = rv_sub.add_parser(
        "status",
        parents=[common, as_json],
        help="sign-off status and history, or take the next step",
    )
    st.add_argument("id", help="review id (or its first or last 8 characters)")
    st.add_argument(
        "status",
        nargs="?",
        choices=REVIEW_STATUSES,
        metavar="STATUS",
        help=f"the next step: one of {', '.join(REVIEW_STATUSES)}",
    )
    st.set_defaults(handler=cmd_review_status)
    sb = rv_sub.add_parser(
        "send-back", parents=[common], help="send a review back to draft, saying why"
    )
    sb.add_argument("id")
    sb.add_argument("reason", nargs="+")
    sb.set_defaults(handler=cmd_review_status)

    ac = reg.add("action", cmd_action, "the action plan from the improvement workshop")
    ac_sub = reg.actions(ac)
    aa = ac_sub.add_parser("add", parents=[common], help="add an action")
    aa.add_argument("--review", required=True, metavar="ID")
    aa.add_argument("--owner", default="")
    aa.add_argument("--criteria", default="", help="success criteria")
    aa.add_argument("--date", default="", metavar="YYYY-MM-DD", help="review date")
    aa.add_argument("text", nargs="+")
    al = ac_sub.add_parser("list", parents=[common, as_json], help="list a review's actions")
    al.add_argument("--review", required=True, metavar="ID")
    aset = ac_sub.add_parser("set", parents=[common], help="change an action")
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
    acar = ac_sub.add_parser(
        "carry", parents=[common], help="carry open actions into another review"
    )
    acar.add_argument("--from", dest="source", required=True, metavar="ID")
    acar.add_argument("--to", dest="target", required=True, metavar="ID")

    rt = reg.add("retention", cmd_retention, "purge signed reviews' evidence notes on a schedule")
    rt_sub = reg.actions(rt)
    rs = rt_sub.add_parser("set", parents=[common], help="set a review's schedule")
    rs.add_argument("--review", required=True, metavar="ID")
    group = rs.add_mutually_exclusive_group(required=True)
    group.add_argument("--days", type=int, help="purge this many days after signing")
    group.add_argument("--keep", action="store_true", help="keep the notes (the default)")
    rt_sub.add_parser("show", parents=[common, as_json], help="every review's schedule")
    rr = rt_sub.add_parser("run", parents=[common], help="purge the notes that are due")
    rr.add_argument("--as-of", metavar="YYYY-MM-DD", help="purge what is due by this date")
