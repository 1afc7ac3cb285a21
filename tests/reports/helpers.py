"""Keys, certificates and PDF tools for report tests."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def make_key(
    name: str, school: str, role: str
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A P-256 key and a self-signed certificate shaped like the identity service's."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, school),
            x509.NameAttribute(NameOID.TITLE, role),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install poppler-utils (./dev test does so as root)"
    return found


def pdftotext(path: Path, *extra: str) -> str:
    out = subprocess.run(
        [tool("pdftotext"), *extra, str(path), "-"], capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def pdfsig(path: Path) -> str:
    # pdfsig exits 0 even on "Digest Mismatch": callers read its text.
    out = subprocess.run([tool("pdfsig"), str(path)], capture_output=True)
    return out.stdout.decode("utf-8", "replace") + out.stderr.decode("utf-8", "replace")


def readable(text: str) -> str:
    """Extracted text as a person would compare it: Arabic presentation forms folded
    (NFKC) and the direction marks pdftotext adds removed."""
    return unicodedata.normalize("NFKC", BIDI_MARKS.sub("", text))


def ready_to_sign(store: object, review_id: str) -> None:
    """Take a review through sign-off to "host_checked", where the lead may sign it, each
    step by the person the separation of duties allows (tests/signoff_helpers.py)."""
    from app.services.store import Store
    from tests.signoff_helpers import take_to

    assert isinstance(store, Store)
    take_to(store, review_id, "host_checked")


def team_agrees(store: object, review_id: str) -> None:
    """The team meeting's outcome: the lead reviewer records every reviewer's agreement
    with every finding, on the lead's laptop (so the board trusts it)."""
    from app.services import findings, moderation
    from app.services.store import Store

    assert isinstance(store, Store)
    with store.read() as conn:
        team = moderation.members(conn, review_id)
    lead = next((m.key_id for m in team if m.role == "lead_reviewer" and m.key_id), None)
    saved = store.author_key_id
    store.author_key_id = lead or saved
    try:
        for finding in findings.list_findings(store, review_id):
            for member in team:
                moderation.record_position(
                    store, finding.id, member.person_id, "agree", recorded_by_key_id=lead
                )
    finally:
        store.author_key_id = saved
