"""Opening the window imports only what the first screen needs (the cold start,
decision 0018): report building and signing, and the pages not yet shown, load when used."""

from __future__ import annotations

import os
import subprocess
import sys

# Heavy modules the main window and a review's capture page must not pull in.
NOT_AT_START = (
    "reportlab",
    "pyhanko",
    "pyrage",
    "keyring",
    "cryptography.x509",
    "app.reports",
    "app.ui.dialogs.identity_dialog",
    "app.ui.review.findings.page",
    "app.ui.review.signoff.page",
    "app.ui.sync.page",
    "app.ui.review.planning.page",
    "app.ui.review.coverage.page",
)


def test_importing_the_main_window_leaves_heavy_modules_unloaded() -> None:
    # A fresh interpreter: this test process has imported everything already.
    code = (
        "import sys, app.ui.home.main_window\n"
        f"print(sorted(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"
