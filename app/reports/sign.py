"""Signing report PDFs: PAdES signatures (pyHanko) with an ECDSA P-256 key.

The lead reviewer signs first; the host headteacher countersigns the same file later, in
their own installation, with a second incremental signature, so the first stays valid.
The report is built with two empty signature fields in its sign-off block (see
``add_signature_fields``); each signature fills the first empty one, with a visible stamp
drawn by stamp.py. Functions take cryptography key and certificate objects, so they do
not depend on where keys are kept. See docs/decisions/0011-report-signatures.md.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.reports import language, stamp
from app.reports.labels import role_label
from app.reports.layout import SignatureBox
from app.reports.x509names import tolerate_any_name
from app.services.errors import PeerviewError

log = logging.getLogger(__name__)

# A signer's name may mix scripts ("Aisha عائشة Khan"): see x509names.py.
tolerate_any_name()


@dataclass(frozen=True)
class Signer:
    """Who signs, read from their certificate (CN = name, O = school, title = role)."""

    name: str
    school: str
    role: str

    @classmethod
    def from_certificate(cls, cert: x509.Certificate) -> Signer:
        def first(oid: x509.ObjectIdentifier) -> str:
            found = cert.subject.get_attributes_for_oid(oid)
            value = found[0].value if found else ""
            return value.decode("utf-8") if isinstance(value, bytes) else str(value)

        return cls(
            first(NameOID.COMMON_NAME), first(NameOID.ORGANIZATION_NAME), first(NameOID.TITLE)
        )

    @property
    def role_label(self) -> str:
        return role_label(self.role)


def add_signature_fields(pdf: bytes, boxes: list[SignatureBox]) -> bytes:
    """The report with an empty, visible signature field over each box."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for box in boxes:
        fields.append_signature_field(
            writer, SigFieldSpec(sig_field_name=box.name, on_page=box.page, box=box.box)
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open(pdf: bytes) -> IncrementalPdfFileWriter:
    if not pdf.startswith(b"%PDF-"):
        raise PeerviewError("This file is not a PDF; give the report's .pdf file.")
    try:
        return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError) as exc:
        raise PeerviewError(
            f"This PDF cannot be read ({exc}); it may be damaged or cut short. "
            "Ask the sender for the report again."
        ) from exc


def _empty_field(pdf: bytes) -> tuple[str, tuple[float, float, float, float] | None]:
    """The first empty signature field and its box, or a new invisible field's name."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    count = 0
    for name, value, ref in fields.enumerate_sig_fields(reader):
        count += 1
        if value is None:
            widget = ref.get_object()
            rect = widget.get("/Rect")
            if rect is None and "/Kids" in widget:
                rect = widget["/Kids"][0].get_object().get("/Rect")
            box = tuple(float(v) for v in rect) if rect is not None else None
            return str(name), box  # type: ignore[return-value]
    # Both boxes used (a third signer): sign without a visible stamp rather than refuse.
    return f"signature_{count + 1}", None


def _asn1(key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> signers.SimpleSigner:
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    der_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return signers.SimpleSigner(
        signing_cert=der_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs([der_cert]),
    )


def language_of(writer: IncrementalPdfFileWriter) -> str:
    """The report's language, for the words of a stamp: the file's /Lang names its first
    language; a Welsh one that also carries the English keywords is bilingual
    (build.py writes both; decision 0048)."""
    try:
        tag = str(writer.root.get("/Lang", "en"))
        info = writer.trailer_view.get("/Info")
        keywords = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except (KeyError, TypeError, ValueError, AttributeError):
        return language.ENGLISH
    if not tag.lower().startswith("cy"):
        return language.ENGLISH
    return language.BILINGUAL if "peer review" in keywords else language.WELSH


def sign_pdf(
    pdf: bytes,
    key: ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    *,
    reason: str = "",
    when: dt.datetime | None = None,
) -> bytes:
    """``pdf`` with one more signature, added as an incremental update."""
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not isinstance(key.curve, ec.SECP256R1):
        raise PeerviewError("Report signatures need an ECDSA P-256 key; recreate your identity.")
    spki = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if cert.public_key().public_bytes(*spki) != key.public_key().public_bytes(*spki):
        raise PeerviewError(
            "The signing key does not match its certificate; recreate your identity."
        )
    writer = _open(pdf)
    field_name, box = _empty_field(pdf)
    lang = language_of(writer)
    who = Signer.from_certificate(cert)
    when = when or dt.datetime.now(dt.UTC)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or f"{who.role_label}'s signature",
        location=who.school or None,
        name=who.name or None,
    )
    out = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="peerview-stamp-") as tmp:
        style = None
        new_field = None
        if box is not None:
            stamp_file = Path(tmp) / "stamp.pdf"
            stamp.draw_stamp(
                stamp_file,
                box[2] - box[0],
                box[3] - box[1],
                name=who.name,
                role=who.role_label,
                school=who.school,
                when=when,
                language=lang,
            )
            style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0)
        else:
            new_field = SigFieldSpec(sig_field_name=field_name)
        pdf_signer = signers.PdfSigner(
            meta, _asn1(key, cert), stamp_style=style, new_field_spec=new_field
        )
        pdf_signer.sign_pdf(writer, output=out)
    log.info("Signed the report as %s in field %s", who.name, field_name)
    return out.getvalue()
