"""The application-wide change signal (docs/architecture.md, "One write path").

Every mutation the GUI makes goes through a service function that returns a ChangeSet;
the caller publishes it here, and every view that shows data refreshes from it. Views
never poll the database and never learn of a change any other way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.store import ChangeSet


class ChangeBus(QObject):
    #: A ChangeSet that was just committed (by this window, an undo, or a background task).
    changed = Signal(object)

    def publish(self, changes: ChangeSet) -> None:
        if changes:
            self.changed.emit(changes)
