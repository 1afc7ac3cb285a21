"""The New review dialog offers every shipped framework, starts on the current default
(not an older version that sorts first), and a review made with another framework is
pinned to it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.paths import resource_path
from app.services import builtin_frameworks, frameworks, planning, reviews
from app.services.store import Store
from app.ui.dialogs.review_dialog import NewReviewDialog


def test_the_dialog_offers_every_shipped_framework(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    default = builtin_frameworks.ensure_builtin(store)
    # An older version of the default, as an installation that has used Peerview before has.
    older = json.loads(builtin_frameworks.shipped_files()[0].read_text("utf-8"))
    older["version"] = "2025.9"
    older["strands"] = older["strands"][:3]
    older["areas"] = older["areas"][:1]
    (tmp_path / "older.json").write_text(json.dumps(older), "utf-8")
    frameworks.import_file(store, tmp_path / "older.json")

    dialog = NewReviewDialog(store)
    qtbot.addWidget(dialog)
    offered = [dialog.framework.itemText(i) for i in range(dialog.framework.count())]
    for path in builtin_frameworks.shipped_files():
        content = builtin_frameworks.shipped_content(path)
        assert f"{content.name} – {content.version}" in offered
    assert f"{older['name']} – 2025.9" in offered
    assert dialog.framework.currentData() == default

    welsh = builtin_frameworks.shipped_content(
        resource_path("frameworks", "peerview-cymru-2026.json")
    )
    dialog.framework.setCurrentIndex(dialog.framework.findText(f"{welsh.name} – {welsh.version}"))
    dialog.school.setEditText("Ysgol y Bont")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    value = dialog.value()
    review_id, _ = planning.create_review(store, value)
    detail = reviews.get_review(store, review_id)
    assert detail.framework_version_id == frameworks.resolve_framework(store, welsh.name)
    assert detail.framework_label == welsh.version
