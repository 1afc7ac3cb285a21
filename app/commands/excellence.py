"""Commands for Areas of Excellence: nominated by the host, validated by the team with
its evidence, shared with the partnership only with the host's consent.

peerview excellence list ID [--json]
peerview excellence nominate ID --title TITLE --by NAME --on DATE [--text TEXT]
peerview excellence validate NOMINATION --finding REF [--on DATE]
peerview excellence consent NOMINATION --by NAME [--on DATE]
peerview excellence withdraw NOMINATION          withdraw the consent to share
peerview excellence remove NOMINATION            take back one recorded by mistake
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict

from app import dates
from app.commands import EXIT_OK, Registrar, open_store, print_json


def _nomination(store: object, ref: str) -> str:
    from app.services import refs
    from app.services.store import Store

    assert isinstance(store, Store)
    return refs.resolve_record(
        store,
        "excellence_nomination",
        ref,
        what="nomination",
        listing="peerview excellence list ID",
    )


def cmd_excellence_list(args: argparse.Namespace) -> int:
    from app.services import excellence, reviews

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.id)
        found = excellence.nominations(store, review_id)
    if args.json:
        print_json([{**asdict(n), "shared": n.shared} for n in found])
        return EXIT_OK
    if not found:
        print("No Areas of Excellence nominated by the host.")
    for n in found:
        print(f"{n.id[-8:]}  {n.title}")
        print(f"    nominated by {n.nominated_by} on {dates.date_long(n.nominated_on)}")
        if n.finding_id:
            print(f"    validated by the team on {dates.date_long(n.validated_on)}")
        else:
            print("    not validated yet (the report leaves it out)")
        if n.shared:
            print(f"    shared with consent of {n.consent_by} ({dates.date_long(n.consent_on)})")
        elif n.withdrawn_on:
            print(
                f"    consent of {n.withdrawn_consent_of} withdrawn "
                f"({dates.date_long(n.withdrawn_on)}): not shared"
            )
    return EXIT_OK


def cmd_excellence_nominate(args: argparse.Namespace) -> int:
    from app.services import excellence, reviews

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.id)
        new_id, _ = excellence.nominate(store, review_id, args.title, args.text, args.by, args.on)
    print(f"Nominated: {args.title} ({new_id[-8:]}).")
    return EXIT_OK


def cmd_excellence_validate(args: argparse.Namespace) -> int:
    from app.services import excellence, findings

    with open_store(args) as store:
        nomination = _nomination(store, args.nomination)
        finding = findings.resolve_finding(store, args.finding)
        excellence.validate(store, nomination, finding, args.on or dt.date.today().isoformat())
    print("Validated with the finding's evidence; the report now includes it.")
    return EXIT_OK


def cmd_excellence_consent(args: argparse.Namespace) -> int:
    from app.services import excellence

    with open_store(args) as store:
        nomination = _nomination(store, args.nomination)
        excellence.consent(store, nomination, args.by, args.on or dt.date.today().isoformat())
    print(f"Recorded {args.by}'s consent to share it with the partnership.")
    return EXIT_OK


def cmd_excellence_withdraw(args: argparse.Namespace) -> int:
    from app.services import excellence

    with open_store(args) as store:
        excellence.withdraw_consent(store, _nomination(store, args.nomination))
    print("Consent withdrawn: it is no longer shared with the partnership.")
    return EXIT_OK


def cmd_excellence_remove(args: argparse.Namespace) -> int:
    from app.services import excellence

    with open_store(args) as store:
        excellence.delete_nomination(store, _nomination(store, args.nomination))
    print("Nomination removed.")
    return EXIT_OK


def register(reg: Registrar) -> None:
    ex = reg.group("excellence", "Areas of Excellence: nominated, validated, shared")
    ls = ex.add("list", cmd_excellence_list, "the host's nominations", reg.as_json)
    ls.add_argument("id")
    nom = ex.add("nominate", cmd_excellence_nominate, "record the host's nomination")
    nom.add_argument("id")
    nom.add_argument("--title", required=True)
    nom.add_argument("--by", required=True, metavar="NAME")
    nom.add_argument("--on", required=True, metavar="YYYY-MM-DD")
    nom.add_argument("--text", default="", metavar="TEXT")
    val = ex.add("validate", cmd_excellence_validate, "validate it with a finding's evidence")
    val.add_argument("nomination")
    val.add_argument("--finding", required=True, metavar="REF")
    val.add_argument("--on", metavar="YYYY-MM-DD")
    con = ex.add("consent", cmd_excellence_consent, "the host's consent to share it")
    con.add_argument("nomination")
    con.add_argument("--by", required=True, metavar="NAME")
    con.add_argument("--on", metavar="YYYY-MM-DD")
    wd = ex.add("withdraw", cmd_excellence_withdraw, "withdraw the consent to share")
    wd.add_argument("nomination")
    rm = ex.add("remove", cmd_excellence_remove, "take back a nomination recorded by mistake")
    rm.add_argument("nomination")
