"""Themes across the schools (decision 0045): what the summaries host schools shared say,
strand by strand, with the heat map of schools that agreed to be named, the trends across
rounds and the schedule as a timeline; a round to narrow it to; "Save the annual
report…". Every figure comes from ``themes.compute`` already held back where fewer than
three unnamed schools stand behind it: this tab has nothing else to show."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import partnership, sharing, theme_pictures, themes, themes_read
from app.services.errors import PeerviewError
from app.services.partnership import PartnershipRecord
from app.services.summary_body import Summary
from app.ui.partnership.picture import PictureView
from app.ui.partnership.rows_model import RowsModel
from app.ui.partnership.tabs import TabHost
from app.ui.widgets.tables import list_table

log = logging.getLogger(__name__)
ALL_ROUNDS = ""


def figure(text: str) -> str:
    """A count, or "fewer than 3" (app/services/themes.py, marked there) in the window's words."""
    return QCoreApplication.translate("services.themes", text)


def picture_words(text: str) -> str:
    """A picture's words (app/services/theme_pictures.py, marked there, and the kinds of
    finding it names from app/services/themes.py) in the window's words."""
    shown = QCoreApplication.translate("services.theme_pictures", text)
    return shown if shown != text else figure(text)


class ThemesTab(QWidget):
    def __init__(self, view: TabHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.partnership_id = ""
        self.summaries: list[Summary] = []
        self.priorities: dict[str, list[str]] = {}
        self.result: themes.Themes | None = None
        self.setObjectName("themes_tab")
        self.setAccessibleName(self.tr("Themes"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Round:"), self)
        self.round = QComboBox(self)
        self.round.setObjectName("themes_round")
        self.round.setAccessibleName(self.tr("Round"))
        self.round.setMinimumContentsLength(16)
        label.setBuddy(self.round)
        self.round.currentIndexChanged.connect(self._show)
        self.save_button = QPushButton(self.tr("&Save the annual report…"), self)
        self.save_button.setObjectName("save_annual_report")
        self.save_button.setAccessibleName(self.tr("Save the annual report"))
        self.save_button.clicked.connect(self.save_report)
        top.addWidget(label)
        top.addWidget(self.round)
        top.addStretch(1)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("themes_summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the themes count"))
        outer.addWidget(self.summary)

        # Everything below scrolls, so the tab fits a 1024x600 window.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("themes_scroll")
        scroll.setAccessibleName(self.tr("Themes: the table and the pictures"))
        body = QWidget(scroll)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(
            [
                self.tr("Strand"),
                self.tr("Strength"),
                self.tr("Area for development"),
                self.tr("Area of Excellence"),
            ],
            self,
        )
        self.table = list_table(
            body,
            "themes_table",
            self.tr("Schools by strand and kind of finding"),
            self.model,
            self.tr('"fewer than 3": held back so that no school can be told apart'),
        )
        self.table.setMinimumHeight(180)
        for column, width in enumerate((300, 120, 160)):
            self.table.horizontalHeader().resizeSection(column, width)
        inner.addWidget(self.table)
        self.pictures: dict[str, tuple[QLabel, PictureView]] = {}
        for key, title in (
            ("heat_map", self.tr("Strands by school (schools that agreed to be named)")),
            ("trends", self.tr("Trends across rounds")),
            ("timeline", self.tr("The schedule")),
        ):
            heading = QLabel(f"<b>{title}</b>", body)
            picture = PictureView(key, body)
            heading.setBuddy(picture)
            inner.addWidget(heading)
            inner.addWidget(picture)
            self.pictures[key] = (heading, picture)
        inner.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.setFocusProxy(self.round)

    # -- the Tab protocol -----------------------------------------------------------

    def load(self, rec: PartnershipRecord) -> None:
        self.partnership_id = rec.id
        with self.view.store.read() as conn:
            self.summaries = sharing.live_summaries(conn, rec.id)
            self.priorities = partnership.priorities(conn, rec.id)
        everything = themes.compute(self.summaries, self.priorities)
        chosen = self.round.currentData()
        self.round.blockSignals(True)
        self.round.clear()
        self.round.addItem(self.tr("Every round"), ALL_ROUNDS)
        for r in everything.rounds:
            self.round.addItem(r.name, r.key)
        found = self.round.findData(chosen) if chosen else 0
        self.round.setCurrentIndex(max(0, found))
        self.round.blockSignals(False)
        self.timeline = themes_read.timeline_rounds(self.view.store, rec.id)
        self._show()

    def set_editable(self, editable: bool) -> None:
        """Reading only: every laptop that holds shared summaries may look and save."""

    # -- showing ----------------------------------------------------------------------

    def _show(self) -> None:
        key = self.round.currentData() or None
        t = themes.compute(self.summaries, self.priorities, round_key=key)
        self.result = t
        if not t.reviews:
            self.summary.setText(
                self.tr(
                    "No school has shared a summary yet. Host schools share one after "
                    "sign-off; the themes read only what they share."
                )
            )
        else:
            text = " ".join(
                (
                    self.tr("Schools: %n.", "", t.schools),
                    self.tr("Reviews shared: %n.", "", t.reviews),
                    self.tr(
                        "A figure with fewer than 3 schools behind it that did not agree to be "
                        "named shows as “fewer than 3”."
                    ),
                )
            )
            if t.heat.unnamed_schools:
                text += " " + self.tr(
                    "%n school(s) that did not agree to be named are counted, not shown.",
                    "",
                    t.heat.unnamed_schools,
                )
            self.summary.setText(text)
        self.model.set_rows(
            [[s.label, *[figure(s.overall[k].text) for k in themes.KINDS]] for s in t.strands]
        )
        maps = theme_pictures.heat_maps(t, per_picture=30, words=picture_words)
        self._picture("heat_map", maps[0] if maps else None)
        history = themes.compute(self.summaries, {})
        trends = theme_pictures.trends(history, words=picture_words)
        self._picture("trends", trends if len(history.rounds) > 1 else None)
        calendar = dates.conventions().words
        self._picture(
            "timeline",
            theme_pictures.timeline(self.timeline, words=picture_words, calendar=calendar),
        )

    def _picture(self, key: str, picture: theme_pictures.Picture | None) -> None:
        heading, view = self.pictures[key]
        heading.setVisible(picture is not None)
        view.set_picture(picture)

    # -- saving -----------------------------------------------------------------------

    def save_report(self) -> None:
        out, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the annual partnership report"),
            "annual-partnership-report.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if not out:
            return
        from app.reports import annual, annual_content
        from app.services import identity
        from app.ui.dialogs.passphrase_dialog import make_ask

        try:
            data = annual_content.gather(self.view.store, self.partnership_id)
            key = cert = None
            # The partnership lead's own laptop signs it; any other saves an unsigned copy.
            if data.lead_here and identity.get_identity(self.view.store) is not None:
                unlocked = identity.unlock(self.view.store, ask=make_ask(self))
                key, cert = unlocked.signing_key, unlocked.certificate
            result = annual.make(data, Path(out), key=key, cert=cert)
        except PeerviewError as exc:
            self.view.refuse(exc)
            return
        said = (
            self.tr(
                "Saved and signed the annual partnership report {0} (%n page(s)).", "", result.pages
            )
            if result.signed
            else self.tr(
                "Saved the annual partnership report {0} (%n page(s)), unsigned: only the "
                "partnership lead's laptop signs it.",
                "",
                result.pages,
            )
        )
        self.view.say(said.format(data.year))
