"""Where Peerview keeps its files: one module so that every path has one source.

Data lives in the platformdirs user data folder; PEERVIEW_DATA_DIR or --data-dir
override it (the CLI sets the variable so every layer sees the same choice).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Peerview"
APP_ID = "org.peerview.Peerview"
ENV_DATA_DIR = "PEERVIEW_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder in force: the explicit override, then the environment, then the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


def resource_path(*parts: str) -> Path:
    """A file shipped with Peerview, from the source tree or from a frozen (PyInstaller) build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
