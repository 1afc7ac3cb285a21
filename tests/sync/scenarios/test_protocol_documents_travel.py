"""A document attached to the protocol on the lead's laptop reaches a member school's
laptop in a real bundle, byte for byte; a document a member laptop forges is refused."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.models import attachments
from app.services import partnership, protocol_docs
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import partnership_review
from tests.sync.scenarios.conftest import SchoolLaptop, compromised


def _review_of_partnership(lead: Store) -> tuple[str, str, str]:
    group, _ = partnership.create(lead, "Partneriaeth Dyfrdwy")
    partnership.add_school(lead, None, "Ysgol y Bont", "primary")
    partnership.add_school(lead, None, "Ysgol Łódź", "primary")
    with lead.read() as conn:
        bont_id, _ = partnership.resolve_school(conn, group, "Ysgol y Bont")
    review = partnership_review(lead, group, bont_id)
    return group, bont_id, review


def test_a_protocol_document_reaches_a_member_school_and_a_forged_one_is_refused(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    lead = school_laptops["lead"].store
    bont = school_laptops["bont"].store
    group, _bont_id, review = _review_of_partnership(lead)
    signed = tmp_path / "Cytundeb rhannu data (signed).pdf"
    pdf = b"%PDF-1.7\n" + os.urandom(200_000) + b"\n%%EOF\n"
    signed.write_bytes(pdf)
    doc_id, _ = protocol_docs.attach(lead, None, signed, part="data-sharing")
    path = tmp_path / "to-bont.pvbundle"
    export_bundle(lead, review, path, to=[school_laptops["bont"].card.fingerprint])
    report = import_bundle(bont, path)
    assert report.denied == 0, report.denied_reasons
    [there] = protocol_docs.documents(bont)
    assert (there.id, there.filename, there.part) == (
        doc_id,
        "Cytundeb rhannu data (signed).pdf",
        "data_sharing",
    )
    assert there.held and there.size == len(pdf)
    out = tmp_path / "copy at bont.pdf"
    protocol_docs.save_copy(bont, there, out)
    assert out.read_bytes() == pdf
    # Kept encrypted at rest on the member's laptop, like a note's attachment.
    stored = attachments.path_for(bont.db.data_dir, hashlib.sha256(pdf).hexdigest())
    assert stored.read_bytes().startswith(attachments.MAGIC) and pdf not in stored.read_bytes()
    # The member's own Peerview refuses to attach one, keeping nothing.
    with pytest.raises(PeerviewError, match="Only the partnership lead changes"):
        protocol_docs.attach(bont, None, signed)
    # A modified Peerview writes a document anyway; the lead's laptop refuses it.
    forged_bytes = b"%PDF-1.7 forged agreement\n"
    with compromised(), bont.write() as tx:
        tx.create(
            "protocol_document",
            {
                "partnership_id": group,
                "sha256": hashlib.sha256(forged_bytes).hexdigest(),
                "filename": "Forged agreement.pdf",
                "media_type": "application/pdf",
                "size": len(forged_bytes),
                "part": "confidentiality",
                "added_on": "2026-03-01",
            },
        )
        tx.delete("protocol_document", doc_id)
    forged = tmp_path / "forged.pvbundle"
    export_bundle(bont, review, forged, to=[school_laptops["lead"].card.fingerprint])
    got = import_bundle(lead, forged)
    assert got.denied >= 2
    assert (
        "Grace Okafor may not change the protocol documents of the partnership "
        "'Partneriaeth Dyfrdwy': only the partnership lead may"
    ) in " | ".join(got.denied_reasons)
    assert [(d.id, d.filename) for d in protocol_docs.documents(lead)] == [
        (doc_id, "Cytundeb rhannu data (signed).pdf")
    ]


def test_a_document_row_with_a_path_for_a_name_is_refused_at_merge(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    """Even the lead's key cannot make a member's laptop show a name with folders or
    direction overrides in it, or a digest that is not one."""
    lead = school_laptops["lead"].store
    group, _bont_id, review = _review_of_partnership(lead)
    with compromised(), lead.write() as tx:
        for name, digest in (
            ("../../.bashrc", "a" * 64),
            ("agreement\u202efdp.exe", "b" * 64),
            ("agreement.pdf", "../../etc/passwd"),
        ):
            tx.create(
                "protocol_document",
                {
                    "partnership_id": group,
                    "sha256": digest,
                    "filename": name,
                    "size": 10,
                    "part": "other",
                },
            )
    path = tmp_path / "to-lodz.pvbundle"
    export_bundle(lead, review, path, to=[school_laptops["lodz"].card.fingerprint])
    report = import_bundle(school_laptops["lodz"].store, path)
    reasons = " | ".join(why for _ref, why in report.refused)
    assert len(report.refused) == 3, report
    assert "file name holds folders" in reasons and "is not a digest" in reasons
    assert protocol_docs.documents(school_laptops["lodz"].store) == []
