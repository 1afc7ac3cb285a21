"""Run by test_import_crash.py: a process that has loaded Peerview once and forks one
child per import, so fifty killed imports do not cost fifty interpreter start-ups.

Protocol on stdin/stdout, one line each: the test writes "FOLDER BUNDLE"; this process
forks and prints the child's pid, then "EXIT <status>" when the child has ended. The
child writes FOLDER/READY once the keys are unlocked, and FOLDER/DONE after the import.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.services.store import Store
from app.sync.importer import import_bundle
from app.sync.keys import IdentityKeyRing


def run_import(folder: Path, bundle: Path) -> None:
    store = Store.open(folder)
    keys = IdentityKeyRing(store)
    keys.local()  # unlock first, so the kill lands in the import itself
    (folder / "READY").touch()
    import_bundle(store, bundle, keys=keys)
    (folder / "DONE").touch()
    store.close()


def main() -> None:
    for line in sys.stdin:
        folder, bundle = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_import(Path(folder), Path(bundle))
            except BaseException:
                code = 1
            os._exit(code)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"EXIT {status}", flush=True)


if __name__ == "__main__":
    main()
