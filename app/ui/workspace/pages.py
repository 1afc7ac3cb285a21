"""The workspace's pages, in tab order.

A page is a QWidget class built as ``Page(ctx: WorkspaceContext, parent)``. It refreshes
itself from ``ctx.bus.changed``. To keep opening a review fast, a page should read its
data when first shown (``showEvent``), not in its constructor. Titles carry no mnemonic:
with menus and every page's labels wanting Alt+letters, tabs would clash; pages get
Ctrl+1, Ctrl+2... in this order instead (shown in each tab's tooltip). A page with edits still waiting
(debounced typing) implements ``flush()``: the shell calls it when the review closes,
when the window closes and before the app quits, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.findings.findings_page import FindingsPage
from app.ui.findings.signoff_page import SignoffPage
from app.ui.sync.page import SyncPage
from app.ui.workspace.capture.page import CapturePage
from app.ui.workspace.context import WorkspaceContext
from app.ui.workspace.coverage_page import CoveragePage
from app.ui.workspace.overview_page import OverviewPage
from app.ui.workspace.planning_page import PlanningPage

PageFactory = Callable[[WorkspaceContext, QWidget], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name, for remembering the last page and for tests
    title: str
    factory: PageFactory


def _t(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec("overview", _t("Overview"), OverviewPage),
        PageSpec("planning", _t("Planning"), PlanningPage),
        PageSpec("capture", _t("Capture"), CapturePage),
        # G, not A: the capture page's "&Activity:" label owns Alt+A while it is shown.
        PageSpec("coverage", _t("Coverage"), CoveragePage),
        PageSpec("findings", _t("Findings"), FindingsPage),
        PageSpec("signoff", _t("Sign-off && report"), SignoffPage),
        PageSpec("sync", _t("Sync"), SyncPage),
    ]
