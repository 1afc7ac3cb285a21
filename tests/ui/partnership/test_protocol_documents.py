"""The protocol's documents in the partnership view: the lead attaches one through the
file dialog and saves a copy; a bad file is refused with the service's message and
nothing kept; a member school's laptop cannot attach but saves a copy of what arrived."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.services import partnership, protocol_docs
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.ui.home.main_window import MainWindow
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.services.conftest import log_entries
from tests.sync.helpers import FakeClock, open_replica, partnership_review
from tests.ui.helpers import shown_window

PDF = b"%PDF-1.7\nsigned by every head\n%%EOF\n"


def choose(monkeypatch: pytest.MonkeyPatch, *, open_: Path | None = None, save: Path | None = None,
           part: str = "Data sharing") -> None:  # fmt: skip
    """The dialogs, answered as a person would."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(open_ or ""), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(save or ""), ""))
    )
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *_a, **_k: (part, True)))


def test_the_lead_attaches_a_document_and_saves_a_copy(
    window: MainWindow, store: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partnership.create(store, "Partneriaeth Dyfrdwy")
    view = window.show_partnership()
    docs = view.members.documents
    assert docs.attach_button.isEnabled() and not docs.save_button.isEnabled()
    assert docs.list.currentText() == "No documents attached"
    given = tmp_path / "Data sharing agreement.pdf"
    given.write_bytes(PDF)
    choose(monkeypatch, open_=given)
    docs.attach_button.click()
    assert "Attached Data sharing agreement.pdf to the protocol." in view.message.text()
    [doc] = protocol_docs.documents(store)
    assert (doc.filename, doc.part) == ("Data sharing agreement.pdf", "data_sharing")
    assert docs.list.currentText() == "Data sharing agreement.pdf (Data sharing, 1 KB)"
    assert docs.save_button.isEnabled()
    out = tmp_path / "copy.pdf"
    choose(monkeypatch, save=out)
    docs.save_button.click()
    assert out.read_bytes() == PDF
    assert f"Saved a copy of Data sharing agreement.pdf to {out}." in view.message.text()
    # An empty file is refused with the service's words, and nothing is kept.
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    before = len(log_entries(store))
    choose(monkeypatch, open_=empty)
    docs.attach_button.click()
    assert "empty.pdf is empty. Nothing was attached." in view.message.text()
    assert len(log_entries(store)) == before and docs.list.count() == 1
    # Cancelling either dialog does nothing.
    choose(monkeypatch)
    docs.attach_button.click()
    docs.save_button.click()
    assert len(log_entries(store)) == before


@pytest.fixture
def member(tmp_path: Path, cheap_kdf: None) -> Iterator[Store]:  # noqa: F811
    """A member school's laptop that received the partnership and its signed agreement."""
    clock = FakeClock()
    lead = open_replica(tmp_path / "lead", clock.reader())
    school = open_replica(tmp_path / "school", clock.reader())
    make_identity(lead, "Siân Pritchard", role="partnership_lead")
    card = make_identity(school, "Grace Okafor", school="Ysgol y Bont", role="headteacher")
    exchange_cards(lead, school)
    group, _ = partnership.create(lead, "Partneriaeth Dyfrdwy")
    bont, _ = partnership.add_school(lead, None, "Ysgol y Bont", "primary")
    given = tmp_path / "Cytundeb cyfrinachedd.pdf"
    given.write_bytes(PDF)
    protocol_docs.attach(lead, None, given, part="confidentiality")
    review = partnership_review(lead, group, bont)
    export_bundle(lead, review, tmp_path / "to-bont.pvbundle", to=[card.fingerprint])
    import_bundle(school, tmp_path / "to-bont.pvbundle")
    lead.close()
    yield school
    school.close()


def test_a_member_laptop_saves_a_copy_but_cannot_attach(
    member: Store, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, member)
    view = window.show_partnership()
    docs = view.members.documents
    assert not docs.attach_button.isEnabled() and docs.save_button.isEnabled()
    assert docs.list.currentText() == (
        "Cytundeb cyfrinachedd.pdf (Confidentiality and report sharing, 1 KB)"
    )
    out = tmp_path / "saved.pdf"
    choose(monkeypatch, save=out)
    docs.save_button.click()
    assert out.read_bytes() == PDF
    # Were the button reached anyway, the service refuses and the view says so.
    before = len(log_entries(member))
    choose(monkeypatch, open_=out)
    docs.attach()
    assert "Only the partnership lead changes the partnership" in view.message.text()
    assert len(log_entries(member)) == before
