"""Python's cyclic garbage collector, kept on the GUI thread while worker threads run.

Collection runs in whichever thread happens to allocate when a threshold is crossed. When
that is a worker (a report being built, a bundle imported) and the garbage holds Qt objects
(a closed dialog or window caught in a reference cycle), their C++ side is destroyed off
the GUI thread, and the process can crash: it did, once, in a report-preview test. So while
any worker runs, automatic collection is off; when the last one ends it is on again and the
next collection happens on the GUI thread. Reference counting still frees everything that
is not in a cycle at once, so memory barely grows meanwhile.

``hold`` and ``release`` are called on the GUI thread only.
"""

from __future__ import annotations

import gc

_holds = 0
_was_enabled = True


def hold() -> None:
    """A worker thread is about to start."""
    global _holds, _was_enabled
    if _holds == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
    _holds += 1


def release() -> None:
    """A worker thread has ended (its last Python code has run)."""
    global _holds
    if _holds == 0:
        return
    _holds -= 1
    if _holds == 0 and _was_enabled:
        gc.enable()


class Hold:
    """One worker's hold, released once however many times ``release`` is called (when
    its outcome arrives, or when its owner is destroyed before that)."""

    def __init__(self) -> None:
        self._released = False
        hold()

    def release(self) -> None:
        if not self._released:
            self._released = True
            release()
