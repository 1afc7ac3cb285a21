"""Commands for the partnership record, kept by the partnership lead (decision 0041).

peerview partnership show [--json]
peerview partnership create NAME
peerview partnership protocol [--purpose T] [--confidentiality T] [--data-sharing T]
peerview partnership protocol attach|documents|save|detach ...  (app/commands/protocol_docs.py)
peerview partnership priority add YEAR TEXT
peerview partnership timings [--draft N] [--qa N] [--host N] [--final N] [--json]
peerview partnership school add NAME --phase PHASE [--pupils N --authority T ...]
peerview partnership school agreed SCHOOL --on DATE       the head agreed the protocol
peerview partnership school block SCHOOL --from DATE [--to DATE] [--reason T]
peerview partnership schedule propose --round NAME --from DATE --to DATE [--json]
peerview partnership schedule list [--json]
peerview partnership schedule status VISIT STATUS
peerview partnership schedule adjust VISIT [--day DATE] [--reviewer-school S] [--lead NAME]
peerview partnership reviewer add NAME --school SCHOOL [--lead --trained-on DATE ...]
peerview partnership reviewer list [--json]
peerview partnership expertise add SCHOOL --strand S --title T --consent-by N --consent-on D
peerview partnership expertise search QUERY [--strand S] [--json]

Every sub-command takes --partnership NAME when this laptop holds more than one.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from app import dates
from app.commands import EXIT_OK, Group, Registrar, open_store, print_json, protocol_docs


def _which(args: argparse.Namespace) -> str | None:
    return getattr(args, "partnership", None)


def cmd_show(args: argparse.Namespace) -> int:
    from app.services import partnership
    from app.services import protocol_docs as documents

    with open_store(args, read_only=True) as store:
        rec = partnership.record(store, _which(args))
        docs = documents.documents(store, rec.id)
    if args.json:
        print_json({**asdict(rec), "documents": [asdict(d) for d in docs]})
        return EXIT_OK
    print(rec.name + ("  (kept on this laptop: you are its lead)" if rec.lead_here else ""))
    for label, text in (
        ("Purpose", rec.purpose),
        ("Confidentiality and report sharing", rec.confidentiality),
        ("Data sharing", rec.data_sharing),
    ):
        print(f"{label}: {text or '(not agreed yet)'}")
    if docs:
        print(f"Documents attached to the protocol ({len(docs)}):")
        protocol_docs.print_documents(docs)
    for year, texts in sorted(rec.priorities.items()):
        print(f"Shared priorities {year}:")
        for text in texts:
            print(f"  - {text}")
    print(f"{len(rec.schools)} member schools:")
    for s in rec.schools:
        size = f", {s.pupils} pupils" if s.pupils else ""
        agreed = (
            f"protocol agreed {dates.date_long(s.protocol_agreed_on)}"
            if s.protocol_agreed_on
            else ("protocol not agreed yet")
        )
        print(f"  {s.name} ({s.phase}{size}); {agreed}")
        for label, value in (
            ("LA or trust", s.authority),
            ("Headteacher", s.headteacher),
            ("Contact", s.contact),
        ):
            if value:
                print(f"      {label}: {value}")
        for first, last, reason in s.blocked:
            span = dates.date_range_long(first, last)
            print(f"      blocked {span}" + (f" ({reason})" if reason else ""))
        if s.keys:
            print(f"      on the roster: {', '.join(s.keys)}")
    return EXIT_OK


def cmd_create(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.create(store, args.name)
    print(f"Created the partnership {args.name.strip()}; this laptop keeps its record.")
    return EXIT_OK


def cmd_protocol(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.set_protocol(
            store,
            _which(args),
            purpose=args.purpose,
            confidentiality=args.confidentiality,
            data_sharing=args.data_sharing,
        )
    print("The protocol is recorded.")
    return EXIT_OK


_TIMING_OPTIONS = {
    "draft": "draft_days",
    "qa": "qa_days",
    "host": "host_days",
    "final": "final_days",
}


def _working_days(option: str, given: str) -> int:
    """A timing as typed: a whole number, or a message naming the option and the fix."""
    from app.services.deadlines import LONGEST
    from app.services.errors import PeerviewError

    text = given.strip()
    if not text.isascii() or not text.isdigit():
        raise PeerviewError(
            f"--{option} '{given}' is not a whole number of working days.",
            hint_cli=f"Give a number from 1 to {LONGEST}, such as --{option} 5.",
        )
    return int(text)


def cmd_timings(args: argparse.Namespace) -> int:
    from app.services import deadlines

    given = {
        field: _working_days(option, value)
        for option, field in _TIMING_OPTIONS.items()
        if (value := getattr(args, option)) is not None
    }
    with open_store(args, read_only=not given) as store:
        if given:
            deadlines.set_timings(store, _which(args), **given)
        name, days = deadlines.partnership_timings(store, _which(args))
    if args.json:
        print_json({"partnership": name, **days})
        return EXIT_OK
    print(f"Report timings of {name}, in working days (Monday to Friday):")
    for field, label in deadlines.TIMING_LABELS.items():
        after = {
            "draft_days": "after the visit's last day",
            "qa_days": "after the first draft",
            "host_days": "after the draft is sent to the host",
            "final_days": "after the visit's last day",
        }[field]
        days_word = "working day" if days[field] == 1 else "working days"
        print(f"  {label}: {days[field]} {days_word} {after}")
    if given:
        print("Saved: the due dates of the partnership's reviews follow these timings.")
    return EXIT_OK


def cmd_priority_add(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.add_priority(store, _which(args), args.year, args.text)
    print(f"Added a shared priority for {args.year}.")
    return EXIT_OK


def cmd_school_add(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.add_school(
            store,
            _which(args),
            args.name,
            args.phase,
            pupils=args.pupils,
            authority=args.authority,
            headteacher=args.head,
            contact=args.contact,
        )
    print(f"Added {args.name.strip()} to the partnership.")
    return EXIT_OK


def cmd_school_agreed(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.record_agreement(store, _which(args), args.school, args.on)
    print(f"Recorded the head's agreement to the protocol on {args.on}.")
    return EXIT_OK


def cmd_school_block(args: argparse.Namespace) -> int:
    from app.services import partnership

    with open_store(args) as store:
        partnership.block_dates(
            store, _which(args), args.school, args.first, args.last or args.first, args.reason
        )
    print("Blocked: no review is proposed on those days.")
    return EXIT_OK


def cmd_schedule_propose(args: argparse.Namespace) -> int:
    from app.services import rounds

    keep = []
    for pair in args.keep or ():
        reviewer, _, host = pair.partition(":")
        keep.append((reviewer, host))
    with open_store(args) as store:
        result = rounds.propose_round(store, _which(args), args.round, args.first, args.last, keep)
        visits = [v for v in rounds.schedule(store, _which(args)) if v.round_name == args.round]
    if args.json:
        print_json(
            {
                "round": args.round,
                "visits": [asdict(v) for v in visits],
                "unmet": [asdict(u) for u in result.proposal.unmet],
            }
        )
        return EXIT_OK
    _print_visits(visits)
    if result.proposal.unmet:
        print("Rules this proposal could not meet:")
        for unmet in result.proposal.unmet:
            print(f"  - {unmet.text}")
    else:
        print(
            "Every rule is met: no reciprocal pairs, no repeat of the last round, "
            "dates clear, a trained lead on every review."
        )
    return EXIT_OK


def _print_visits(visits: list[Any]) -> None:
    for v in visits:
        day = dates.date_short(v.day) if v.day else "(no date)"
        lead = v.lead or "no lead"
        warn = f"  ! {v.warning}" if v.warning else ""
        print(
            f"{v.id[-8:]}  {day}  {v.reviewer_school} reviews {v.host}; {lead}; {v.status.replace('_', ' ')}{warn}"
        )


def cmd_schedule_list(args: argparse.Namespace) -> int:
    from app.services import rounds

    with open_store(args, read_only=True) as store:
        visits = rounds.schedule(store, _which(args))
    if args.json:
        print_json([asdict(v) for v in visits])
        return EXIT_OK
    if not visits:
        print("No reviews scheduled yet.")
    current = None
    for v in visits:
        if v.round_name != current:
            current = v.round_name
            print(current)
        _print_visits([v])
    return EXIT_OK


def cmd_schedule_status(args: argparse.Namespace) -> int:
    from app.services import rounds

    with open_store(args) as store:
        rounds.set_status(store, _visit(store, args.visit), args.status)
    print(f"Status: {args.status.replace('_', ' ')}.")
    return EXIT_OK


def cmd_schedule_adjust(args: argparse.Namespace) -> int:
    from app.services import rounds

    with open_store(args) as store:
        visit_id = _visit(store, args.visit)
        rounds.adjust(
            store, visit_id, day=args.day, reviewer_school=args.reviewer_school, lead=args.lead
        )
        (visit,) = [v for v in rounds.schedule(store, _which(args)) if v.id == visit_id]
    _print_visits([visit])
    return EXIT_OK


def _visit(store: object, ref: str) -> str:
    from app.services import refs
    from app.services.store import Store

    assert isinstance(store, Store)
    return refs.resolve_record(
        store,
        "scheduled_review",
        ref,
        what="scheduled review",
        listing="peerview partnership schedule list",
    )


def cmd_reviewer_add(args: argparse.Namespace) -> int:
    from app.services import reviewers

    with open_store(args) as store:
        reviewers.add_reviewer(
            store,
            _which(args),
            args.name,
            args.school,
            accreditation="lead_reviewer" if args.lead else "reviewer",
            trained_on=args.trained_on or "",
            course=args.course,
            trainer=args.trainer,
            refresher_due=args.refresher_due or "",
            earlier_done=args.done,
            earlier_led=args.led,
        )
    print(f"Added {args.name.strip()} to the reviewer pool.")
    return EXIT_OK


def cmd_reviewer_list(args: argparse.Namespace) -> int:
    from app.services import reviewers

    with open_store(args, read_only=True) as store:
        found = reviewers.pool(store, _which(args))
    if args.json:
        print_json([asdict(r) for r in found])
        return EXIT_OK
    if not found:
        print("No reviewers in the pool yet.")
    for r in found:
        trained = (
            f"trained {dates.date_long(r.trained_on)} ({r.course}, {r.trainer})"
            if r.trained_on
            else ("not trained yet")
        )
        due = f"; refresher due {dates.date_long(r.refresher_due)}" if r.refresher_due else ""
        late = " ! refresher overdue" if r.refresher_overdue else ""
        print(f"{r.name}, {r.school}: {r.accreditation.replace('_', ' ')}; {trained}{due}{late}")
        print(f"    reviews done {r.reviews_done}, led {r.reviews_led}")
    return EXIT_OK


def cmd_expertise_add(args: argparse.Namespace) -> int:
    from app.services import expertise

    with open_store(args) as store:
        expertise.add_expertise(
            store,
            _which(args),
            args.school,
            args.strand,
            args.title,
            text=args.text,
            contact=args.contact,
            consent_by=args.consent_by,
            consent_on=args.consent_on,
        )
    print("Added to the expertise directory.")
    return EXIT_OK


def cmd_expertise_search(args: argparse.Namespace) -> int:
    from app.services import expertise

    with open_store(args, read_only=True) as store:
        found = expertise.search(store, args.query, _which(args), args.strand)
    if args.json:
        print_json([asdict(e) for e in found])
        return EXIT_OK
    if not found:
        print("Nothing in the directory matches.")
    for e in found:
        kind = "Area of Excellence" if e.kind == "area_of_excellence" else "Expertise"
        print(f"{e.school}: {e.title}  [{e.strand}] ({kind})")
        if e.text:
            print(f"    {e.text}")
        if e.contact:
            print(f"    contact: {e.contact}")
    return EXIT_OK


def _nested(group: Group, name: str, help_: str) -> Group:
    return group.nested(name, help_)


def register(reg: Registrar) -> None:
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--partnership", metavar="NAME", help="when this laptop holds several")
    pg = reg.group("partnership", "the partnership: schools, protocol, schedule, reviewers")
    pg.add("show", cmd_show, "the partnership record", which, reg.as_json)
    pg.add("create", cmd_create, "create the partnership (its lead)", which).add_argument("name")
    proto = pg.add("protocol", cmd_protocol, "record the agreed protocol", which)
    proto.add_argument("--purpose")
    proto.add_argument("--confidentiality", help="confidentiality and report sharing")
    proto.add_argument("--data-sharing", dest="data_sharing")
    protocol_docs.register(proto, reg.common, which, reg.as_json)
    prio = _nested(pg, "priority", "the shared priorities of a year")
    pa = prio.add("add", cmd_priority_add, "add a shared priority", which)
    pa.add_argument("year", metavar="YEAR", help="the academic year, as 2026-27")
    pa.add_argument("text")
    tm = pg.add(
        "timings",
        cmd_timings,
        "the report's timings in working days (shown, or set by the lead)",
        which,
        reg.as_json,
    )
    for option, help_ in (
        ("draft", "the draft, after the visit's last day"),
        ("qa", "quality assurance, after the first draft"),
        ("host", "the host's response, after the draft is sent"),
        ("final", "the final signed report, after the visit's last day"),
    ):
        tm.add_argument(f"--{option}", metavar="N", help=help_)
    school = _nested(pg, "school", "member schools")
    sa = school.add("add", cmd_school_add, "add a member school", which)
    sa.add_argument("name")
    sa.add_argument("--phase", required=True)
    sa.add_argument("--pupils", type=int)
    sa.add_argument("--authority", default="", help="the local authority or trust")
    sa.add_argument("--head", default="", metavar="NAME")
    sa.add_argument("--contact", default="", help="the school's partnership contact")
    ag = school.add("agreed", cmd_school_agreed, "the head agreed the protocol", which)
    ag.add_argument("school")
    ag.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    bl = school.add("block", cmd_school_block, "days the school is not available", which)
    bl.add_argument("school")
    bl.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    bl.add_argument("--to", dest="last", metavar="YYYY-MM-DD")
    bl.add_argument("--reason", default="")
    sched = _nested(pg, "schedule", "rounds of reviews: who reviews whom, and when")
    pr = sched.add("propose", cmd_schedule_propose, "propose a round", which, reg.as_json)
    pr.add_argument("--round", required=True, metavar="NAME")
    pr.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    pr.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    pr.add_argument(
        "--keep",
        action="append",
        metavar="REVIEWER:HOST",
        help="repeat this pair from the last round (may be given again)",
    )
    sched.add("list", cmd_schedule_list, "every scheduled review", which, reg.as_json)
    st = sched.add("status", cmd_schedule_status, "move a review along", which)
    st.add_argument("visit")
    st.add_argument("status")
    adj = sched.add("adjust", cmd_schedule_adjust, "change a proposed visit", which)
    adj.add_argument("visit")
    adj.add_argument("--day", metavar="YYYY-MM-DD")
    adj.add_argument("--reviewer-school", dest="reviewer_school", metavar="SCHOOL")
    adj.add_argument("--lead", metavar="NAME", help="a reviewer from the pool")
    rv = _nested(pg, "reviewer", "the reviewer pool")
    ra = rv.add("add", cmd_reviewer_add, "add a reviewer", which)
    ra.add_argument("name")
    ra.add_argument("--school", required=True)
    ra.add_argument("--lead", action="store_true", help="accredited as a lead reviewer")
    ra.add_argument("--trained-on", dest="trained_on", metavar="YYYY-MM-DD")
    ra.add_argument("--course", default="")
    ra.add_argument("--trainer", default="")
    ra.add_argument("--refresher-due", dest="refresher_due", metavar="YYYY-MM-DD")
    ra.add_argument("--done", type=int, default=0, help="reviews done before")
    ra.add_argument("--led", type=int, default=0, help="reviews led before")
    rv.add("list", cmd_reviewer_list, "the pool, with training", which, reg.as_json)
    ex = _nested(pg, "expertise", "where expertise sits")
    ea = ex.add("add", cmd_expertise_add, "add a school's expertise", which)
    ea.add_argument("school")
    ea.add_argument("--strand", required=True)
    ea.add_argument("--title", required=True)
    ea.add_argument("--text", default="")
    ea.add_argument("--contact", default="")
    ea.add_argument("--consent-by", dest="consent_by", required=True, metavar="NAME")
    ea.add_argument("--consent-on", dest="consent_on", required=True, metavar="YYYY-MM-DD")
    es = ex.add("search", cmd_expertise_search, "search the directory", which, reg.as_json)
    es.add_argument("query")
    es.add_argument("--strand")
