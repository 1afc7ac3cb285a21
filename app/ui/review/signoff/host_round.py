"""The Sign-off & report page's "Team and host" tab: the report's due dates, each team
member's agreement with the findings, and the host's factual-accuracy round (the draft
sent, the host's responses per finding, the lead's decision on each). Every change goes
through the services (app/services/signoff.py, accuracy.py, response_file.py), whose
separation-of-duties refusals name who may take the step (decision 0039)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import accuracy, deadlines, duties, signoff
from app.services.errors import PeerviewError
from app.services.store import ChangeSet
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.signoff.host_response_dialog import HostResponseDialog

# How far a due date has got, translated where shown (state_words).
_STATE = {
    "done": QT_TRANSLATE_NOOP("HostRound", "✓ done"),
    "overdue": QT_TRANSLATE_NOOP("HostRound", "overdue"),
    "soon": QT_TRANSLATE_NOOP("HostRound", "due soon"),
    "later": "",
}


def state_words(state: str) -> str:
    text = str(_STATE[state])
    return QCoreApplication.translate("HostRound", text) if text else ""


class HostRound(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("host_round")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("due_dates")
        self.due_label.setAccessibleName(self.tr("Due dates of the report"))
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_label.setWordWrap(True)

        self.team_label = QLabel(self)
        self.team_label.setObjectName("team_agreement")
        self.team_label.setAccessibleName(self.tr("Team members' agreement with the findings"))
        self.team_label.setTextFormat(Qt.TextFormat.RichText)
        self.team_label.setWordWrap(True)
        self.agree_button = QPushButton(self.tr("I a&gree with the findings"), self)
        self.agree_button.setObjectName("agree_button")
        self.agree_button.setAccessibleName(self.tr("Record your agreement with the findings"))
        self.agree_button.clicked.connect(self.agree)
        self.agree_for_button = QPushButton(self.tr("Record agreement &for…"), self)
        self.agree_for_button.setObjectName("agree_for_button")
        self.agree_for_button.setAccessibleName(
            self.tr("Record a team member's agreement on their behalf")
        )
        self.agree_for_button.clicked.connect(self.agree_for)
        team_box = QGroupBox(self.tr("Team confirmed: every member agrees"), self)
        team_layout = QVBoxLayout(team_box)
        row = QHBoxLayout()
        row.addWidget(self.team_label, 1)
        row.addWidget(self.agree_button)
        row.addWidget(self.agree_for_button)
        team_layout.addLayout(row)

        self.sent_label = QLabel(self)
        self.sent_label.setObjectName("draft_sent")
        self.sent_label.setAccessibleName(self.tr("Drafts sent to the host"))
        self.sent_label.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Finding"), self.tr("The host said"), self.tr("From"), self.tr("Decision")]
        )
        self.view = QTableView(self)
        self.view.setObjectName("host_corrections")
        self.view.setAccessibleName(self.tr("The host's corrections and your decisions"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.sent_button = QPushButton(self.tr("Draft &sent to the host…"), self)
        self.sent_button.setAccessibleName(self.tr("Record the draft sent to the host"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.import_button = QPushButton(self.tr("&Import signed response…"), self)
        self.import_button.setAccessibleName(
            self.tr("Import the host's signed response file from their Peerview")
        )
        self.import_button.clicked.connect(self.import_response)
        self.record_button = QPushButton(self.tr("Record email or &PDF…"), self)
        self.record_button.setAccessibleName(
            self.tr("Record a response that came by email or as a marked-up PDF")
        )
        self.record_button.clicked.connect(self.record_response)
        self.decide_buttons: dict[str, QPushButton] = {}
        for decision, text in (
            ("accepted", self.tr("Acce&pted")),
            ("changed", self.tr("C&hanged")),
            ("declined", self.tr("&Declined…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"decide_{decision}")
            button.setAccessibleName(
                self.tr("Decision on the selected correction: {d}").format(
                    d=accuracy.DECISIONS[decision]
                )
            )
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            self.decide_buttons[decision] = button
        host_box = QGroupBox(self.tr("Factual accuracy checked by the host"), self)
        host_layout = QVBoxLayout(host_box)
        host_layout.addWidget(self.sent_label)
        top = QHBoxLayout()
        for button in (self.sent_button, self.import_button, self.record_button):
            top.addWidget(button)
        top.addStretch(1)
        host_layout.addLayout(top)
        host_layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Your decision:"), self))
        for button in self.decide_buttons.values():
            bottom.addWidget(button)
        bottom.addStretch(1)
        host_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.due_label)
        layout.addWidget(team_box)
        layout.addWidget(host_box, 1)
        self.corrections: list[accuracy.Correction] = []

    # --- loading -------------------------------------------------------------------------

    def refresh(self, today: dt.date | None = None) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        today = today or dt.date.today()
        with store.read() as conn:
            due = deadlines.due_dates(conn, review_id)
            team = duties.members(conn, review_id)
            agreed = duties.agreements(conn, review_id)
        parts = []
        for d in due:
            state = d.state(today)
            day = dates.date_long(d.due.isoformat())
            words = state_words(state)
            text = (
                self.tr("{step}: {day} ({state})").format(
                    step=QCoreApplication.translate("services.deadlines", d.label),
                    day=day,
                    state=words,
                )
                if words
                else self.tr("{step}: {day}").format(
                    step=QCoreApplication.translate("services.deadlines", d.label), day=day
                )
            )
            parts.append(f"<b>{html.escape(text)}</b>" if state == "overdue" else html.escape(text))
        self.due_label.setText(self.tr("Due: {0}").format(" · ".join(parts)) if parts else "")
        rows = []
        for m in team:
            name = html.escape(m.name)
            if m.person_id not in agreed:
                rows.append(self.tr("○ {name} (not yet)").format(name=name))
            elif agreed[m.person_id]:
                rows.append(self.tr("✓ {name} (recorded by the lead)").format(name=name))
            else:
                rows.append(self.tr("✓ {name} (agreed)").format(name=name))
        # One wrapped line: on a 600-pixel screen the host's corrections need the height.
        self.team_label.setText(
            " · ".join(rows) or self.tr("No lead reviewer or reviewers on the team yet.")
        )
        sent = accuracy.sent(store, review_id)
        self.sent_label.setText(
            "; ".join(
                self.tr("Draft {n} sent to {to} on {day}").format(
                    n=s.draft_number, to=s.sent_to, day=dates.date_long(s.sent_on)
                )
                for s in sent
            )
            or self.tr("No draft sent to the host yet.")
        )
        self.model.removeRows(0, self.model.rowCount())
        self.corrections = []
        for response in accuracy.responses(store, review_id):
            source = self._channel(response.channel)
            who = f"{response.from_name}, {dates.date_time(response.sent_at)} ({source})"
            if response.general:
                self.model.appendRow(
                    [
                        QStandardItem(self.tr("(general comment)")),
                        QStandardItem(response.general),
                        QStandardItem(who),
                        QStandardItem(""),
                    ]
                )
                self.corrections.append(None)  # type: ignore[arg-type]
            for c in response.corrections:
                decided = accuracy.DECISIONS.get(c.decision, self.tr("to decide"))
                if c.reason:
                    decided += f": {c.reason}"
                self.model.appendRow(
                    [
                        QStandardItem(c.finding_title),
                        QStandardItem(c.said),
                        QStandardItem(who),
                        QStandardItem(decided),
                    ]
                )
                self.corrections.append(c)
        self.view.resizeRowsToContents()

    def next_due_text(self, today: dt.date | None = None) -> str:
        """ "Next due: Quality assurance by 4 December 2026 (overdue)", or "" when done."""
        today = today or dt.date.today()
        with self.ctx.store.read() as conn:
            due = [d for d in deadlines.due_dates(conn, self.ctx.review_id) if not d.done]
        if not due:
            return ""
        first = min(due, key=lambda d: d.due)
        state = state_words(first.state(today))
        day = dates.date_long(first.due.isoformat())
        if state:
            return self.tr("Next due: {step} by {day} ({state})").format(
                step=QCoreApplication.translate("services.deadlines", first.label),
                day=day,
                state=state,
            )
        return self.tr("Next due: {step} by {day}").format(
            step=QCoreApplication.translate("services.deadlines", first.label), day=day
        )

    def _channel(self, channel: str) -> str:
        if channel == "peerview":
            return self.tr("Signed response from Peerview")
        # The host response dialog words the channels a lead records by hand.
        return QCoreApplication.translate(
            "HostResponseDialog", accuracy.CHANNELS.get(channel, channel)
        )

    # --- actions -------------------------------------------------------------------------

    def _publish(self, changes: ChangeSet) -> None:
        self.ctx.publish(changes)
        self.refresh()

    def _refused(self, title: str, exc: PeerviewError) -> None:
        QMessageBox.warning(self, title, window_text(exc))

    def agree(self) -> None:
        try:
            self._publish(signoff.agree(self.ctx.store, self.ctx.review_id))
        except PeerviewError as exc:
            self._refused(self.tr("Not recorded"), exc)

    def ask_member(self, names: list[str]) -> tuple[str, bool]:
        return QInputDialog.getItem(
            self,
            self.tr("Record agreement for a team member"),
            self.tr("Who told you they agree with the findings?"),
            names,
            0,
            False,
        )

    def agree_for(self) -> None:
        with self.ctx.store.read() as conn:
            agreed = duties.agreements(conn, self.ctx.review_id)
            waiting = [
                m for m in duties.members(conn, self.ctx.review_id) if m.person_id not in agreed
            ]
        if not waiting:
            return
        name, accepted = self.ask_member([m.name for m in waiting])
        if not accepted:
            return
        person = next(m.person_id for m in waiting if m.name == name)
        try:
            self._publish(signoff.agree(self.ctx.store, self.ctx.review_id, person))
        except PeerviewError as exc:
            self._refused(self.tr("Not recorded"), exc)

    def ask_sent(self) -> tuple[str, bool]:
        return QInputDialog.getText(
            self,
            self.tr("Draft sent to the host"),
            self.tr("Sent the latest draft to (name):"),
            QLineEdit.EchoMode.Normal,
        )

    def mark_sent(self) -> None:
        with self.ctx.store.read() as conn:
            made = accuracy.drafts_made(conn, self.ctx.review_id)
        if not made:
            QMessageBox.information(
                self,
                self.tr("No draft yet"),
                self.tr("Save a draft PDF first (Save draft PDF…), then send it to the host."),
            )
            return
        to, accepted = self.ask_sent()
        if not accepted:
            return
        try:
            self._publish(
                accuracy.send_draft(
                    self.ctx.store, self.ctx.review_id, made[-1], to, dt.date.today().isoformat()
                )
            )
        except PeerviewError as exc:
            self._refused(self.tr("Not recorded"), exc)
            return
        self.save_findings(made[-1])

    def ask_findings_out(self, draft: int) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the draft's findings for the host's Peerview (Cancel: not now)"),
            self.tr("draft {n} findings.json").format(n=draft),
            self.tr("Draft findings (*.json)"),
        )
        return Path(chosen) if chosen else None

    def save_findings(self, draft: int) -> None:
        """The file the host answers in their own Peerview (Respond to a draft report),
        sent with the draft PDF."""
        from app.services import response_file

        out = self.ask_findings_out(draft)
        if out is None:
            return
        try:
            response_file.write_findings(self.ctx.store, self.ctx.review_id, draft, out)
        except PeerviewError as exc:
            self._refused(self.tr("Not saved"), exc)
            return
        QMessageBox.information(
            self,
            self.tr("Findings saved"),
            self.tr(
                "Send {name} with the draft PDF. The host answers it in their Peerview "
                "(File › Respond to a draft report…) and sends back a signed response."
            ).format(name=out.name),
        )

    def ask_response_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The host's signed response"), "", self.tr("All files (*)")
        )
        return Path(chosen) if chosen else None

    def import_response(self) -> None:
        from app.services import response_file

        path = self.ask_response_file()
        if path is None:
            return
        try:
            _, changes = response_file.import_response(self.ctx.store, self.ctx.review_id, path)
        except PeerviewError as exc:
            self._refused(self.tr("Not imported"), exc)
            return
        self._publish(changes)

    def record_response(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        with store.read() as conn:
            made = accuracy.drafts_made(conn, review_id)
            hosts = [m.name for m in duties.members(conn, review_id, duties.HOST_ROLES)]
            found = accuracy.finding_ids(conn, review_id)
        value, accepted = HostResponseDialog.ask(self, made, hosts, found)
        if not accepted or value is None:
            return
        try:
            _, changes = accuracy.record_response(store, review_id, **value)
        except PeerviewError as exc:
            self._refused(self.tr("Not recorded"), exc)
            return
        self._publish(changes)

    def ask_reason(self) -> tuple[str, bool]:
        return QInputDialog.getText(
            self,
            self.tr("Decline the correction"),
            self.tr("Why is it declined? The host reads this."),
            QLineEdit.EchoMode.Normal,
        )

    def decide(self, decision: str) -> None:
        rows = self.view.selectionModel().selectedRows()
        chosen = self.corrections[rows[0].row()] if rows else None
        if chosen is None:
            QMessageBox.information(
                self,
                self.tr("Choose a correction"),
                self.tr("Select one of the host's corrections."),
            )
            return
        reason = ""
        if decision == "declined":
            reason, accepted = self.ask_reason()
            if not accepted:
                return
        try:
            self._publish(accuracy.decide(self.ctx.store, chosen.id, decision, reason))
        except PeerviewError as exc:
            self._refused(self.tr("Not recorded"), exc)
