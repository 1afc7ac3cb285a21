"""The host's head shares the signed review from the Sign-off page: the summary in words
first, the whole report and consent to be named as choices, Save bundle…; then Withdraw…;
and the lead's laptop reads what arrived."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.services import sharing
from app.sync.share_bundle import import_share
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.signoff.share_box import ShareDialog
from app.ui.review.workspace import ReviewWorkspace
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.scenarios.conftest import SchoolLaptop, school_laptops  # noqa: F401
from tests.sync.scenarios.test_shared_summary_travels import PDF, signed_review
from tests.ui.review.findings.findings_helpers import Messages, open_workspace, unnamed_controls

SHOTS = os.environ.get("PEERVIEW_SHOTS")  # a folder: the pictures are saved there to look at


@pytest.fixture
def host(
    qtbot: QtBot,
    school_laptops: dict[str, SchoolLaptop],  # noqa: F811
    tmp_path: Path,
) -> Iterator[tuple[ReviewWorkspace, dict[str, SchoolLaptop], str, str]]:
    group, _bont, review = signed_review(school_laptops, tmp_path)
    for ws in open_workspace(qtbot, school_laptops["bont"].store, review):
        yield ws, school_laptops, group, review


def _page(ws: ReviewWorkspace) -> SignoffPage:
    page = ws.show_page("signoff")
    assert isinstance(page, SignoffPage)
    return page


def _shoot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))  # type: ignore[attr-defined]


def test_the_host_shares_from_the_signoff_page_and_withdraws(
    host: tuple[ReviewWorkspace, dict[str, SchoolLaptop], str, str],
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    ws, laptops, group, review = host
    page = _page(ws)
    ws.window().resize(1024, 600)
    box = page.share
    assert box.isVisibleTo(page)
    assert "Nothing is shared" in box.info.text()
    assert not box.withdraw_button.isEnabled()
    _shoot(ws.window(), "signoff-share-box.png")
    # The dialog shows the summary in words before anything is sent.
    dialog = ShareDialog(laptops["bont"].store, review, page)
    qtbot.addWidget(dialog)
    words = dialog.text.toPlainText()
    assert "What Ysgol y Bont shares with the partnership lead:" in words
    assert "Pupils choose books with confidence" in words
    assert "does not name Ysgol y Bont" in words
    assert unnamed_controls(dialog) == []
    # Keyboard: the checkboxes have mnemonics; ticking "named" changes the words.
    assert "&name" in dialog.named.text() and "&report" in dialog.whole.text()
    dialog.named.setFocus()
    qtbot.keyClick(dialog.named, Qt.Key.Key_Space)
    assert "may name Ysgol y Bont" in dialog.text.toPlainText()
    # The whole report: the wrong file is refused in words and the box untucks itself.
    wrong = tmp_path / "not the report.pdf"
    wrong.write_bytes(b"%PDF-1.7 something else\n")
    monkeypatch.setattr(dialog, "choose_report", lambda: str(wrong))
    dialog.whole.setChecked(True)
    assert not dialog.whole.isChecked()
    assert "is not the report this review was signed with" in dialog.error.text()
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(PDF)
    monkeypatch.setattr(dialog, "choose_report", lambda: str(signed))
    dialog.whole.setChecked(True)
    assert dialog.whole.isChecked() and dialog.error.isHidden()
    assert "The whole signed report goes too." in dialog.text.toPlainText()
    dialog.resize(640, 560)
    dialog.show()
    _shoot(dialog, "share-dialog.png")
    assert sharing.state(laptops["bont"].store, review) is None  # still nothing shared
    bundle = tmp_path / "for the lead.pvbundle"
    assert dialog.save_to(bundle)
    page.refresh()
    assert "A summary was shared on" in box.info.text() and box.withdraw_button.isEnabled()
    arrived = import_share(laptops["lead"].store, bundle)
    assert arrived.shared
    with laptops["lead"].store.read() as conn:
        [live] = sharing.live_summaries(conn, group)
    assert live.named and live.report_sha256
    # Withdraw…: asked first, then the bundle that carries it.
    back = tmp_path / "withdrawn.pvbundle"
    monkeypatch.setattr(box, "confirm_withdraw", lambda: True)
    monkeypatch.setattr(box, "choose_bundle", lambda: str(back))
    box.withdraw()
    assert messages.shown == []
    assert "Withdrawn on" in box.info.text() and not box.withdraw_button.isEnabled()
    assert import_share(laptops["lead"].store, back).withdrawn
    with laptops["lead"].store.read() as conn:
        assert sharing.live_summaries(conn, group) == []


def test_the_share_button_opens_the_dialog(
    host: tuple[ReviewWorkspace, dict[str, SchoolLaptop], str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws, _laptops, _group, _review = host
    page = _page(ws)
    opened: list[ShareDialog] = []

    def fake_exec(self: QDialog) -> int:
        assert isinstance(self, ShareDialog)
        opened.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ShareDialog, "exec", fake_exec)
    page.share.share_button.click()
    QApplication.processEvents()
    assert len(opened) == 1 and "Nothing is shared" in page.share.info.text()
