"""The import report, shown after bundles were opened, dropped or released: per bundle,
who sent it and what it did here (added, updated, deleted, conflicts, held, skipped),
or why it was refused or quarantined."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    report: Any = None  # app.sync.importer.ImportReport when imported
    problem: str = ""  # why not imported (refused, or quarantined)
    fingerprint: str = ""  # of an untrusted signer (quarantined)

    @property
    def quarantined(self) -> bool:
        return bool(self.fingerprint)


COUNTS = ("added", "updated", "deleted", "conflicts", "held", "skipped")


class ImportReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, outcomes: list[ImportOutcome]) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReportDialog")
        self.setWindowTitle(self.tr("Import report"))
        self.setAccessibleName(self.tr("Import report"))
        self.resize(620, 360)
        self.outcomes = outcomes
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("What the import did"))
        self.text.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        close.setFocus()

    def html(self) -> str:
        names = {
            "added": self.tr("Added"),
            "updated": self.tr("Updated"),
            "deleted": self.tr("Deleted"),
            "conflicts": self.tr("Conflicts"),
            "held": self.tr("Held"),
            "skipped": self.tr("Skipped (already here)"),
        }
        waiting = escape(self.tr("Waiting for earlier entries:"))
        not_allowed = escape(self.tr("Refused (not allowed by their role):"))
        not_vouched = escape(self.tr("Refused (not vouched for by their authors):"))
        parts = []
        for o in self.outcomes:
            file = escape(o.path.name)
            if o.report is None:
                head = self.tr("Quarantined") if o.quarantined else self.tr("Not imported")
                parts.append(f"<h3>{escape(head)}: {file}</h3><p>{escape(o.problem)}</p>")
                continue
            r = o.report
            rows = "".join(
                f"<tr><td>{escape(names[k])}&nbsp;&nbsp;</td><td align='right'>{getattr(r, k)}</td></tr>"
                for k in COUNTS
            )
            head = self.tr("From {0}").format(r.sender_name)
            held = "".join(
                f"<li>{escape(ref)}: {escape(why)}</li>" for ref, why in r.held_reasons[:20]
            )
            refused = "".join(f"<li>{escape(why)}</li>" for why in r.denied_reasons[:20])
            forged = "".join(f"<li>{escape(why)}</li>" for _, why in r.refused[:20])
            note = ""
            if r.conflicts:
                note = "<p>" + escape(self.tr("See the conflicts on the Sync page.")) + "</p>"
            parts.append(
                f"<h3>{escape(head)}: {file}</h3><table>{rows}</table>"
                + (f"<p>{waiting}</p><ul>{held}</ul>" if held else "")
                + (f"<p>{not_allowed}</p><ul>{refused}</ul>" if refused else "")
                + (f"<p>{not_vouched}</p><ul>{forged}</ul>" if forged else "")
                + note
            )
        return "".join(parts)

    @classmethod
    def show_outcomes(cls, parent: QWidget | None, outcomes: list[ImportOutcome]) -> None:
        dialog = cls(parent, outcomes)
        dialog.exec()
        dialog.deleteLater()
