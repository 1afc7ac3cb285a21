"""The frozen app's entry point: the same path as ``python -m app`` and ``peerview``.

A file of its own because PyInstaller freezes a script, not a console-script entry point.
"""

from __future__ import annotations

from app.__main__ import gui_main

if __name__ == "__main__":
    gui_main()
