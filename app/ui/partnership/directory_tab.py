"""Where expertise sits: the directory of validated Areas of Excellence and named
expertise, each shared with its host's consent, searched by words ("phonics for pupils
with SEND") and listed strand by strand."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import expertise
from app.services.errors import PeerviewError
from app.services.expertise import DirectoryEntry
from app.services.partnership import PartnershipRecord
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost
from app.ui.partnership.words import day
from app.ui.widgets.tables import list_table


class DirectoryTab(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("directory_tab")
        self.setAccessibleName(self.tr("Directory"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        row = QHBoxLayout()
        self.query = QLineEdit(self)
        self.query.setObjectName("directory_search")
        self.query.setAccessibleName(self.tr("Search the directory"))
        self.query.setPlaceholderText(self.tr("such as phonics for pupils with SEND"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.search)
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.query)
        self.search_button = QPushButton(self.tr("Find"), self)
        self.search_button.setAccessibleName(self.tr("Find in the directory"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.setFocusProxy(self.query)
        self.summary = QLabel(self)
        self.summary.setObjectName("directory_summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the directory shows"))
        layout.addWidget(self.summary)
        self.model = RowsModel(
            [
                self.tr("Strand"),
                self.tr("School"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Contact"),
                self.tr("Shared with consent of"),
            ],
            self,
        )
        self.table = list_table(self, "directory_table", self.tr("Directory entries"), self.model)
        for column, width in enumerate((150, 170, 150, 200, 120)):
            self.table.horizontalHeader().resizeSection(column, width)
        layout.addWidget(self.table, 1)

    def load(self, rec: PartnershipRecord) -> None:
        self.search()

    def set_editable(self, editable: bool) -> None:
        """Searching is for every laptop; entries are added where they are validated."""

    def search(self) -> None:
        words = self.query.text().strip()
        try:
            found = (
                expertise.search(self.view.store, words)
                if words
                else expertise.directory(self.view.store)
            )
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        found = sorted(found, key=lambda e: (e.strand.casefold(), e.school.casefold(), e.title))
        self._show(found)
        strands = len({e.strand for e in found})
        in_strands = self.tr("In %n strand(s).", "", strands)
        if words:
            self.summary.setText(
                self.tr("Found for '{0}': %n entry(ies).", "", len(found)).format(words)
                + " "
                + in_strands
                if found
                else self.tr("Nothing in the directory holds '{0}'. Try fewer words.").format(words)
            )
        else:
            self.summary.setText(
                self.tr(
                    "In the directory: %n entry(ies), each shared with its host's consent.",
                    "",
                    len(found),
                )
                + " "
                + in_strands
            )

    def _show(self, found: list[DirectoryEntry]) -> None:
        kinds = {
            "area_of_excellence": self.tr("Area of Excellence"),
            "expertise": self.tr("Expertise"),
        }
        self.model.set_rows(
            [
                [
                    e.strand,
                    e.school,
                    kinds.get(e.kind, e.kind),
                    e.title,
                    e.contact,
                    self.tr("{0}, {1}").format(e.consent_by, day(e.consent_on))
                    if e.consent_on
                    else e.consent,
                ]
                for e in found
            ]
        )
