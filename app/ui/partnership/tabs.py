"""What the partnership tabs share: the view they sit in, as they use it (so no tab imports
the view that imports the tabs), and the look of their tables."""

from __future__ import annotations

from typing import Protocol

from app.services.partnership import PartnershipRecord
from app.services.store import ChangeSet, Store


class TabHost(Protocol):
    """The partnership view, as a tab uses it."""

    store: Store

    def publish(self, changes: ChangeSet, said: str) -> None: ...
    def refuse(self, exc: BaseException) -> None: ...
    def say(self, text: str) -> None: ...


class Tab(Protocol):
    def load(self, rec: PartnershipRecord) -> None: ...
    def set_editable(self, editable: bool) -> None: ...
