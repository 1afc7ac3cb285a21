"""The language of the report the Sign-off page builds: English, Welsh, or Welsh then
English (decision 0048). One choice for the preview, the signed report, the draft, the
Word copy and the feedback summary, as the appendix box is one choice for them all.

Each review starts on its own default (bilingual on the Welsh framework, else English:
app/reports/report.py's default_language); a choice made stays while the review is open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.store import Store


class ReportLanguageChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_language")
        self.combo = QComboBox(self)
        self.combo.setObjectName("report_language_combo")
        self.combo.setAccessibleName(self.tr("Report language"))
        self.combo.setToolTip(
            self.tr(
                "The language of the report's headings and fixed words. What the team wrote "
                "is printed as written."
            )
        )
        # Codes as peerview report --language takes them.
        self.combo.addItem(self.tr("English"), "en")
        self.combo.addItem(self.tr("Welsh (Cymraeg)"), "cy")
        self.combo.addItem(self.tr("Welsh, then English"), "cy+en")
        label = QLabel(self.tr("Report la&nguage:"), self)
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        self.review_id: str | None = None

    def code(self) -> str:
        return str(self.combo.currentData())

    def set_code(self, code: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))

    def follow(self, store: Store, review_id: str) -> None:
        """On opening a review, its default language; refreshing keeps the choice made."""
        if review_id == self.review_id:
            return
        from app.reports import report

        self.review_id = review_id
        self.set_code(report.default_language(store, review_id))
