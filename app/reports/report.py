"""Making, signing and countersigning report files: what the CLI and the GUI call.

Every file is written atomically, and nothing is written when a step fails.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from app import fileio
from app.reports import content, sign, text, verify
from app.reports.build import build_pdf
from app.services import findings, signoff
from app.services.errors import PeerviewError
from app.services.grade_guard import find_judgement_terms
from app.services.store import Store
from app.services.text_guard import FlaggedNote

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 200 * 1024 * 1024  # a report is a few MB; refuse to load anything absurd


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sha256: str
    signed: bool
    warnings: list[str] = field(default_factory=list)
    # Evidence notes the appendix left out (or, asked to, printed) although a guard
    # flagged them or their context could identify one teacher.
    flagged: list[FlaggedNote] = field(default_factory=list)
    flagged_included: bool = False


def render(data: content.ReportData) -> tuple[bytes, int]:
    """The unsigned report, with empty signature boxes in its sign-off block."""
    built = build_pdf(data)
    return sign.add_signature_fields(built.pdf, built.signature_boxes), built.pages


def warnings_for(data: content.ReportData) -> list[str]:
    """Judgement language the report would print, and letters no report font has."""
    out: list[str] = []
    prose = data.all_text()
    finding_text = {t for f in data.findings() for t in (f.title, f.text)}
    hits = [h for piece in prose if piece not in finding_text for h in find_judgement_terms(piece)]
    # A finding's dismissal (with its recorded reason) holds here too; only terms it did
    # not cover warn again, as in the findings editor.
    for f in data.findings():
        hits += findings.active_hits(f.title, f.text, f.dismissed_terms)
    for hit in hits:
        out.append(f'judgement language "{hit.term}": {hit.why} Consider: {hit.suggestion}')
    missing = sorted({ch for piece in prose for ch in text.uncovered(piece)})
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
        out.append(f"no report font has these characters; they will print as boxes: {shown}")
    return out


def make_report(
    store: Store,
    review_id: str,
    out: Path,
    *,
    evidence_appendix: bool = False,
    include_flagged: bool = False,
    key: ec.EllipticCurvePrivateKey | None = None,
    cert: x509.Certificate | None = None,
) -> ReportResult:
    """Build the report for ``review_id`` into ``out``, signed when a key is given.

    The evidence appendix is off unless asked for, and leaves out flagged notes unless
    ``include_flagged`` (content.gather)."""
    if out.suffix.lower() != ".pdf":
        raise PeerviewError(f"The report file should end in .pdf: {out}")
    signing = key is not None and cert is not None
    if signing:
        # Refuse before the slow part, and before anything is written.
        signoff.check_can_sign(store, review_id)
    data = content.gather(
        store, review_id, evidence_appendix=evidence_appendix, include_flagged=include_flagged
    )
    warnings = warnings_for(data)
    pdf, pages = render(data)
    if key is not None and cert is not None:
        pdf = sign.sign_pdf(pdf, key, cert, reason="Lead reviewer's signature")
    _write(out, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    if signing:
        signoff.mark_signed(store, review_id, digest)
    return ReportResult(
        out,
        pages,
        digest,
        signing,
        warnings,
        data.appendix_flagged,
        data.appendix_includes_flagged,
    )


def _write(path: Path, pdf: bytes) -> None:
    try:
        fileio.write_bytes(path, pdf)
    except OSError as exc:
        raise PeerviewError(
            f"Could not write {path}: {exc.strerror or exc}. Nothing was written there; "
            "choose another file name or folder."
        ) from exc


def read_pdf(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise PeerviewError(f"There is no file {path}.") from exc
    if size > MAX_PDF_BYTES:
        raise PeerviewError(f"{path} is {size:,} bytes: too large to be a Peerview report.")
    return path.read_bytes()


def countersign(
    path: Path,
    key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    out: Path | None = None,
) -> verify.PdfVerification:
    """Add a signature to a signed report, after checking the signatures already on it.

    Countersigning a file that was changed after it was signed would lend it a signature
    it should not have, so that is refused.
    """
    pdf = read_pdf(path)
    before = verify.verify_pdf(pdf)
    if before.problem and before.signatures:
        raise PeerviewError(f"{path}: {before.problem}. Nothing was signed.")
    if before.problem and "no signatures" not in before.problem:
        raise PeerviewError(f"{path}: {before.problem}. Nothing was signed.")
    failed = [s for s in before.signatures if not s.ok]
    if failed:
        who = ", ".join(s.signer or s.field for s in failed)
        raise PeerviewError(
            f"{path} was changed after it was signed by {who}: {failed[0].problem}. "
            "Nothing was signed; ask the lead reviewer for the report again."
        )
    own = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    if any(s.certificate_sha256 == own for s in before.signatures):
        raise PeerviewError(f"You have already signed {path}; nothing was changed.")
    signed = sign.sign_pdf(pdf, key, cert, reason="Countersignature")
    _write(out or path, signed)
    return verify.verify_pdf(signed)
