"""``python -m app`` and the ``peerview-gui`` script: both go through the CLI.

The CLI decides what to run: with no arguments it opens the window (``run_gui``), so
there is one place that parses options such as ``--data-dir``.
"""

from __future__ import annotations

import sys


def gui_main() -> None:
    # Imported here so that importing this module stays cheap and Qt-free.
    from app.cli import main

    sys.exit(main())


if __name__ == "__main__":
    gui_main()
