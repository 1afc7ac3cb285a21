"""Commands for the team's agreement and the host's factual-accuracy round.

peerview review agree ID [--for NAME]              your agreement with the findings, or
                                                   (lead) a member's, recorded for them
peerview accuracy show ID [--json]                 due dates, drafts sent, the host's
                                                   responses and the lead's decisions
peerview accuracy send ID --draft N --to NAME [--on DATE] [--findings FILE]
peerview accuracy respond FINDINGS --out FILE [--finding N TEXT]... [--general TEXT]
                                                   (the host) a signed response file
peerview accuracy import ID FILE                   the host's signed response
peerview accuracy record ID --draft N --from NAME --sent WHEN --via email|marked_pdf|letter
                         --file PATH [--finding REF TEXT]... [--general TEXT]
peerview accuracy decide ID N accepted|changed|declined [--reason TEXT]
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from pathlib import Path

from app import dates
from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.services.errors import PeerviewError


def cmd_review_agree(args: argparse.Namespace) -> int:
    from app.services import duties, reviews, signoff

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        person_id = None
        if args.for_name:
            with store.read() as conn:
                team = duties.members(conn, review_id)
            wanted = " ".join(args.for_name.split()).casefold()
            found = [m for m in team if " ".join(m.name.split()).casefold() == wanted]
            if not found:
                raise PeerviewError(
                    f"Nobody called '{args.for_name}' is on this review's team "
                    f"({', '.join(m.name for m in team) or 'no members yet'})."
                )
            person_id = found[0].person_id
        signoff.agree(store, review_id, person_id)
        with store.read() as conn:
            agreed = duties.agreements(conn, review_id)
            team = duties.members(conn, review_id)
    waiting = [m.name for m in team if m.person_id not in agreed]
    print(f"Recorded. Agreed: {len(agreed)} of {len(team)}.")
    if waiting:
        print(f"  Still to agree: {', '.join(waiting)}")
    else:
        hint(f"Everyone agrees. Next: peerview review status {review_id[-8:]} team_confirmed")
    return EXIT_OK


def cmd_accuracy_show(args: argparse.Namespace) -> int:
    from app.services import accuracy, deadlines, reviews

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.id)
        with store.read() as conn:
            due = deadlines.due_dates(conn, review_id)
        sent = accuracy.sent(store, review_id)
        answers = accuracy.responses(store, review_id)
    today = dt.date.today()
    if args.json:
        print_json(
            {
                "review_id": review_id,
                "due": [{**asdict(d), "state": d.state(today)} for d in due],
                "sent": [asdict(s) for s in sent],
                "responses": [asdict(r) for r in answers],
            }
        )
        return EXIT_OK
    print("Due dates")
    for d in due:
        print(f"  {d.label}: {dates.date_long(d.due.isoformat())} ({d.state(today)})")
    for s in sent:
        print(f"Draft {s.draft_number} sent to {s.sent_to} on {dates.date_long(s.sent_on)}")
    number = 0
    for r in answers:
        print(
            f"Response to draft {r.draft_number} from {r.from_name} "
            f"({accuracy.CHANNELS.get(r.channel, r.channel)}, {dates.date_time(r.sent_at)})"
        )
        if r.general:
            print(f"  {r.general}")
        for c in r.corrections:
            number += 1
            decided = accuracy.DECISIONS.get(c.decision, "no decision yet")
            print(f"  {number}. {c.finding_title}: {c.said}")
            print(f"     Lead: {decided}{': ' + c.reason if c.reason else ''}")
    if not answers:
        print("No response from the host yet.")
    return EXIT_OK


def cmd_accuracy_send(args: argparse.Namespace) -> int:
    from app.services import accuracy, response_file, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        accuracy.send_draft(
            store, review_id, args.draft, args.to, args.on or dt.date.today().isoformat()
        )
        if args.findings:
            response_file.write_findings(store, review_id, args.draft, Path(args.findings))
    print(f"Recorded: draft {args.draft} sent to {args.to}.")
    if args.findings:
        print(f"The draft's findings for the host's Peerview: {args.findings}")
    return EXIT_OK


def cmd_accuracy_respond(args: argparse.Namespace) -> int:
    from app.services import response_file

    draft = response_file.read_findings(Path(args.findings))
    if not args.finding and not args.general:
        print(f"{draft.school}: draft {draft.draft_number} of '{draft.title}'")
        for n, f in enumerate(draft.findings, 1):
            print(f"  {n}. {f.title}\n     {f.text}")
        hint("Respond: peerview accuracy respond FILE --finding N TEXT ... --out response")
        return EXIT_OK
    said: dict[str, str] = {}
    for ref, text in args.finding or []:
        if not ref.isdigit() or not 1 <= int(ref) <= len(draft.findings):
            raise PeerviewError(
                f"'{ref}' is not a finding number of this draft (1 to {len(draft.findings)})."
            )
        said[draft.findings[int(ref) - 1].id] = text
    if not args.out:
        raise PeerviewError("Say where to write the signed response: --out FILE.")
    with open_store(args) as store:
        out = response_file.write_response(
            store, draft, said, Path(args.out), general=args.general or ""
        )
    print(f"Signed response written to {out}. Send it to the lead reviewer.")
    return EXIT_OK


def cmd_accuracy_import(args: argparse.Namespace) -> int:
    from app.services import response_file, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        response_file.import_response(store, review_id, Path(args.file))
    print("Imported the host's signed response.")
    hint(f"See it: peerview accuracy show {review_id[-8:]}")
    return EXIT_OK


def cmd_accuracy_record(args: argparse.Namespace) -> int:
    from app.services import accuracy, findings, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        said = {findings.resolve_finding(store, ref): text for ref, text in args.finding or []}
        accuracy.record_response(
            store,
            review_id,
            draft_number=args.draft,
            from_name=args.from_name,
            sent_at=args.sent,
            channel=args.via,
            evidence=Path(args.file),
            corrections=said,
            general=args.general or "",
        )
    print(f"Recorded the response from {args.from_name}, with {Path(args.file).name} attached.")
    return EXIT_OK


def cmd_accuracy_decide(args: argparse.Namespace) -> int:
    from app.services import accuracy, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        items = [c for r in accuracy.responses(store, review_id) for c in r.corrections]
        if not 1 <= args.number <= len(items):
            raise PeerviewError(
                f"There is no correction {args.number} (the host asked for {len(items)}).",
                hint_cli="See them: peerview accuracy show ID",
            )
        accuracy.decide(store, items[args.number - 1].id, args.decision, args.reason or "")
    print(f"Correction {args.number}: {accuracy.DECISIONS[args.decision]}.")
    return EXIT_OK


def register(reg: Registrar) -> None:
    agree = reg.group("review").add(
        "agree", cmd_review_agree, "agree with the findings (Team confirmed)"
    )
    agree.add_argument("id")
    agree.add_argument("--for", dest="for_name", metavar="NAME")
    acc = reg.group("accuracy", "the host's factual-accuracy check of the draft")
    show = acc.add("show", cmd_accuracy_show, "due dates, responses, decisions", reg.as_json)
    show.add_argument("id")
    send = acc.add("send", cmd_accuracy_send, "record the draft sent to the host")
    send.add_argument("id")
    send.add_argument("--draft", type=int, required=True, metavar="N")
    send.add_argument("--to", required=True, metavar="NAME")
    send.add_argument("--on", metavar="YYYY-MM-DD")
    send.add_argument("--findings", metavar="FILE", help="write the draft's findings file")
    respond = acc.add("respond", cmd_accuracy_respond, "(host) write a signed response")
    respond.add_argument("findings", metavar="FINDINGS_FILE")
    respond.add_argument("--finding", nargs=2, action="append", metavar=("N", "TEXT"))
    respond.add_argument("--general", metavar="TEXT")
    respond.add_argument("--out", metavar="FILE")
    imp = acc.add("import", cmd_accuracy_import, "import the host's signed response")
    imp.add_argument("id")
    imp.add_argument("file")
    rec = acc.add("record", cmd_accuracy_record, "record an emailed or marked-up response")
    rec.add_argument("id")
    rec.add_argument("--draft", type=int, required=True, metavar="N")
    rec.add_argument("--from", dest="from_name", required=True, metavar="NAME")
    rec.add_argument("--sent", required=True, metavar="WHEN")
    rec.add_argument("--via", required=True, choices=("email", "marked_pdf", "letter"))
    rec.add_argument("--file", required=True, metavar="PATH")
    rec.add_argument("--finding", nargs=2, action="append", metavar=("REF", "TEXT"))
    rec.add_argument("--general", metavar="TEXT")
    dec = acc.add("decide", cmd_accuracy_decide, "accept, change or decline a correction")
    dec.add_argument("id")
    dec.add_argument("number", type=int, metavar="N")
    dec.add_argument("decision", choices=("accepted", "changed", "declined"))
    dec.add_argument("--reason", metavar="TEXT")
