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
from app.reports import content, language, sign, text, verdicts, verify
from app.reports.build import build_pdf
from app.services import drafts, findings, signoff
from app.services.errors import PeerviewError
from app.services.grade_guard import find_judgement_terms
from app.services.store import Store
from app.services.text_guard import FlaggedNote

log = logging.getLogger(__name__)

MAX_PDF_BYTES = 200 * 1024 * 1024  # a report is a few MB; refuse to load anything absurd


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int  # 0 for a Word document (Word lays out its own pages)
    sha256: str
    signed: bool
    warnings: list[str] = field(default_factory=list)
    draft: int | None = None  # the draft's number, when the review is not signed yet
    draft_recorded: bool = True  # False when the data folder was open read-only elsewhere
    # Evidence notes the appendix left out (or, asked to, printed) although a guard
    # flagged them or their context could identify one teacher.
    flagged: list[FlaggedNote] = field(default_factory=list)
    flagged_included: bool = False


FORMATS = verdicts.FORMATS


def render(data: content.ReportData) -> tuple[bytes, int]:
    """The report PDF; laid out for signing (``data.final``), with empty signature boxes
    in its sign-off block. A draft or a copy has none: nobody should sign those."""
    built = build_pdf(data)
    if not built.signature_boxes:
        return built.pdf, built.pages
    return sign.add_signature_fields(built.pdf, built.signature_boxes), built.pages


def format_for(out: Path, fmt: str | None) -> str:
    """The format asked for, or the one the file name ends in; refused when they differ."""
    suffix = out.suffix.lower().lstrip(".")
    chosen = (fmt or suffix).lower()
    if chosen not in FORMATS:
        raise PeerviewError(f"The report file should end in .pdf or .docx (a Word document): {out}")
    if suffix != chosen:
        raise PeerviewError(f"A {chosen.upper()} report's file name should end in .{chosen}: {out}")
    return chosen


def mark_draft(store: Store, review_id: str, data: content.ReportData) -> drafts.Draft | None:
    """Number the draft (recording it) when the review is not signed yet."""
    if data.draft is None:
        return None
    made = drafts.record_draft(store, review_id, data.content_sha256())
    data.draft = content.DraftMark(made.number, made.made_at)
    return made


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
    fmt: str | None = None,
    language: str | None = None,
) -> ReportResult:
    """Build the report for ``review_id`` into ``out`` (PDF, or with ``fmt`` "docx" or
    a .docx name a Word document), signed when a key is given. Before the review is
    signed, the report is a numbered draft (app/services/drafts.py).

    The evidence appendix is off unless asked for, and leaves out flagged notes unless
    ``include_flagged`` (content.gather), in the PDF and the Word copy alike.

    ``language`` is "en", "cy" or "cy+en" (Welsh, then English); by default the review's
    (``default_language``). Signing, the hash and the draft's number are the same for
    every language."""
    chosen = format_for(out, fmt)
    signing = key is not None and cert is not None
    if signing and chosen != "pdf":
        raise PeerviewError(
            "Only the PDF report is signed; a Word document is an unsigned, editable copy. "
            "Sign the PDF, and make the Word copy without signing."
        )
    if signing:
        # Refuse before the slow part, and before anything is written.
        signoff.check_can_sign(store, review_id, cert)
    chosen_language = check_language(language) if language else default_language(store, review_id)
    data = content.gather(
        store,
        review_id,
        evidence_appendix=evidence_appendix,
        include_flagged=include_flagged,
        language=chosen_language,
    )
    warnings = warnings_for(data)
    if signing:
        data.draft, data.final = None, True
    made = mark_draft(store, review_id, data)
    pages = 0
    if chosen == "docx":
        from app.reports.word import build_docx

        payload = build_docx(data)
    else:
        payload, pages = render(data)
    if key is not None and cert is not None:
        payload = sign.sign_pdf(payload, key, cert, reason="Lead reviewer's signature")
    _write(out, payload)
    digest = hashlib.sha256(payload).hexdigest()
    if signing:
        signoff.mark_signed(store, review_id, digest)
    return ReportResult(
        out,
        pages,
        digest,
        signing,
        warnings,
        draft=made.number if made else None,
        draft_recorded=made.recorded if made else True,
        flagged=data.appendix_flagged,
        flagged_included=data.appendix_includes_flagged,
    )


def check_language(code: str) -> str:
    """A report language, or a PeerviewError naming the choices."""
    try:
        return language.check(code)
    except ValueError as exc:
        raise PeerviewError(str(exc)) from exc


def default_language(store: Store, review_id: str) -> str:
    """Welsh then English for a review on a bilingual (Welsh) framework, as Welsh public
    bodies publish; English otherwise (decision 0048)."""
    return language.BILINGUAL if content.bilingual_framework(store, review_id) else language.ENGLISH


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
