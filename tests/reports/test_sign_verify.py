"""Lead reviewer signs, host headteacher countersigns; pyHanko and poppler both check."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app.reports import report, sign, verify
from app.services import signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.reports.helpers import make_key, pdfsig, pdftotext, readable
from tests.signoff_helpers import lead_signer

LEAD = ("Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
HOST = ("عائشہ ملک", "Eastfield Drove Primary School", "headteacher")


@pytest.fixture
def signed_twice(store: Store, ready_review: str, tmp_path: Path) -> Path:
    out = tmp_path / "report.pdf"
    key, cert = lead_signer(store, ready_review)
    result = report.make_report(store, ready_review, out, key=key, cert=cert)
    assert result.signed
    # Signing moved the review to "signed" and recorded this very file.
    assert signoff.current_status(store, ready_review) == "signed"
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    host_key, host_cert = make_key(*HOST)
    report.countersign(out, host_key, host_cert)
    return out


def test_two_valid_signatures_by_pyhanko_and_by_poppler(signed_twice: Path) -> None:
    reader = PdfFileReader(io.BytesIO(signed_twice.read_bytes()))
    sigs = list(reader.embedded_signatures)
    assert [s.field_name for s in sigs] == ["lead_reviewer", "host_headteacher"]
    for s in sigs:
        context = ValidationContext(trust_roots=[s.signer_cert], allow_fetching=False)
        status = validate_pdf_signature(s, signer_validation_context=context)
        assert status.intact and status.valid

    text = pdfsig(signed_twice)
    assert text.count("Signature Validation: Signature is Valid.") == 2, text
    assert "Mismatch" not in text
    assert "Signer Certificate Common Name: Siân Pritchard" in text
    assert "Signer Certificate Common Name: عائشہ ملک" in text
    assert "Total document signed" in text  # the countersignature covers everything

    result = verify.verify_pdf(signed_twice.read_bytes())
    assert result.ok
    assert [(s.signer, s.role, s.intact) for s in result.signatures] == [
        ("Siân Pritchard", "lead_reviewer", True),
        ("عائشہ ملک", "headteacher", True),
    ]
    assert not result.signatures[0].covers_whole_file  # the countersignature came after
    assert result.signatures[1].covers_whole_file


def test_visible_stamps_print_the_signers_names(signed_twice: Path) -> None:
    text = readable(pdftotext(signed_twice))
    assert "Signed digitally by Siân Pritchard" in text
    assert "Signed digitally by عائشہ ملک" in text


@pytest.mark.parametrize("where", [0.3, 0.6, 0.97])
def test_one_changed_byte_is_reported_by_verify_and_by_pdfsig(
    signed_twice: Path, tmp_path: Path, where: float
) -> None:
    data = bytearray(signed_twice.read_bytes())
    pos = int(len(data) * where)
    data[pos] = data[pos] ^ 0x01
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))

    result = verify.verify_pdf(bytes(data))
    assert not result.ok
    assert result.problem or any(not s.ok and s.problem for s in result.signatures)
    text = pdfsig(damaged)
    assert text.count("Signature is Valid.") < 2, text


def test_countersigning_a_changed_report_is_refused_and_writes_nothing(
    signed_twice: Path, tmp_path: Path
) -> None:
    data = bytearray(signed_twice.read_bytes())
    data[2000] ^= 0x01
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    key, cert = make_key("Helen Marsh", "Eastfield Drove Primary School", "headteacher")
    with pytest.raises(PeerviewError, match="changed after it was signed"):
        report.countersign(damaged, key, cert)
    assert damaged.read_bytes() == bytes(data)


def test_signing_twice_with_the_same_key_is_refused(signed_twice: Path) -> None:
    before = signed_twice.read_bytes()
    # The host's key is not at hand here, so sign once more as a third person, then
    # try again with that same key.
    key, cert = make_key("Kerry Adebayo", "Eastfield Drove Primary School", "host_leader")
    third = report.countersign(signed_twice, key, cert)
    assert len(third.signatures) == 3 and third.ok  # no box left: an invisible signature
    with pytest.raises(PeerviewError, match="already signed"):
        report.countersign(signed_twice, key, cert)
    assert signed_twice.read_bytes() != before


def test_not_a_pdf_and_wrong_keys_are_refused(tmp_path: Path) -> None:
    key, cert = make_key(*LEAD)
    with pytest.raises(PeerviewError, match="not a PDF"):
        sign.sign_pdf(b"PK\x03\x04 a zip file", key, cert)
    with pytest.raises(PeerviewError, match="not a PDF"):
        verify.verify_pdf(b"age-encryption.org/v1\n")
    other_key, _ = make_key(*HOST)
    with pytest.raises(PeerviewError, match="does not match"):
        sign.sign_pdf(b"%PDF-1.4\n", other_key, cert)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    with pytest.raises(PeerviewError):
        report.countersign(cut, key, cert)
    assert cut.read_bytes() == b"%PDF-1.4\n1 0 obj\n<<"


def test_trust_comes_from_the_lookup(signed_twice: Path) -> None:
    lead_cert_names = {"Siân Pritchard"}

    def lookup(cert: object) -> str | None:
        who = sign.Signer.from_certificate(cert)  # type: ignore[arg-type]
        return "roster" if who.name in lead_cert_names else None

    result = verify.verify_pdf(signed_twice.read_bytes(), lookup)
    assert [(s.trusted, s.trust_source) for s in result.signatures] == [
        (True, "roster"),
        (False, ""),
    ]


def test_a_review_not_yet_checked_by_the_host_cannot_be_signed(
    store: Store, demo_review: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    key, cert = make_key(*LEAD)
    with pytest.raises(PeerviewError, match="host"):
        report.make_report(store, demo_review, out, key=key, cert=cert)
    assert not out.exists()
    assert signoff.current_status(store, demo_review) == "draft"


def test_a_truncated_report_fails_verification(signed_twice: Path) -> None:
    data = signed_twice.read_bytes()
    for cut in (len(data) // 2, len(data) - 40):
        result = verify.verify_pdf(data[:cut])
        assert not result.ok
        assert result.problem or any(not s.ok for s in result.signatures)


def test_after_retention_purges_the_notes_the_report_keeps_its_evidence_counts(
    store: Store, ready_review: str, tmp_path: Path
) -> None:
    import datetime as dt

    from app.services import retention

    key, cert = lead_signer(store, ready_review)
    report.make_report(store, ready_review, tmp_path / "signed.pdf", key=key, cert=cert)
    retention.set_retention(store, ready_review, 0)
    retention.purge_review(store, ready_review, dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    later = tmp_path / "later.pdf"
    report.make_report(store, ready_review, later, evidence_appendix=True)
    text = " ".join(readable(pdftotext(later)).split())
    assert "6 notes from 2 sources of evidence" in text  # as when it was signed
    assert "Yr Ŵyl Fawr" not in text  # the notes themselves are gone
    assert "deleted under the school's retention schedule" in text


def test_content_added_after_signing_is_reported_even_though_bytes_still_match(
    signed_twice: Path,
) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStamp, TextStampStyle

    # An incremental update that draws "APPROVED" on page 1: every signed byte range is
    # untouched, so only an analysis of what changed after the signatures can catch it.
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_twice.read_bytes()))
    TextStamp(writer, TextStampStyle(stamp_text="APPROVED")).apply(0, 100, 100)
    out = io.BytesIO()
    writer.write(out)
    result = verify.verify_pdf(out.getvalue())
    assert not result.ok
    assert all(s.valid and not s.intact for s in result.signatures)
    assert "beyond adding signatures" in result.signatures[-1].problem
