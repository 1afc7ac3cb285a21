"""The people this installation trusts, as a Qt table model (read-only)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.identity import TrustedPerson
from app.ui.widgets.bidi import isolate
from app.ui.widgets.labels import role_label


class Column(IntEnum):
    NAME = 0
    SCHOOL = 1
    ROLE = 2
    TRUST = 3
    FINGERPRINT = 4


class TrustedPeopleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[TrustedPerson] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.SCHOOL: self.tr("School"),
            Column.ROLE: self.tr("Role"),
            Column.TRUST: self.tr("Trusted through"),
            Column.FINGERPRINT: self.tr("Fingerprint"),
        }
        self._sources = {
            "self": self.tr("you"),
            "card": self.tr("card"),
            "roster": self.tr("roster"),
        }

    def set_people(self, people: list[TrustedPerson]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> TrustedPerson:
        return self._people[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        person = self._people[index.row()]
        column = Column(index.column())
        if column == Column.NAME:
            return isolate(person.card.name)
        if column == Column.SCHOOL:
            return person.card.school
        if column == Column.ROLE:
            return role_label(person.card.role)
        if column == Column.TRUST:
            if person.revoked:
                return self.tr("revoked")
            return self._sources.get(person.source, person.source)
        return person.card.fingerprint
