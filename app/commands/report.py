"""``peerview report``, ``peerview sign`` and ``peerview verify``: the report PDF, its
signatures and their check."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import dates
from app.commands import EXIT_ERROR, EXIT_OK, Registrar, hint, open_store, print_json
from app.services.errors import PeerviewError
from app.services.store import Store


def register(reg: Registrar) -> None:
    rp = reg.add("report", cmd_report, "build a review's report PDF (and sign it as lead reviewer)")
    rp.add_argument("--review", required=True, metavar="ID")
    rp.add_argument("--out", required=True, metavar="FILE.pdf")
    rp.add_argument("--sign", action="store_true", help="sign it with your identity")
    rp.add_argument(
        "--evidence-appendix",
        action="store_true",
        help="add the evidence notes by strand (the host school's copy); notes a guard "
        "flags, or that could identify one teacher, are left out unless --include-flagged",
    )
    rp.add_argument(
        "--include-flagged",
        action="store_true",
        help="with --evidence-appendix: print the flagged notes too, after checking them",
    )
    sg = reg.add("sign", cmd_sign, "add your signature to a signed report (a countersignature)")
    sg.add_argument("file", metavar="FILE.pdf")
    sg.add_argument("--out", metavar="FILE.pdf", help="write the signed copy here instead")
    vf = reg.add("verify", cmd_verify, "check a signed report PDF or a sync bundle", reg.as_json)
    vf.add_argument("file", metavar="FILE")


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{prompt}: ")


def _unlock(store: Store) -> Any:
    from app.services import identity

    if identity.get_identity(store) is None:
        raise PeerviewError(
            "You have no identity to sign with. Create one first: "
            "peerview identity create --name NAME --school SCHOOL --role ROLE"
        )
    return identity.unlock(store, ask=_ask)


def _trust_lookup(store: Store) -> Callable[[Any], str | None]:
    from app.services import identity

    def lookup(cert: Any) -> str | None:
        person = identity.trusted_for_certificate(store, cert)
        if person is None or person.revoked:
            return None
        return str(person.source)

    return lookup


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports import report
    from app.services import reviews

    out = Path(args.out)
    with open_store(args, read_only=not args.sign) as store:
        review_id = reviews.resolve_review(store, args.review)
        key = cert = None
        if args.sign:
            me = _unlock(store)
            key, cert = me.signing_key, me.certificate
        if args.include_flagged and not args.evidence_appendix:
            raise PeerviewError(
                "--include-flagged is about the evidence appendix; add --evidence-appendix "
                "too (nothing was written)."
            )
        result = report.make_report(
            store,
            review_id,
            out,
            evidence_appendix=args.evidence_appendix,
            include_flagged=args.include_flagged,
            key=key,
            cert=cert,
        )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    _warn_flagged(result)
    verb = "Wrote and signed" if result.signed else "Wrote"
    print(f"{verb} {out} ({result.pages} pages, SHA-256 {result.sha256[:16]})")
    if result.signed:
        hint(f"Next: the host headteacher countersigns it with: peerview sign {out.name}")
    return EXIT_OK


def _warn_flagged(result: Any) -> None:
    """Name each flagged note and why, and whether the appendix printed it."""
    flagged = result.flagged
    if not flagged:
        return
    verb = "printed in" if result.flagged_included else "left out of"
    for note in flagged:
        where = ", ".join(x for x in (dates.date_time(note.observed_at), note.context) if x)
        print(f"warning: note {note.note_id[-8:]} ({where}) {verb} the appendix:", file=sys.stderr)
        for reason in note.reasons:
            print(f"    {reason}", file=sys.stderr)
    if result.flagged_included:
        print(
            f"warning: {len(flagged)} flagged note(s) printed, as --include-flagged asked.",
            file=sys.stderr,
        )
    else:
        print(
            f"warning: {len(flagged)} note(s) left out of the evidence appendix. Check them; "
            "to print them anyway, run again with --include-flagged.",
            file=sys.stderr,
        )


def cmd_sign(args: argparse.Namespace) -> int:
    from app.reports import report

    path = Path(args.file)
    with open_store(args) as store:
        me = _unlock(store)
        result = report.countersign(
            path, me.signing_key, me.certificate, Path(args.out) if args.out else None
        )
    target = args.out or args.file
    print(f"Signed {target}; it now has {len(result.signatures)} signature(s).")
    return EXIT_OK


def _file_kind(path: Path) -> str:
    """ "pdf", "bundle" or "other", by content, not name: a PDF has %PDF in its first
    kilobyte; a bundle is age-encrypted or, unencrypted, a ZIP file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return "pdf"  # let read_pdf name the problem (no such file, unreadable)
    if b"%PDF" in head:
        return "pdf"
    if head.startswith((b"age-encryption.org/", b"PK\x03\x04")):
        return "bundle"
    return "other"


def cmd_verify(args: argparse.Namespace) -> int:
    from app.reports import report, verify

    path = Path(args.file)
    kind = _file_kind(path)
    if kind == "bundle":
        from app.commands.sync import cmd_verify_bundle

        return cmd_verify_bundle(args)
    if kind == "other":
        raise PeerviewError(
            f"{path} is neither a signed report (a PDF) nor a Peerview bundle, so there is "
            f"nothing to verify. Check that you chose the file you were sent."
        )
    pdf = report.read_pdf(path)
    # A school's IT person may check a report on a machine with no Peerview data yet.
    with open_store(args, read_only=True, may_create=True) as store:
        result = verify.verify_pdf(pdf, _trust_lookup(store))
    if args.json:
        print_json(
            {
                "file": str(path),
                "ok": result.ok,
                "problem": result.problem,
                "signatures": [s.as_dict() for s in result.signatures],
            }
        )
        return EXIT_OK if result.ok else EXIT_ERROR
    print(f"{path}: {len(result.signatures)} signature(s)")
    for n, s in enumerate(result.signatures, 1):
        who = s.signer or "(unreadable signer)"
        about = ", ".join(x for x in (s.role.replace("_", " "), s.school) if x)
        print(
            f"  {n}. {who}{f' ({about})' if about else ''}, signed {dates.date_time_long(s.signed_at) if s.signed_at else 'at an unknown time'}"
        )
        if s.ok:
            state = "intact since this signature" + (
                "" if s.covers_whole_file else " (later changes: only further signatures)"
            )
        else:
            state = f"FAILED: {s.problem}"
        print(f"     {state}")
        trust = (
            f"in your partnership roster / trusted people ({s.trust_source})"
            if s.trusted
            else "NOT a person you trust: check their fingerprint, then trust their card"
        )
        print(f"     signer: {trust}")
    if result.problem:
        print(f"FAILED: {result.problem}", file=sys.stderr)
    elif not result.ok:
        print("FAILED: at least one signature does not match this file.", file=sys.stderr)
    else:
        print("Every signature is valid and the file is unchanged since it was signed.")
    return EXIT_OK if result.ok else EXIT_ERROR
