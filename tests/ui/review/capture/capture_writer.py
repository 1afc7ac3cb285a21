"""A reviewer typing into the real workspace, in its own process, for the kill test.

    python -m tests.ui.review.capture.capture_writer DATA_DIR REVIEW_ID

Opens the main window offscreen on DATA_DIR, starts a note on the capture page and types
TEXT one character every few milliseconds with key events, printing ``TYPED <count>
<unix time>`` after each so the test knows what had been typed when it killed us.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services.store import Store
from app.ui.home.main_window import MainWindow
from tests.ui.review.capture.capture_helpers import open_capture, type_text

TEXT = (
    "Disgyblion Blwyddyn 5 yn ailddrafftio ar ôl adborth; ŵyn ac ŷd yn y geirfa. "
    "طلبہ نے اپنی تحریر دوبارہ لکھی۔ Pupils in Y5 redrafted a paragraph after verbal "
    "feedback, then read it to a partner; the adult modelled a semi-colon and two "
    "pupils used one independently. Books show the same routine over six weeks. "
) * 3
INTERVAL_MS = 12


def main() -> int:
    data_dir, review_id = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    store = Store.open(data_dir, purpose="capture writer")
    window = MainWindow(store)
    window.show()
    page = open_capture(window, review_id)
    note_id = page.new_note()
    print(f"NOTE {note_id}", flush=True)
    typed = 0

    def tick() -> None:
        nonlocal typed
        if typed >= len(TEXT):
            return
        type_text(page.editor.text, TEXT[typed])
        typed += 1
        print(f"TYPED {typed} {time.time():.4f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(INTERVAL_MS)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
