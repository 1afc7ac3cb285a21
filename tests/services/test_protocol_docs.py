"""Documents attached to the partnership's protocol on the lead's laptop: attached into
the encrypted attachment store, listed, saved as a copy, detached; a bad file is refused
with nothing kept (app/services/protocol_docs.py)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.models import attachments
from app.services import partnership, protocol_docs
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import log_entries


@pytest.fixture
def lead(store: Store) -> Store:
    partnership.create(store, "Partneriaeth Dyfrdwy")
    return store


def _kept(store: Store) -> list[str]:
    where = attachments.folder(store.db.data_dir)
    return sorted(p.name for p in where.iterdir()) if where.is_dir() else []


def test_attach_list_save_and_detach(lead: Store, tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n" + os.urandom(5000)
    given = tmp_path / "Data sharing agreement.pdf"
    given.write_bytes(pdf)
    notes = tmp_path / "purpose.txt"
    notes.write_text("Why we work together.\n", encoding="utf-8")
    doc_id, changes = protocol_docs.attach(lead, None, given, part="Data sharing")
    assert changes
    protocol_docs.attach(lead, None, notes, part="purpose")
    docs = protocol_docs.documents(lead)
    # Listed in the protocol's order: purpose first, then data sharing.
    assert [(d.filename, d.part, d.media_type) for d in docs] == [
        ("purpose.txt", "purpose", "text/plain"),
        ("Data sharing agreement.pdf", "data_sharing", "application/pdf"),
    ]
    doc = protocol_docs.find(lead, "Data sharing agreement.pdf")
    assert doc.id == doc_id and doc.size == len(pdf) and doc.held
    # Attached within the same minute, the two ids share their start: the end tells them apart.
    assert protocol_docs.find(lead, doc_id[-8:]).id == doc_id
    assert doc.sha256 == hashlib.sha256(pdf).hexdigest() and doc.part_label == "Data sharing"
    # Sealed at rest with the data key, as a note's attachment is.
    on_disk = attachments.path_for(lead.db.data_dir, doc.sha256).read_bytes()
    assert on_disk.startswith(attachments.MAGIC) and pdf not in on_disk
    out = tmp_path / "copy.pdf"
    protocol_docs.save_copy(lead, doc, out)
    assert out.read_bytes() == pdf
    # An existing file is kept unless asked to replace it.
    out.write_bytes(b"mine")
    with pytest.raises(PeerviewError, match="already exists; it was left as it was"):
        protocol_docs.save_copy(lead, doc, out)
    assert out.read_bytes() == b"mine"
    protocol_docs.save_copy(lead, doc, out, force=True)
    assert out.read_bytes() == pdf
    with pytest.raises(PeerviewError, match="is a folder"):
        protocol_docs.save_copy(lead, doc, tmp_path)
    protocol_docs.detach(lead, doc_id)
    assert [d.filename for d in protocol_docs.documents(lead)] == ["purpose.txt"]
    with pytest.raises(PeerviewError, match="No protocol document matches"):
        protocol_docs.find(lead, doc_id)


def test_a_bad_file_is_refused_and_nothing_is_kept(lead: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    big = tmp_path / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(protocol_docs.MAX_BYTES + 1)
    ok = tmp_path / "ok.pdf"
    ok.write_bytes(b"%PDF fine")
    before, files = len(log_entries(lead)), _kept(lead)
    cases = [
        (tmp_path / "missing.pdf", "other", "There is no file"),
        (tmp_path, "other", "is a folder, not a file"),
        (empty, "other", "is empty"),
        (big, "other", "larger than 20 MB"),
        (ok, "appendix", "'appendix' is not a part of the protocol"),
    ]
    for path, part, message in cases:
        with pytest.raises(PeerviewError, match=message) as caught:
            protocol_docs.attach(lead, None, path, part=part)
        assert "Nothing was attached" in str(caught.value) or "not a part" in str(caught.value)
    assert len(log_entries(lead)) == before and _kept(lead) == files


def test_an_unreadable_file_is_refused(
    lead: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the system will not open (a permission denied, even to root on a share)."""
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF")
    real_open = open

    def refusing(file: object, *args: object, **kwargs: object) -> object:
        if file == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refusing)
    before = len(log_entries(lead))
    with pytest.raises(PeerviewError, match="cannot be read \\(Permission denied\\)"):
        protocol_docs.attach(lead, None, locked)
    assert len(log_entries(lead)) == before


def test_the_name_shown_has_no_folders_or_hidden_characters() -> None:
    assert protocol_docs.display_name("../../etc/passwd") == "passwd"
    assert protocol_docs.display_name("C:\\Users\\x\\agreement.pdf") == "agreement.pdf"
    assert protocol_docs.display_name("agreement\u202efdp.exe") == "agreementfdp.exe"
    assert protocol_docs.display_name("a\x00b\x1b[31m.pdf") == "ab[31m.pdf"
    assert protocol_docs.display_name("...") == "document"
    long = protocol_docs.display_name("x" * 500 + ".pdf")
    assert len(long) == protocol_docs.MAX_NAME and long.endswith(".pdf")
    assert protocol_docs.fields_problem({"filename": "ok.pdf", "sha256": "0" * 64}) is None
    assert protocol_docs.fields_problem({"filename": "../ok.pdf"})
    assert protocol_docs.fields_problem({"size": protocol_docs.MAX_BYTES + 1})
    assert protocol_docs.fields_problem({"part": "appendix"})
