"""Signatures that mean what they say: a countersignature by any PDF reader, impostors,
exit codes, trusting a certificate by its fingerprint, and names in any mix of scripts."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.reports import report
from app.services import demo, identity
from app.services.store import Store
from tests.commands.test_report_cli import run
from tests.identity_helpers import cheap_kdf, dump_database, make_identity
from tests.reports.helpers import make_key, pdfsig, pdftotext, readable, ready_to_sign

__all__ = ["cheap_kdf"]

LEAD = ("Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")


def lead_signed(folder: Path, out: Path, name: tuple[str, str, str] = LEAD) -> Path:
    """The demo report signed by the lead reviewer whose identity ``folder`` holds."""
    with Store.open(folder) as store:
        review = demo.create_demo(store)
        if identity.get_identity(store) is None:
            make_identity(store, *name)
        ready_to_sign(store, review)
        me = identity.unlock(store)
        report.make_report(store, review, out, key=me.signing_key, cert=me.certificate)
    return out


def third_party_countersign(pdf: Path, name: str) -> None:
    """Fill the empty host field the way a PDF reader's "sign with a digital ID" does: pyHanko
    on its own, its own certificate and default appearance, nothing from Peerview."""
    key, cert = make_key(name, "Eastfield Drove Primary School", "headteacher")
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    der_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    signer = signers.SimpleSigner(
        signing_cert=der_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs([der_cert]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf.read_bytes()))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="host_headteacher"), signer).sign_pdf(
        writer, output=out
    )
    pdf.write_bytes(out.getvalue())


def test_the_lead_signature_leaves_the_host_field_free_to_fill(
    tmp_path: Path, cheap_kdf: None
) -> None:
    pdf = lead_signed(tmp_path / "lead", tmp_path / "report.pdf")
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
    found = {str(name): (value, ref) for name, value, ref in fields.enumerate_sig_fields(reader)}
    assert set(found) == {"lead_reviewer", "host_headteacher"}
    assert found["host_headteacher"][0] is None  # empty, visible, for the headteacher
    # No certification (DocMDP) and no field lock (FieldMDP): filling it later is allowed.
    assert "/Perms" not in reader.root
    assert "/Lock" not in found["host_headteacher"][1].get_object()
    assert "/Lock" not in found["lead_reviewer"][1].get_object()
    sig = found["lead_reviewer"][0].get_object()
    assert "/Reference" not in sig


def test_a_countersignature_by_another_tool_verifies_and_the_signer_can_be_trusted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cheap_kdf: None
) -> None:
    lead_dir = tmp_path / "lead"
    pdf = lead_signed(lead_dir, tmp_path / "report.pdf")
    third_party_countersign(pdf, "Helen Marsh")

    code, out, err = run(capsys, "--data-dir", str(lead_dir), "verify", "--json", str(pdf))
    found = json.loads(out)
    assert code == 3, err  # intact, but the headteacher's own digital ID is not verified yet
    assert [(s["signer"], s["intact"], s["trusted"]) for s in found["signatures"]] == [
        ("Siân Pritchard", True, True),
        ("Helen Marsh", True, False),
    ]
    assert not found["signatures"][0]["covers_whole_file"]  # the countersignature came after
    host = found["signatures"][1]
    assert len(host["fingerprint"].split()) == 16  # SHA-256, groups of four for reading aloud
    # poppler agrees: two valid signatures (its exit code says nothing, so read its text).
    text = pdfsig(pdf)
    assert text.count("Signature Validation: Signature is Valid.") == 2, text
    assert "Signer Certificate Common Name: Helen Marsh" in text

    # Without the digits, the unverified signers are listed; nothing is trusted.
    code, out, _ = run(capsys, "--data-dir", str(lead_dir), "trust-certificate", str(pdf))
    assert code == 2 and host["fingerprint"] in out
    before = dump_database(lead_dir)
    wrong = host["certificate_sha256"][:-1] + (
        "0" if host["certificate_sha256"][-1] != "0" else "1"
    )
    code, _, err = run(
        capsys, "--data-dir", str(lead_dir), "trust-certificate", str(pdf), "--fingerprint", wrong
    )
    assert code == 1 and "Nothing was trusted" in err
    assert dump_database(lead_dir) == before
    # The digits as the headteacher read them out: any spacing, lower case.
    spoken = host["fingerprint"].lower()
    code, out, err = run(
        capsys, "--data-dir", str(lead_dir), "trust-certificate", str(pdf), "--fingerprint", spoken
    )
    assert code == 0, err
    assert "Helen Marsh" in out

    code, out, _ = run(capsys, "--data-dir", str(lead_dir), "verify", str(pdf))
    assert code == 0
    assert "Every signature is valid" in out and "you trusted by its fingerprint" in out


def test_an_impostor_lead_reviewer_is_never_valid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cheap_kdf: None
) -> None:
    # This installation knows the real Siân Pritchard (it is hers).
    mine = tmp_path / "mine"
    with Store.open(mine) as store:
        make_identity(store, *LEAD)
    # Someone else makes a certificate in her name, role and school, and signs a report.
    other = tmp_path / "other"
    pdf = tmp_path / "report.pdf"
    with Store.open(other) as store:
        # In their own Peerview, with an identity in her name: the review's lead there.
        make_identity(store, *LEAD)
        review = demo.create_demo(store)
        ready_to_sign(store, review)
        me = identity.unlock(store)
        report.make_report(store, review, pdf, key=me.signing_key, cert=me.certificate)

    code, out, _ = run(capsys, "--data-dir", str(mine), "verify", str(pdf))
    assert code == 3
    assert "Every signature is valid" not in out
    assert "someone you have NOT verified" in out and "not their key" in out
    code, out, _ = run(capsys, "--data-dir", str(mine), "verify", "--json", str(pdf))
    found = json.loads(out)
    assert code == 3 and found["ok"] is False and found["verdict"] == "unverified"
    assert found["signatures"][0]["ok"] is False and found["signatures"][0]["intact"] is True
    assert pdfsig(pdf).count("Signature Validation: Signature is Valid.") == 1

    # The same report changed after signing: invalid, whoever signed it.
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--data-dir", str(mine), "verify", "--json", str(pdf))
    assert code == 4 and json.loads(out)["verdict"] == "invalid"
    assert "Signature is Valid." not in pdfsig(pdf)


def test_verify_help_states_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "verify", "--help")
    out = capsys.readouterr().out
    for code in ("0", "3", "4"):
        assert f"\n  {code}  " in out, out


@pytest.mark.parametrize(
    ("lead_name", "host_name"),
    [("Aisha عائشة Khan", "محمد Ali"), ("Nguyễn Thị Hồng", "Łucja ŵ ŷ عائشہ")],
)
def test_a_name_in_any_mix_of_scripts_signs_and_countersigns(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    cheap_kdf: None,
    lead_name: str,
    host_name: str,
) -> None:
    lead_dir, host_dir = tmp_path / "lead", tmp_path / "host"
    pdf = lead_signed(
        lead_dir, tmp_path / "report.pdf", (lead_name, "Fen Reeve Primary Academy", "lead_reviewer")
    )
    with Store.open(host_dir) as host:
        make_identity(host, host_name, "Eastfield Drove Primary School", "headteacher")
    code, out, err = run(capsys, "--data-dir", str(host_dir), "sign", str(pdf))
    assert code == 0, err
    # The host has not verified the lead yet: signed, with a warning naming the lead.
    assert f"warning: {lead_name} is someone you have not verified" in err

    code, out, _ = run(capsys, "--data-dir", str(host_dir), "verify", "--json", str(pdf))
    found = json.loads(out)
    assert code == 3  # the host trusts itself, not (yet) the lead
    assert [s["signer"] for s in found["signatures"]] == [lead_name, host_name]
    assert all(s["intact"] for s in found["signatures"])
    code, out, _ = run(capsys, "--data-dir", str(host_dir), "verify", str(pdf))
    assert lead_name in out and host_name in out
    # pdftotext puts the space after a right-to-left run inside it ("Aisha  عائشةKhan"),
    # though the stamp draws it in its place: compare the letters, in order, without spaces.
    stamps = "".join(readable(pdftotext(pdf)).split())
    for name in (lead_name, host_name):
        assert "Signeddigitallyby" + "".join(name.split()) in stamps, name
    assert pdfsig(pdf).count("Signature Validation: Signature is Valid.") == 2


def test_a_signature_time_is_shown_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cheap_kdf: None
) -> None:
    pdf = lead_signed(tmp_path / "lead", tmp_path / "report.pdf")
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "lead"), "verify", str(pdf))
    assert code == 0
    year = str(dt.datetime.now(dt.UTC).year)
    assert year in out and "signed " in out
