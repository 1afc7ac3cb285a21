"""Checking a report's signatures: who signed, when, whether the file is unchanged since,
and whether the signer is someone this installation trusts.

Cryptographic checks come from pyHanko. Trust does not: the certificates are self-signed,
so a certificate chain says nothing. Whether a signer is trusted is asked of the caller
(the partnership roster and the people this installation trusts, in the identity service).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.reports import verdicts
from app.reports.sign import Signer
from app.reports.x509names import tolerate_any_name
from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

# A signer's name may mix scripts ("Aisha عائشة Khan"): see x509names.py.
tolerate_any_name()

# Later revisions that only fill signature fields (a countersignature) leave a signed
# report intact; anything else (new text, changed pages) does not.
_ALLOWED_AFTER = {
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
}

# Given a signer's certificate: who trusts them ("roster", "card", "self", "certificate"),
# or None.
TrustLookup = Callable[[x509.Certificate], str | None]

# The exit codes of ``peerview verify`` for a report (decision 0033): scripts and a school's
# IT person can tell an impostor from a damaged file without reading the text.
EXIT_VALID, EXIT_UNVERIFIED, EXIT_INVALID = (
    verdicts.EXIT_VALID,
    verdicts.EXIT_UNVERIFIED,
    verdicts.EXIT_INVALID,
)


def certificate_fingerprint(sha256_hex: str) -> str:
    """A certificate's SHA-256 for reading aloud: 16 groups of 4 hexadecimal digits, as
    PDF readers' certificate viewers show it ("3F2A 91BC ...")."""
    text = sha256_hex.upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str
    school: str
    role: str
    signed_at: str  # ISO 8601 as the signer's clock reported it; "" if absent
    valid: bool  # the signature matches the bytes it covers
    intact: bool  # and nothing but later signatures was added after it
    covers_whole_file: bool
    trusted: bool
    trust_source: str  # "roster" | "card" | "self" | ""
    certificate_sha256: str
    problem: str  # "" when all is well

    @property
    def ok(self) -> bool:
        """The signature matches the file and nothing but signatures came after it. Says
        nothing about who signed: see ``trusted``."""
        return self.valid and self.intact

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate_sha256)

    def as_dict(self) -> dict[str, Any]:
        # "ok" in JSON means what a reader of it would assume: intact *and* by someone
        # this installation has verified. An impostor's intact signature is not ok.
        return {
            **asdict(self),
            "fingerprint": self.fingerprint,
            "ok": self.ok and self.trusted,
        }


@dataclass(frozen=True)
class PdfVerification:
    signatures: list[SignatureCheck]
    problem: str = ""  # the file as a whole cannot be read

    @property
    def ok(self) -> bool:
        """Every signature intact (cryptographically); trust is ``verdict``'s business."""
        return not self.problem and bool(self.signatures) and all(s.ok for s in self.signatures)

    @property
    def unverified(self) -> list[SignatureCheck]:
        return [s for s in self.signatures if not s.trusted]

    @property
    def verdict(self) -> str:
        """ "valid" (intact, every signer verified), "unverified" (intact, a signer you
        have not verified) or "invalid" (damaged, changed after signing, or unsigned)."""
        if not self.ok:
            return verdicts.INVALID
        return verdicts.UNVERIFIED if self.unverified else verdicts.VALID

    @property
    def exit_code(self) -> int:
        return verdicts.EXIT_CODES[self.verdict]


def verify_pdf(pdf: bytes, trust: TrustLookup | None = None) -> PdfVerification:
    """Check every signature in ``pdf``. A file that is not a PDF raises PeerviewError; a
    PDF damaged past reading comes back with ``problem`` set."""
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise PeerviewError(
            "This file is not a PDF report: only signed report PDFs can be verified.",
            hint_cli="(bundle files are checked by the sync commands)",
        )
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, IndexError, TypeError) as exc:
        return PdfVerification([], f"the file is damaged and cannot be read as a PDF ({exc})")
    checks = [_check(sig, trust) for sig in embedded]
    if not checks:
        return PdfVerification([], "the report has no signatures")
    return PdfVerification(checks)


def _check(sig: Any, trust: TrustLookup | None) -> SignatureCheck:
    field = str(sig.field_name)
    try:
        der = sig.signer_cert.dump()
    except (ValueError, KeyError, AttributeError) as exc:
        return _broken(field, f"the signature cannot be read ({exc})")
    cert = x509.load_der_x509_certificate(der)
    who = Signer.from_certificate(cert)
    fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
    source = (trust(cert) if trust else None) or ""
    # The chain is the signer's own self-signed certificate: trust comes from the roster.
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)
    try:
        status = validate_pdf_signature(sig, signer_validation_context=context)
    except (SignatureValidationError, PdfError, ValueError, KeyError) as exc:
        return SignatureCheck(
            field,
            who.name,
            who.school,
            who.role,
            "",
            False,
            False,
            False,
            bool(source),
            source,
            fingerprint,
            f"the signature does not match the file ({exc})",
        )
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    valid = bool(status.intact and status.valid)
    later = status.modification_level
    intact = valid and (
        whole
        or (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and later is not None
            and later in _ALLOWED_AFTER
        )
    )
    when = status.signer_reported_dt
    if not valid:
        problem = "the file was changed after this signature: its bytes no longer match"
    elif not intact:
        problem = "the file was changed after this signature, beyond adding signatures"
    else:
        problem = ""
    return SignatureCheck(
        field=field,
        signer=who.name,
        school=who.school,
        role=who.role,
        signed_at=when.astimezone(dt.UTC).isoformat(timespec="seconds") if when else "",
        valid=valid,
        intact=intact,
        covers_whole_file=whole,
        trusted=bool(source),
        trust_source=source,
        certificate_sha256=fingerprint,
        problem=problem,
    )


def _broken(field: str, problem: str) -> SignatureCheck:
    return SignatureCheck(field, "", "", "", "", False, False, False, False, "", "", problem)


def certificate_der(pdf: bytes, field: str) -> bytes:
    """The signer's certificate (DER) of the signature in ``field``."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    for sig in reader.embedded_signatures:
        if str(sig.field_name) == field:
            return bytes(sig.signer_cert.dump())
    raise PeerviewError(f"The report has no signature in field {field}.")
