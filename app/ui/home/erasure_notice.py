"""At home, above the list: the reviews whose evidence notes are due to be purged and the
safeguarding concerns due to be erased after their hand-over, with one button that does
it (after a confirmation). Hidden when nothing is due.

Erasing is never a side effect of opening Peerview: it is this button, the sign-off
page's "Purge notes now", or ``peerview retention run`` / ``peerview safeguarding erase``
(decision 0038).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app import dates
from app.services.errors import PeerviewError
from app.services.store import ChangeSet, Store
from app.ui.messages import window_text

log = logging.getLogger(__name__)


class ErasureNotice(QFrame):
    def __init__(
        self, store: Store, publish: Callable[[ChangeSet], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("erasure_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.store, self._publish = store, publish
        self.label = QLabel(self)
        self.label.setObjectName("erasure_due")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("&Erase what is due…"), self)
        self.button.setObjectName("erase_due_button")
        self.button.setAccessibleName(self.tr("Erase what is due"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.erase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def refresh(self, now: dt.datetime | None = None) -> None:
        # Imported here: retention reaches the signing and card code, which the window's
        # cold start leaves unloaded (decision 0018).
        from app.services import retention, safeguarding

        now = now or dt.datetime.now(dt.UTC)
        notes = retention.due(self.store, now)
        concerns = safeguarding.due_for_erasure(self.store, now)
        lines = [
            self.tr("Evidence notes of “{title}” are due to be purged (since {date}).").format(
                title=s.title, date=dates.date_long(s.due_at)
            )
            for s in notes
        ]
        if concerns:
            lines.append(
                self.tr(
                    "%n safeguarding concern(s) handed over to the school's DSL are due to "
                    "be erased from this computer.",
                    "",
                    len(concerns),
                )
            )
        self.label.setText("\n".join(lines))
        self.label.setAccessibleName(" ".join(lines))
        self.setVisible(bool(lines))

    def erase(self, *, confirm: bool = True) -> int:
        """Purge and erase what is due; returns how many erasures were made."""
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Erase what is due"),
                self.tr(
                    "{what}\n\nThe findings, action plans, signed reports and the record of "
                    "who did what are kept; for a concern, that it was handed over, when and "
                    "to whom. This cannot be undone."
                ).format(what=self.label.text()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        from app.services import retention, safeguarding

        done = []
        try:
            done.extend(retention.run(self.store))
            done.extend(safeguarding.erase_due(self.store))
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not all erased"), window_text(exc))
        for result in done:
            self._publish(result.changes)
        log.info("Erased what was due: %d erasure(s)", len(done))
        self.refresh()
        return len(done)
