"""``peerview report``, ``peerview sign``, ``peerview verify`` and
``peerview trust-certificate``: the report (PDF, Word copy, feedback summary), its
signatures, their check, and trusting a signer by their certificate's fingerprint."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from app import dates
from app.commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE, Registrar, hint, open_store, print_json
from app.invocation import runnable
from app.reports import verdicts
from app.services.errors import PeerviewError
from app.services.store import Store

# language.LANGUAGES' keys, written out so that help does not load the report libraries.
LANGUAGE_CHOICES = ("en", "cy", "cy+en")
VERIFY_CODES = f"""exit codes for a report:
  {verdicts.EXIT_VALID}  every signature is valid, the file is unchanged since it was signed, and
     every signer is someone you have verified (your roster, a trusted card, a trusted
     certificate, or you)
  {verdicts.EXIT_UNVERIFIED}  every signature is valid and the file is unchanged, but at least one signer
     is someone you have not verified: check their fingerprint with them, then
     peerview trust-certificate FILE --fingerprint DIGITS
  {verdicts.EXIT_INVALID}  a signature does not match the file, the file was changed after it was
     signed, it is damaged, or it has no signature
  {EXIT_ERROR}  the file could not be checked (missing, not a PDF or bundle); {EXIT_USAGE} a usage error"""


def register(reg: Registrar) -> None:
    rp = reg.add(
        "report",
        cmd_report,
        "build a review's report (PDF or Word), or the one-page feedback summary",
    )
    rp.add_argument("--review", required=True, metavar="ID")
    rp.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx")
    rp.add_argument(
        "--format",
        choices=verdicts.FORMATS,
        help="pdf (the default) or docx, an editable unsigned Word copy; by default the "
        "format the file name ends in",
    )
    rp.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help="en (English), cy (Cymraeg) or cy+en (Welsh, then English, as Welsh public "
        "bodies publish); by default cy+en for a review on the Welsh framework, else en",
    )
    rp.add_argument("--sign", action="store_true", help="sign the PDF with your identity")
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
    rp.add_argument(
        "--feedback",
        action="store_true",
        help="instead of the report, the one-page feedback summary for the end-of-day "
        "meeting (per enquiry question: What went well / Even better if)",
    )
    sg = reg.add("sign", cmd_sign, "add your signature to a signed report (a countersignature)")
    sg.add_argument("file", metavar="FILE.pdf")
    sg.add_argument("--out", metavar="FILE.pdf", help="write the signed copy here instead")
    vf = reg.add("verify", cmd_verify, "check a signed report PDF or a sync bundle", reg.as_json)
    vf.add_argument("file", metavar="FILE")
    vf.epilog = VERIFY_CODES
    vf.formatter_class = argparse.RawDescriptionHelpFormatter
    tc = reg.add(
        "trust-certificate",
        cmd_trust_certificate,
        "trust a report's signer by their certificate's fingerprint, after checking it with them",
    )
    tc.add_argument("file", metavar="FILE.pdf", help="a report they signed")
    tc.add_argument(
        "--fingerprint",
        metavar="DIGITS",
        help="the SHA-256 fingerprint the signer read to you (64 hexadecimal digits, any "
        "spacing); without it, the signers you have not verified are listed",
    )


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


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports import report
    from app.services import reviews

    out = Path(args.out)
    if args.feedback:
        return _feedback(args, out)
    # Refused before anything is opened or written: a wrong name or a signed Word copy.
    fmt = report.format_for(out, args.format)
    if args.sign and fmt != "pdf":
        raise PeerviewError("Only the PDF report is signed; a Word copy is never signed.")
    if args.include_flagged and not args.evidence_appendix:
        raise PeerviewError(
            "--include-flagged is about the evidence appendix; add --evidence-appendix "
            "too (nothing was written)."
        )
    # A draft is numbered and recorded, so this writes unless the folder is held by a
    # window (then the number is given but not recorded).
    with open_store(args, read_only=not args.sign) as store:
        review_id = reviews.resolve_review(store, args.review)
        key = cert = None
        if args.sign:
            me = _unlock(store)
            key, cert = me.signing_key, me.certificate
        result = report.make_report(
            store,
            review_id,
            out,
            evidence_appendix=args.evidence_appendix,
            include_flagged=args.include_flagged,
            key=key,
            cert=cert,
            fmt=fmt,
            language=args.language,
        )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    _warn_flagged(result)
    verb = "Wrote and signed" if result.signed else "Wrote"
    size = f"{result.pages} pages, " if result.pages else ""
    print(f"{verb} {out} ({size}SHA-256 {result.sha256[:16]})")
    if result.draft is not None:
        print(f"It is draft {result.draft}: the review is not signed yet.")
        if not result.draft_recorded:
            print(
                "warning: the draft's number was not recorded (Peerview is open on this "
                "data folder); build it from the window to record it.",
                file=sys.stderr,
            )
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


def _feedback(args: argparse.Namespace, out: Path) -> int:
    from app.reports import feedback
    from app.services import reviews

    if (
        args.sign
        or args.evidence_appendix
        or args.include_flagged
        or args.format not in (None, "pdf")
    ):
        raise PeerviewError(
            "The feedback summary is one unsigned PDF page: leave out --sign, "
            "--evidence-appendix, --include-flagged and --format."
        )
    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        result = feedback.make_feedback(store, review_id, out, language=args.language)
    print(f"Wrote the feedback summary {out} ({result.pages} page(s)).")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    from app.reports import report, verify
    from app.services import cert_trust

    path = Path(args.file)
    with open_store(args) as store:
        me = _unlock(store)
        result = report.countersign(
            path, me.signing_key, me.certificate, Path(args.out) if args.out else None
        )
        checked = verify.verify_pdf(
            (Path(args.out) if args.out else path).read_bytes(), cert_trust.lookup(store)
        )
    target = args.out or args.file
    print(f"Signed {target}; it now has {len(result.signatures)} signature(s).")
    # Countersigning is not refused for an unverified signer (the host may not have the
    # lead's card yet), but the host should know whose signature they added theirs to.
    for s in checked.unverified:
        print(
            f"warning: {s.signer or 'a signer'} is someone you have not verified (certificate "
            f"fingerprint {s.fingerprint}); check it with them before relying on this report.",
            file=sys.stderr,
        )
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
    from app.services import cert_trust

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
        result = verify.verify_pdf(pdf, cert_trust.lookup(store))
        names = cert_trust.known_names(store)
    if args.json:
        print_json(
            {
                "file": str(path),
                "ok": result.verdict == "valid",
                "verdict": result.verdict,
                "exit_code": result.exit_code,
                "intact": result.ok,
                "problem": result.problem,
                "signatures": [s.as_dict() for s in result.signatures],
            }
        )
        return result.exit_code
    print(f"{path}: {len(result.signatures)} signature(s)")
    for n, s in enumerate(result.signatures, 1):
        _print_signature(n, s, names)
    if result.problem:
        print(f"FAILED: {result.problem}", file=sys.stderr)
    elif not result.ok:
        print("FAILED: at least one signature does not match this file.", file=sys.stderr)
    elif result.unverified:
        who = ", ".join(s.signer or "(no name)" for s in result.unverified)
        print(
            runnable(
                f"NOT VERIFIED: the signatures match the file, but it was signed by someone "
                f"you have not verified ({who}). Anyone can make a certificate in any name: "
                "ask the signer to read you their certificate's fingerprint, and if it "
                f"matches, run: peerview trust-certificate {path.name} --fingerprint DIGITS"
            ),
            file=sys.stderr,
        )
    else:
        print(
            "Every signature is valid, the file is unchanged since it was signed, and you "
            "have verified every signer."
        )
    return result.exit_code


def _print_signature(n: int, s: Any, names: set[str]) -> None:
    """One signature of ``verify.verify_pdf``'s result (a SignatureCheck)."""
    from app.reports.labels import role_label

    who = s.signer or "(unreadable signer)"
    about = ", ".join(x for x in (role_label(s.role) if s.role else "", s.school) if x)
    when = dates.date_time_long(s.signed_at) if s.signed_at else "at an unknown time"
    print(f"  {n}. {who}{f' ({about})' if about else ''}, signed {when}")
    if s.ok:
        state = "intact since this signature" + (
            "" if s.covers_whole_file else " (later changes: only further signatures)"
        )
    else:
        state = f"FAILED: {s.problem}"
    print(f"     {state}")
    if s.trusted:
        print(f"     signer: verified ({_SOURCES.get(s.trust_source, s.trust_source)})")
        return
    print("     signer: someone you have NOT verified; their certificate's fingerprint is")
    print(f"       {s.fingerprint}")
    if s.signer and s.signer in names:
        print(
            f"     warning: the name {s.signer} belongs to someone you trust, but this is "
            "not their key: someone may have signed in their name."
        )


_SOURCES = {
    "self": "you",
    "card": "a trusted card",
    "roster": "your partnership roster",
    "certificate": "a certificate you trusted by its fingerprint",
}


def cmd_trust_certificate(args: argparse.Namespace) -> int:
    from cryptography import x509

    from app.reports import report, verify
    from app.services import cert_trust

    path = Path(args.file)
    pdf = report.read_pdf(path)
    with open_store(args, may_create=True) as store:
        result = verify.verify_pdf(pdf, cert_trust.lookup(store))
        strangers = [s for s in result.unverified if s.ok]
        if not args.fingerprint:
            if not strangers:
                print(f"Every signer of {path} whose signature is intact is verified already.")
                return EXIT_OK
            print("Signers you have not verified; check the fingerprint with each by phone:")
            for s in strangers:
                print(f"  {s.signer or '(no name)'}: {s.fingerprint}")
            hint(f"Then: peerview trust-certificate {path.name} --fingerprint DIGITS")
            return EXIT_USAGE
        typed = cert_trust.normalise_fingerprint(args.fingerprint)
        match = next((s for s in result.signatures if s.certificate_sha256 == typed), None)
        if match is None:
            raise PeerviewError(
                "No signature in this report has a certificate with that fingerprint. Check "
                "the digits with the signer again: a different fingerprint can mean that "
                "someone else signed in their name. Nothing was trusted."
            )
        if not match.ok:
            raise PeerviewError(
                f"The signature by {match.signer or 'this signer'} does not match the file "
                f"({match.problem}); a damaged signature is no basis for trust. Nothing was "
                "trusted."
            )
        cert = x509.load_der_x509_certificate(verify.certificate_der(pdf, match.field))
        trusted = cert_trust.trust_certificate(store, cert, args.fingerprint)
    print(f"You now trust report signatures by {trusted.name} with this certificate.")
    return EXIT_OK
