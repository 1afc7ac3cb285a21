"""User-only permissions on the data folder: folders 0700, files 0600.

A data folder made by an older Peerview, copied in, or created by hand can be 0755 with a
0644 database; another account on a shared school laptop could then read the key file
and the (encrypted) database. So every read-write open tightens whatever is looser.

Windows has no mode bits: the platformdirs data folder lies under the user's profile
(``%LOCALAPPDATA%``), whose access list already admits only that user, the system and
administrators; files made inside inherit it. A folder chosen elsewhere with --data-dir
keeps the access list of where it was made (docs/guide/data-protection.md says so).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def secure_folder(folder: Path) -> None:
    """Make ``folder`` and everything in it user-only; links are left alone (never
    followed). A folder that cannot be changed (read-only, someone else's) is logged."""
    if os.name != "posix":
        return
    _tighten(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _tighten(Path(root) / name, FOLDER_MODE)
        for name in files:
            _tighten(Path(root) / name, FILE_MODE)


def _tighten(path: Path, wanted: int) -> None:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or stat.S_IMODE(info.st_mode) == wanted:
            return
        os.chmod(path, wanted)
    except OSError as exc:
        log.info("Could not make %s user-only: %s", path, exc)
