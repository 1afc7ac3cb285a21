"""The workspace's pages, in tab order.

A page is a ``ReviewPage`` (page.py) built as ``Page(ctx: WorkspaceContext, parent)``: it
reads its data when first shown and after a change it watches, not in its constructor. To
keep opening a review fast, the workspace builds (and imports) a page only when it is first
shown or asked for. Titles carry no mnemonic:
with menus and every page's labels wanting Alt+letters, tabs would clash; pages get
Ctrl+1, Ctrl+2... in this order instead (shown in each tab's tooltip). A page with edits still waiting
(debounced typing) implements ``flush()``: the shell calls it when the review closes,
when the window closes and before the app quits, so nothing typed is lost.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.review.context import WorkspaceContext

PageFactory = Callable[[WorkspaceContext, QWidget], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable name, for remembering the last page and for tests
    title: str
    factory: PageFactory


def _page(module: str, name: str) -> PageFactory:
    """A page class imported when the page is first built: the workspace builds a page only
    when it is first shown, and opening a review should not import the code of six pages
    (and what they bring: report fonts, sync, signing) that it does not show."""

    def build(ctx: WorkspaceContext, parent: QWidget) -> QWidget:
        page_class = getattr(importlib.import_module(module), name)
        page: QWidget = page_class(ctx, parent)
        return page

    return build


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "overview",
            QCoreApplication.translate("pages", "Overview"),
            _page("app.ui.review.overview_page", "OverviewPage"),
        ),
        PageSpec(
            "planning",
            QCoreApplication.translate("pages", "Planning"),
            _page("app.ui.review.planning.page", "PlanningPage"),
        ),
        PageSpec(
            "capture",
            QCoreApplication.translate("pages", "Capture"),
            _page("app.ui.review.capture.page", "CapturePage"),
        ),
        PageSpec(
            "coverage",
            QCoreApplication.translate("pages", "Coverage"),
            _page("app.ui.review.coverage.page", "CoveragePage"),
        ),
        PageSpec(
            "findings",
            QCoreApplication.translate("pages", "Findings"),
            _page("app.ui.review.findings.page", "FindingsPage"),
        ),
        PageSpec(
            "moderation",
            QCoreApplication.translate("pages", "Moderation"),
            _page("app.ui.review.findings.moderation_page", "ModerationPage"),
        ),
        PageSpec(
            "signoff",
            QCoreApplication.translate("pages", "Sign-off && report"),
            _page("app.ui.review.signoff.page", "SignoffPage"),
        ),
        PageSpec(
            "sync",
            QCoreApplication.translate("pages", "Sync"),
            _page("app.ui.sync.page", "SyncPage"),
        ),
    ]
