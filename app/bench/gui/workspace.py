"""Bench figures for the review workspace, on the bench's generated review. Imports Qt: the
bench loads this module only when it runs (app/bench/__init__.py).

- ``workspace_start_ms``: a cold start, as the person meets it: from launching a process to
  the main window showing the review's capture page (first page of notes, framework
  counts, timetable) painted. Baseline: a process that shows and paints a bare QMainWindow.
  Budget: 1.5 s, and 3x the baseline.
- ``stack_floor_ms``: the same bare window in a process that also imports SQLAlchemy and
  reads one row: what Python, Qt and SQLAlchemy cost before any Peerview code runs.
- ``workspace_open_ms``: opening the review in an app already running (the window built,
  the review opened, the capture page painted). Baseline: a bare QMainWindow shown and
  painted in the same process.
- ``notes_filter_*``: changing a filter (strand, activity kind, reviewer, no strand yet)
  until the list model holds its new first page. Baseline: the bare SQL of one page.
- ``search_as_you_type_*``: each keystroke of a query ("f", "fe", "fee"...), through the
  page's filter path, snippets included. Baseline: the bare FTS5 match for the same prefix.
"""

from __future__ import annotations

import functools
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from app.bench.common import BenchContext, Figure, percentile
from app.ids import join_id
from app.models import cipher
from app.services import datakey, frameworks, search
from app.services.store import Store

START_RATIO = 3.0  # times a bare window's process (ARCHITECTURE.md, budgets)
TYPED = ("feedback", "phonics", "vocabulary", "lodz", "redraft")
STRAND_SHARE = 0.2


@contextmanager
def _qt_environment(ctx: BenchContext) -> Iterator[None]:
    """Offscreen when there is no display; window settings in the scratch folder."""
    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM", "XDG_CONFIG_HOME")}
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or os.name == "nt":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(ctx.folder / "config")
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _tag_some_notes(store: Store, review_id: str) -> list[str]:
    """Tag a share of the generated notes with strands, as a real review would be."""
    version = frameworks.ensure_default(store)
    strands = list(frameworks.strands_by_code(store, version).values())
    with store.read() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM evidence_note WHERE review_id = :r"), {"r": review_id}
            )
        ]
    rng = random.Random(5)
    chosen = rng.sample(ids, int(len(ids) * STRAND_SHARE))
    rows = []
    for note_id in chosen:
        strand = rng.choice(strands[:6])
        rows.append((join_id("note_strand", note_id, strand.id), note_id, strand.id))
    # Through the log like any tag, in batches so each transaction stays small.
    for start in range(0, len(rows), 5000):
        with store.write() as tx:
            for tag_id, note_id, strand_id in rows[start : start + 5000]:
                tx.upsert("note_strand", tag_id, {"note_id": note_id, "strand_id": strand_id})
    return [s.id for s in strands[:6]]


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(ctx: BenchContext) -> list[Figure]:
    from PySide6.QtCore import qInstallMessageHandler

    def quiet(_mode: object, _context: object, message: str) -> None:
        # The offscreen platform warns on every window shown; the bench shows dozens.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(quiet)
    try:
        with _qt_environment(ctx):
            figures = _cold_start(ctx)
            return figures + _run(ctx)
    finally:
        qInstallMessageHandler(previous)


_BARE_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Peerview"))
window.resize(1100, 650)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
"""

# The floor of this stack: a bare window in a process that also imports SQLAlchemy (its
# ORM too, as Peerview's models use it) and reads one row of the bench database. No
# Peerview code runs. Its ratio to the bare window says what the 3x budget leaves for
# Peerview itself (decision 0018).
_FLOOR_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import sqlalchemy.orm
from sqlalchemy import create_engine, text
from sqlcipher3 import dbapi2
app = QApplication(sys.argv[:1])
def connect():
    # The database is encrypted (decision 0026): the floor opens it as Peerview does.
    conn = dbapi2.connect(sys.argv[1])
    conn.execute(f"PRAGMA key = \\"x'{sys.argv[3]}'\\"")
    return conn
engine = create_engine("sqlite://", creator=connect, module=dbapi2)
with engine.connect() as conn:
    found = conn.execute(text("SELECT title FROM review WHERE id = :id"), {"id": sys.argv[2]})
    title = found.scalar_one()
window = QMainWindow()
window.setCentralWidget(QLabel(title))
window.resize(1100, 650)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
"""

_PEERVIEW_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.services.store import Store
from app.ui.home.main_window import MainWindow
app = QApplication(sys.argv[:1])
# As run_gui opens it: the integrity check runs while the window is built (decision 0018).
store = Store.open(Path(sys.argv[1]), purpose="peerview bench", background_check=True)
window = MainWindow(store)
window.resize(1100, 650)
window.show()
window.open_review(sys.argv[2]).show_page("capture")
app.processEvents()
window.grab()
print("ready", flush=True)
window.close()
store.close()
"""


def _process_ms(code: str, *args: str, env: dict[str, str] | None = None) -> float:
    """From launching the process to its "ready" line: the time to a usable window. The
    process's exit after that (tearing down Qt and the interpreter, 0.2 s for Peerview) is
    no part of what the person waits for; both children are timed the same way."""
    elapsed: float | None = None
    # Standard error to a file: a chatty child must not block on a full pipe.
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, "-c", code, *args],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=env,
        ) as child:
            assert child.stdout is not None
            for line in child.stdout:
                if elapsed is None and line.strip() == "ready":
                    elapsed = (time.perf_counter() - start) * 1000
            child.wait(timeout=120)
        if elapsed is None or child.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"bench child failed: {err.read()[-2000:]}")
    return elapsed


def _cold_start(ctx: BenchContext) -> list[Figure]:
    """Both processes start from nothing; the Peerview one opens a copy of the bench
    database (the bench's own store holds the folder's lock)."""
    ctx.say("Timing a cold start on the workspace ...")
    copy_dir = ctx.folder / "cold-start"
    copy_dir.mkdir(exist_ok=True)
    source = ctx.store.db.connect_raw()
    cipher.copy_database(source, copy_dir / ctx.store.db.path.name, ctx.store.db.key)
    source.close()
    env = _child_access(ctx, copy_dir)
    # The first open upgrades nothing but makes the backup on open; keep it out of timing.
    _process_ms(_PEERVIEW_CHILD, str(copy_dir), ctx.review_id, env=env)
    rounds = max(3, min(ctx.samples // 5, 7))
    bare: list[float] = []
    floor: list[float] = []
    started: list[float] = []
    db_path = str(copy_dir / ctx.store.db.path.name)
    key_hex = (ctx.store.db.key or b"").hex()
    for _ in range(rounds):
        # Interleaved, so that a busy moment on the machine hits all three alike.
        bare.append(_process_ms(_BARE_CHILD))
        floor.append(_process_ms(_FLOOR_CHILD, db_path, ctx.review_id, key_hex))
        started.append(_process_ms(_PEERVIEW_CHILD, str(copy_dir), ctx.review_id, env=env))
    bare_ms = percentile(bare, 50)
    return [
        Figure("workspace_start_ms", percentile(started, 50), "ms", bare_ms, 1500.0, START_RATIO),
        Figure("stack_floor_ms", percentile(floor, 50), "ms", bare_ms),
    ]


def _child_access(ctx: BenchContext, copy_dir: Path) -> dict[str, str]:
    """The copy's key file and the child's environment. The child opens the copy as a
    script on a machine without a keyring does (PEERVIEW_PASSPHRASE, a throwaway one), so
    nothing reaches the person's keyring; the key is wrapped at a low scrypt cost because
    a desktop's window gets it from the keyring, with no key derivation at all."""
    assert ctx.store.unlocked is not None
    passphrase = secrets.token_urlsafe(24)
    datakey.rewrap(copy_dir, ctx.store.unlocked, passphrase, cost=2**10)
    return {
        **os.environ,
        "PEERVIEW_PASSPHRASE": passphrase,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def _run(ctx: BenchContext) -> list[Figure]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from app.services.notes_query import NoteFilter
    from app.ui.home.main_window import MainWindow
    from app.ui.review.capture.page import CapturePage

    app = QApplication.instance() or QApplication(["peerview-bench"])
    assert isinstance(app, QApplication)
    ctx.say("Tagging strands on a share of the notes ...")
    strand_ids = _tag_some_notes(ctx.store, ctx.review_id)
    rounds = max(3, min(ctx.samples // 3, 10))

    ctx.say("Timing the workspace opening ...")

    def bare() -> None:
        window = QMainWindow()
        window.setCentralWidget(QLabel("Peerview"))
        window.resize(1100, 650)
        window.show()
        app.processEvents()
        window.grab()  # painted, as the person would see it
        window.close()
        window.deleteLater()

    opened: list[float] = []
    bare_times: list[float] = []
    page: CapturePage | None = None
    window: MainWindow | None = None
    for i in range(rounds):
        bare_times.append(_timed(bare))
        app.processEvents()
        keep = i == rounds - 1

        def open_workspace() -> None:
            nonlocal page, window
            window = MainWindow(ctx.store)
            window.resize(1100, 650)
            window.show()
            workspace = window.open_review(ctx.review_id)
            found = workspace.show_page("capture")
            assert isinstance(found, CapturePage)
            page = found
            app.processEvents()
            window.grab()

        opened.append(_timed(open_workspace))
        assert page is not None and page.model.rowCount() > 0
        if not keep and window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
    assert page is not None and window is not None

    ctx.say("Timing filters and search as you type ...")
    filters = [
        NoteFilter(strand_id=strand_ids[0]),
        NoteFilter(activity_kind="book_look"),
        NoteFilter(no_strand=True),
        NoteFilter(author_key_id=ctx.store.author_key_id),
        NoteFilter(strand_id=strand_ids[3], activity_kind="learning_walk"),
        NoteFilter(),
    ]
    filter_times = []
    for i in range(ctx.samples):
        flt = filters[i % len(filters)]
        filter_times.append(_timed(functools.partial(_apply, page, flt)))
    typed_times = []
    prefixes = [w[:n] for w in TYPED for n in range(1, len(w) + 1)]
    for i in range(max(ctx.samples, len(prefixes))):
        query = prefixes[i % len(prefixes)]
        typed_times.append(_timed(functools.partial(_apply, page, NoteFilter(query=query))))
    window.close()
    window.deleteLater()
    app.processEvents()

    raw = ctx.store.db.connect_raw()
    page_sql = (
        "SELECT id, text FROM evidence_note WHERE review_id = ? AND activity_kind = ? "
        "AND deleted = 0 ORDER BY observed_at DESC, id DESC LIMIT 200"
    )
    raw_filter = [
        _timed(lambda: raw.execute(page_sql, (ctx.review_id, "book_look")).fetchall())
        for _ in range(ctx.samples)
    ]
    raw_typed = []
    for i in range(max(ctx.samples, len(prefixes))):
        q = search.fts_query(search.query_terms(prefixes[i % len(prefixes)]))
        raw_typed.append(_timed(functools.partial(_bare_match, raw, q)))
    raw.close()
    return [
        Figure(
            "workspace_open_ms", percentile(opened, 50), "ms", percentile(bare_times, 50), 1500.0
        ),
        Figure(
            "notes_filter_p50_ms", percentile(filter_times, 50), "ms", percentile(raw_filter, 50)
        ),
        Figure(
            "notes_filter_p99_ms",
            percentile(filter_times, 99),
            "ms",
            percentile(raw_filter, 99),
            100.0,
        ),
        Figure(
            "search_typing_p50_ms", percentile(typed_times, 50), "ms", percentile(raw_typed, 50)
        ),
        Figure(
            "search_typing_p99_ms",
            percentile(typed_times, 99),
            "ms",
            percentile(raw_typed, 99),
            100.0,
        ),
    ]


def _bare_match(raw: cipher.Connection, query: str) -> None:
    raw.execute(
        "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT 200",
        (query,),
    ).fetchall()


def _apply(page: object, flt: object) -> None:
    from app.ui.review.capture.page import CapturePage

    assert isinstance(page, CapturePage)
    page.model.set_filter(flt)  # type: ignore[arg-type]
    page._show_count()
