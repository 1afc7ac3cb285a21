"""Sync actions the main window and the Sync page share: import bundles (opened or
dropped), send a bundle, trust a quarantined signer and import, sync a shared folder.

Each action unlocks the identity on the GUI thread first (the passphrase dialog cannot
open on a worker thread), then runs the service on a worker thread with progress and
Cancel (app/ui/tasks.py), publishes what changed on the bus and says what happened.
An import's changes are read from the change log around it (app/sync/desk.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import PeerviewError
from app.services.store import ChangeSet, Store
from app.sync.desk import changes_since, log_mark, sniff_bundle
from app.ui.bus import ChangeBus
from app.ui.messages import window_text
from app.ui.sync.report_dialog import ImportOutcome, ImportReportDialog
from app.ui.tasks import Progress, TaskCancelled, TaskHandle, run_task

if TYPE_CHECKING:
    # Keys, cards and their dialogs (cryptography, the keyring) load when first used, not
    # while the window opens (decision 0018).
    from app.sync.keys import IdentityKeyRing
    from app.sync.quarantine import Quarantined

log = logging.getLogger(__name__)

# str(): PySide6 types the marker's result as object; it is the marked text.
CARD_FILTER = str(QT_TRANSLATE_NOOP("SyncRunner", "Peerview card (*.json);;All files (*)"))


def guarded(progress: Progress) -> Callable[[int, int, str], None]:
    """Pass sync progress on, except the final report: a service says "Done" after its
    transaction committed, and a Cancel then must not hide a finished import."""

    def say(done: int, total: int, message: str) -> None:
        if total <= 0 or done < total:
            progress(done, total, message)

    return say


@dataclass
class ImportBatch:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    cancelled: bool = False


class SyncRunner(QObject):
    #: Something sync-related happened ("import", "export", "folder", "trust"): the
    #: Sync page re-reads its lists (sent and received bundles are not in the change log).
    finished = Signal(str)
    #: A line for a status bar (the outcome of a quiet shared-folder sync, for example).
    status = Signal(str)

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.widget = parent
        self._keys: IdentityKeyRing | None = None
        self.task: TaskHandle | None = None
        self.last_message = ""
        self.last_outcomes: list[ImportOutcome] = []

    # -- plumbing --------------------------------------------------------------------

    def tell(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning
    ) -> None:
        self.last_message = text
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.widget)
        box.setAccessibleName(title)
        box.exec()
        box.deleteLater()

    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def keys(self, *, ask: bool = True) -> IdentityKeyRing | None:
        """The unlocked identity, or None after saying why (``ask=False``: only what
        the keyring gives without a question, for timer runs)."""
        from app.services import identity
        from app.sync.keys import IdentityKeyRing
        from app.ui.dialogs.passphrase_dialog import make_ask

        if self._keys is not None:
            return self._keys
        if identity.get_identity(self.store) is None:
            text = self.tr(
                "You have no identity yet, and bundles are signed with it. Create one in "
                "Your identity, and exchange cards with your team."
            )
            if ask:
                self.tell(self.tr("No identity"), text)
            else:
                self.status.emit(text)
            return None
        ring = IdentityKeyRing(self.store, make_ask(self.widget) if ask else None)
        try:
            ring.local()
        except PeerviewError as exc:
            if ask:
                self.tell(self.tr("Identity locked"), window_text(exc))
            else:
                self.status.emit(window_text(exc))
            return None
        self._keys = ring
        return ring

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            if not isinstance(exc, PeerviewError):
                raise exc
            self.tell(title, window_text(exc))

        return show

    # -- import ----------------------------------------------------------------------

    def import_files(self, paths: list[Path]) -> TaskHandle | None:
        """Check, verify and import bundles; show the import report."""
        sniffed = {path: sniff_bundle(path) for path in paths}
        problems = [p for p in sniffed.values() if p]
        good = [path for path, problem in sniffed.items() if problem is None]
        if problems:
            self.tell(self.tr("Not a bundle"), "\n\n".join(problems))
        if not good:
            return None
        keys = self.keys()
        if keys is None:
            return None
        from app.sync.importer import BundleQuarantined, import_bundle

        store = self.store

        def work(progress: Progress) -> ImportBatch:
            batch = ImportBatch()
            mark = log_mark(store)
            for n, path in enumerate(good, 1):
                try:
                    if len(good) > 1:
                        progress(self.tr("Bundle {0} of {1}: {2}").format(n, len(good), path.name))
                    report = import_bundle(store, path, guarded(progress), keys=keys)
                except TaskCancelled:
                    # Bundles imported before the Cancel stay imported, and are reported.
                    batch.cancelled = True
                    break
                except BundleQuarantined as exc:
                    # The service's message speaks of the command line; say it the GUI's way.
                    text = self.tr(
                        "Signed by someone you do not trust yet (fingerprint {0}), so nothing "
                        "was imported. It waits on the Sync page under Quarantined: phone the "
                        "sender, check they read you these digits, then choose Trust and import…"
                    ).format(exc.fingerprint)
                    batch.outcomes.append(ImportOutcome(path, None, text, exc.fingerprint))
                except PeerviewError as exc:
                    batch.outcomes.append(ImportOutcome(path, None, window_text(exc)))
                else:
                    batch.outcomes.append(ImportOutcome(path, report))
            batch.changes = changes_since(store, mark)
            return batch

        self.task = run_task(self.widget, self.tr("Importing bundles"), work, self._imported)
        return self.task

    def _imported(self, batch: ImportBatch) -> None:
        self.bus.publish(batch.changes)
        self.finished.emit("import")
        self.last_outcomes = batch.outcomes
        if batch.outcomes:
            ImportReportDialog.show_outcomes(self.widget, batch.outcomes)

    def choose_and_import(self) -> TaskHandle | None:
        name, _ = QFileDialog.getOpenFileNames(
            self.widget,
            self.tr("Open bundle"),
            "",
            self.tr("Peerview bundles (*.pvbundle);;All files (*)"),
        )
        paths = [Path(n) for n in name] if isinstance(name, list) else []
        return self.import_files(paths) if paths else None

    # -- export ----------------------------------------------------------------------

    def export(self, review_id: str, out: Path, to: list[str], full: bool) -> TaskHandle | None:
        keys = self.keys()
        if keys is None:
            return None
        from app.sync.exporter import export_bundle

        store = self.store

        def work(progress: Progress) -> Any:
            return export_bundle(
                store, review_id, out, to=to, full=full, progress=guarded(progress), keys=keys
            )

        def done(result: Any) -> None:
            text = self.tr("Wrote {file}: %n entries for {people}.", "", result.entries).format(
                file=result.path.name, people=", ".join(result.recipients)
            )
            if result.safeguarding_included:
                text += " " + self.tr("Safeguarding concerns included (every recipient is a DSL).")
            self.last_message = text
            self.status.emit(text)
            self.finished.emit("export")

        self.task = run_task(
            self.widget,
            self.tr("Writing the bundle"),
            work,
            done,
            self._failed(self.tr("Not sent")),
        )
        return self.task

    # -- quarantine ------------------------------------------------------------------

    def trust_and_import(self, kept: Quarantined) -> TaskHandle | None:
        """Check the signer's fingerprint against their card, trust it, import the bundle."""
        keys = self.keys()
        if keys is None:
            return None
        if keys.peer(kept.signer_key_id) is None and not self._trust_signer(kept):
            return None
        from app.sync.importer import ImportReport, release_quarantined

        store = self.store

        def work(progress: Progress) -> ImportBatch:
            progress(self.tr("Importing the bundle from {0}").format(kept.signer_name))
            mark = log_mark(store)
            report: ImportReport = release_quarantined(store, kept.bundle_id, keys=keys)
            return ImportBatch([ImportOutcome(kept.path, report)], changes_since(store, mark))

        self.task = run_task(
            self.widget,
            self.tr("Importing the bundle"),
            work,
            self._imported,
            self._failed(self.tr("Not imported")),
            cancellable=False,
        )
        return self.task

    def _trust_signer(self, kept: Quarantined) -> bool:
        from app.services import cards, identity
        from app.ui.dialogs.fingerprint_dialog import FingerprintDialog

        # A bundle names its signer but carries no certificate; trusting goes through
        # their card, as everywhere else (docs/decisions/0015-sync-view.md).
        name, _ = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("{0}'s card (fingerprint {1})").format(kept.signer_name, kept.fingerprint),
            "",
            self.tr(CARD_FILTER),
        )
        if not name:
            return False
        try:
            card = cards.load_card(Path(name))
        except PeerviewError as exc:
            self.tell(self.tr("Not trusted"), window_text(exc))
            return False
        if card.key_id != kept.signer_key_id:
            self.tell(
                self.tr("Not trusted"),
                self.tr(
                    "That card is {0}'s (fingerprint {1}), but the bundle was signed by "
                    "fingerprint {2}. Nothing was trusted; choose the card of the person "
                    "who signed the bundle."
                ).format(card.name, card.fingerprint, kept.fingerprint),
            )
            return False
        question = self.tr(
            "This bundle is signed by {0}. Phone them (or ask in person) and have them read "
            "their fingerprint to you; trust them only if it is exactly this:"
        ).format(kept.signer_name)
        confirmed, _ = FingerprintDialog.confirm(self.widget, card, question)
        if not confirmed:
            self.last_message = self.tr("Not trusted: the fingerprint was not confirmed.")
            self.status.emit(self.last_message)
            return False
        try:
            identity.trust_card(self.store, card)
        except PeerviewError as exc:
            self.tell(self.tr("Not trusted"), window_text(exc))
            return False
        return True

    # -- shared folder ---------------------------------------------------------------

    def sync_folder(self, folder: Path, review_id: str | None, *, quiet: bool) -> TaskHandle | None:
        """Exchange bundles through the shared folder. ``quiet`` (a timer): no dialogs,
        no passphrase question; the outcome goes to ``status``."""
        from app.sync.folder import FolderResult, FolderSync, check_folder

        if self.busy():
            return None
        try:
            folder = check_folder(self.store, folder)
        except PeerviewError as exc:
            if quiet:
                self.status.emit(window_text(exc))
            else:
                self.tell(self.tr("Shared folder refused"), window_text(exc))
            return None
        keys = self.keys(ask=not quiet)
        if keys is None:
            return None
        store = self.store

        def work(progress: Progress) -> tuple[FolderResult, ChangeSet]:
            progress(self.tr("Syncing with {0}").format(folder))
            mark = log_mark(store)
            result = FolderSync(store, folder, keys).run_once(review_id)
            return result, changes_since(store, mark)

        def done(outcome: tuple[FolderResult, ChangeSet]) -> None:
            result, changes = outcome
            self.bus.publish(changes)
            parts = []
            if result.written:
                parts.append(self.tr("%n sent", "", len(result.written)))
            if result.imported:
                parts.append(self.tr("%n imported", "", len(result.imported)))
            if result.quarantined:
                parts.append(self.tr("%n quarantined", "", len(result.quarantined)))
            if result.waiting:
                parts.append(self.tr("%n not complete yet", "", len(result.waiting)))
            if result.skipped:
                parts.append(self.tr("%n skipped (see the log)", "", len(result.skipped)))
            text = self.tr("Shared folder: {0}.").format(
                ", ".join(parts) if parts else self.tr("nothing new in either direction")
            )
            self.last_message = text
            self.status.emit(text)
            self.finished.emit("folder")

        def failed(exc: BaseException) -> None:
            if quiet and isinstance(exc, PeerviewError):
                self.status.emit(window_text(exc))
            else:
                self._failed(self.tr("Shared folder"))(exc)

        self.task = run_task(
            self.widget,
            self.tr("Syncing with the shared folder"),
            work,
            done,
            failed,
            cancellable=False,
            quiet=quiet,
        )
        return self.task
