"""Commands for findings and sign-off.

peerview finding list --review ID [--json]
peerview finding add --review ID --kind KIND --title TITLE [--strand CODE] [--note ID]
                     [--question N|ID] TEXT
peerview finding link ID --question N|ID          the enquiry questions a finding answers
peerview finding unlink ID --question N|ID
peerview finding respond ID TEXT | --clear        the host's response at the feedback meeting
peerview finding guard --review ID [--json]      judgement language in the findings
peerview finding dismiss ID --reason REASON       keep the wording, saying why
peerview review status ID [STATUS] [--json]       show sign-off and history, or take a step
peerview review send-back ID REASON
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from app import dates
from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.commands.text_warnings import warn
from app.models.findings import FINDING_KINDS
from app.models.review import REVIEW_STATUSES


def text_of(words: list[str]) -> str:
    """The words of a TEXT argument, or stdin when they are just ``-``."""
    text = " ".join(words).strip()
    return sys.stdin.read().strip() if text == "-" else text


# --- finding --------------------------------------------------------------------------


def cmd_finding_list(args: argparse.Namespace) -> int:
    from app.services import answers, findings, reviews

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        found = findings.list_findings(store, review_id)
        steps = findings.list_next_steps(store, review_id)
        numbers = {
            qid: n for n, (qid, _) in enumerate(answers.review_questions(store, review_id), 1)
        }
        answered = answers.questions_by_finding(store, review_id)
        responses = answers.responses_by_finding(store, review_id)
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
                        "questions": [
                            {"id": q, "number": numbers[q]} for q in answered.get(f.id, [])
                        ],
                        "host_response": responses.get(f.id, ""),
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
            f"{len(t.sources)} sources of evidence, {t.activities} activities, "
            f"{t.reviewers} reviewers{flag}"
        )
        if t.contradicting:
            print(
                f"    contradicted by {len(t.contradicting)} note(s): {', '.join(t.contradicting)}"
            )
        asked = [str(numbers[q]) for q in answered.get(f.id, [])]
        if asked:
            print(f"    answers enquiry question {', '.join(asked)}")
        if f.id in responses:
            print(f"    host's response at feedback: {responses[f.id]}")
        if f.guard_hits:
            print(f"    grade guard: {', '.join(h.term for h in f.guard_hits)}")
    for n, s in enumerate(steps, 1):
        print(f"Next step {n}: {s.text}")
    return EXIT_OK


def cmd_finding_guard(args: argparse.Namespace) -> int:
    from app.services import findings, reviews

    with open_store(args, read_only=True) as store:
        found = findings.list_findings(store, reviews.resolve_review(store, args.review))
    flagged = [f for f in found if f.guard_hits]
    if args.json:
        print_json(
            [
                {"finding_id": f.id, "title": f.title, "hits": [asdict(h) for h in f.guard_hits]}
                for f in flagged
            ]
        )
    elif not flagged:
        print("No judgement language found in the findings.")
    for f in flagged if not args.json else []:
        print(f"{f.id}  {f.title}")
        _print_guard(f)
    return EXIT_OK


def cmd_finding_add(args: argparse.Namespace) -> int:
    from app.services import answers, findings, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        questions = [answers.resolve_question(store, review_id, q) for q in args.question or []]
        result = answers.create_finding(
            store,
            review_id,
            args.kind,
            args.title,
            text_of(args.text),
            question_ids=questions,
            strand_codes=args.strand or [],
            note_ids=args.note or [],
        )
        view = findings.get_finding(store, result.finding_id)
    print(f"Saved finding {result.finding_id}")
    _print_guard(view)
    warn(f"{view.title}\n{view.text}", "finding", names_only=True)
    return EXIT_OK


def cmd_finding_dismiss(args: argparse.Namespace) -> int:
    from app.services import findings

    with open_store(args) as store:
        fid = findings.resolve_finding(store, args.id)
        findings.dismiss_guard(store, fid, args.reason)
    print(f"Dismissed the grade guard on finding {fid}; the reason is kept with it.")
    return EXIT_OK


def _cmd_link(args: argparse.Namespace, on: bool) -> int:
    from app.services import answers, findings

    with open_store(args) as store:
        fid = findings.resolve_finding(store, args.id)
        review_id = findings.get_finding(store, fid).review_id
        questions = [answers.resolve_question(store, review_id, q) for q in args.question]
        changed = answers.link_questions(store, fid, questions, on=on)
        numbers = {
            qid: n for n, (qid, _) in enumerate(answers.review_questions(store, review_id), 1)
        }
        now = answers.questions_by_finding(store, review_id).get(fid, [])
    if not changed:
        print("Nothing changed: the finding's enquiry questions were already so.")
    listed = ", ".join(str(numbers[q]) for q in now) or "none"
    print(f"Finding {fid} answers enquiry question(s): {listed}")
    return EXIT_OK


def cmd_finding_link(args: argparse.Namespace) -> int:
    return _cmd_link(args, True)


def cmd_finding_unlink(args: argparse.Namespace) -> int:
    return _cmd_link(args, False)


def cmd_finding_respond(args: argparse.Namespace) -> int:
    from app.services import answers, findings
    from app.services.errors import PeerviewError

    text = "" if args.clear else text_of(args.text or [])
    if not args.clear and not text:
        raise PeerviewError(
            "Give what the host said about the finding, or --clear to take a response away."
        )
    if args.clear and args.text:
        raise PeerviewError("Give a response or --clear, not both.")
    with open_store(args) as store:
        fid = findings.resolve_finding(store, args.id)
        answers.set_response(store, fid, text)
    if args.clear:
        print(f"Took away the host's response to finding {fid}.")
    else:
        print(f"Recorded the host's response to finding {fid}.")
    return EXIT_OK


def _print_guard(view: Any) -> None:
    for hit in view.guard_hits:
        print(f"    grade guard: '{hit.term}': {hit.why}. Consider: {hit.suggestion}")


# --- review status ------------------------------------------------------------------------


def cmd_review_status(args: argparse.Namespace) -> int:
    from app.services import reviews, signoff

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
        print(f"  {dates.date_time(e.when)}  {signoff.label(e.status)}  by {e.author}")
    following = signoff.next_status(detail.summary.status)
    if following and following != "signed":
        hint(f"Next: peerview review status {review_id[-8:]} {following}")
    return EXIT_OK


def cmd_review_send_back(args: argparse.Namespace) -> int:
    from app.services import reviews, signoff

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        signoff.send_back(store, review_id, " ".join(args.reason))
    print("The review is back in draft; the note says why.")
    return EXIT_OK


# --- registration ---------------------------------------------------------------------


def register(reg: Registrar) -> None:
    fd = reg.group("finding", "list, add and check findings")
    fl = fd.add("list", cmd_finding_list, "findings, triangulation and next steps", reg.as_json)
    fl.add_argument("--review", required=True, metavar="ID")
    fg = fd.add("guard", cmd_finding_guard, "judgement language in the findings", reg.as_json)
    fg.add_argument("--review", required=True, metavar="ID")
    fa = fd.add("add", cmd_finding_add, "add a finding")
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
    fa.add_argument(
        "--question",
        action="append",
        metavar="N|ID",
        help="an enquiry question the finding answers (its number in the review); repeat",
    )
    fa.add_argument("text", nargs="+", help="the finding (or - to read stdin)")
    for name, handler, help_ in (
        ("link", cmd_finding_link, "link a finding to the enquiry questions it answers"),
        ("unlink", cmd_finding_unlink, "unlink a finding from enquiry questions"),
    ):
        fq = fd.add(name, handler, help_)
        fq.add_argument("id", help="finding id (or its first or last 8 characters)")
        fq.add_argument(
            "--question",
            action="append",
            required=True,
            metavar="N|ID",
            help="the enquiry question's number in the review (1, 2 ...) or id; repeat",
        )
    fr = fd.add("respond", cmd_finding_respond, "record the host's response at the feedback")
    fr.add_argument("id", help="finding id (or its first or last 8 characters)")
    fr.add_argument("text", nargs="*", help="what the host said (or - to read stdin)")
    fr.add_argument("--clear", action="store_true", help="take the recorded response away")
    fdm = fd.add("dismiss", cmd_finding_dismiss, "keep judgement wording, recording why")
    fdm.add_argument("id", help="finding id (or its first or last 8 characters)")
    fdm.add_argument("--reason", required=True)

    review = reg.group("review")
    st = review.add(
        "status",
        cmd_review_status,
        "sign-off status and history, or take the next step",
        reg.as_json,
    )
    st.add_argument("id", help="review id (or its first or last 8 characters)")
    st.add_argument(
        "status",
        nargs="?",
        choices=REVIEW_STATUSES,
        metavar="STATUS",
        help=f"the next step: one of {', '.join(REVIEW_STATUSES)}",
    )
    sb = review.add("send-back", cmd_review_send_back, "send a review back to draft, saying why")
    sb.add_argument("id")
    sb.add_argument("reason", nargs="+")
