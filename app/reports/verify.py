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

from app.reports.sign import Signer
from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

# Later revisions that only fill signature fields (a countersignature) leave a signed
# report intact; anything else (new text, changed pages) does not.
_ALLOWED_AFTER = {
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
}

# Given a signer's certificate: who trusts them ("roster", "card", "self"), or None.
TrustLookup = Callable[[x509.Certificate], str | None]


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
        return self.valid and self.intact

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


@dataclass(frozen=True)
class PdfVerification:
    signatures: list[SignatureCheck]
    problem: str = ""  # the file as a whole cannot be read

    @property
    def ok(self) -> bool:
        return not self.problem and bool(self.signatures) and all(s.ok for s in self.signatures)


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
