"""The schema-upgrade chain: numbered steps, applied in order on open.

``PRAGMA user_version`` holds the schema version. Each step is frozen once released:
a change to the models adds a step (``steps/v002.sql`` or a Python function) and a
fixture database of the released version in ``tests/fixtures/``. A test checks that the
chain produces exactly the tables and columns the models declare.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources

from app.models.cipher import Connection

SCHEMA_VERSION = 21


class SchemaTooNewError(RuntimeError):
    pass


def _sql_file(name: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        script = resources.files("app.models.steps").joinpath(name).read_text("utf-8")
        # Statement by statement: executescript would commit the upgrade transaction.
        for statement in _statements(script):
            conn.execute(statement)

    return run


# version reached -> the step that reaches it from the version before
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _sql_file("v001.sql"),
    2: _sql_file("v002.sql"),
    3: _sql_file("v003.sql"),
    4: _sql_file("v004.sql"),
    5: _sql_file("v005.sql"),
    6: _sql_file("v006.sql"),
    # No release had a step 7 or 8 (numbers given out to work that landed later, as 14);
    # upgrade skips a number with no step.
    9: _sql_file("v009.sql"),
    # Steps 10 to 14 were written side by side and reach people in one release.
    10: _sql_file("v010.sql"),
    11: _sql_file("v011.sql"),
    12: _sql_file("v012.sql"),
    13: _sql_file("v013.sql"),
    14: _sql_file("v014.sql"),
    15: _sql_file("v015.sql"),
    16: _sql_file("v016.sql"),
    17: _sql_file("v017.sql"),
    18: _sql_file("v018.sql"),
    19: _sql_file("v019.sql"),
    20: _sql_file("v020.sql"),
    21: _sql_file("v021.sql"),
}

# Steps numbered below a version released before them: a database that reached that
# version without them gets them on open. Each names a table only it creates.
LATE_STEPS: dict[int, str] = {}


def _late(conn: Connection, version: int) -> list[int]:
    return [
        step
        for step, probe in sorted(LATE_STEPS.items())
        if step < version
        and conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (probe,)
        ).fetchone()
        is None
    ]


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: Connection) -> list[int]:
    """Bring the database to SCHEMA_VERSION. Returns the steps applied.

    All steps run in one transaction (SQLite DDL is transactional), so a failed or
    interrupted upgrade leaves the database at its old version.
    """
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This database uses schema version {version}, but this Peerview only knows "
            f"versions up to {SCHEMA_VERSION}. Update Peerview to open it."
        )
    applied: list[int] = []
    late = _late(conn, version)
    if version == SCHEMA_VERSION and not late:
        return applied
    conn.execute("BEGIN IMMEDIATE")
    try:
        for target in [*late, *range(version + 1, SCHEMA_VERSION + 1)]:
            if target not in STEPS:
                continue
            STEPS[target](conn)
            applied.append(target)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied


def _statements(script: str) -> list[str]:
    """Split a plain DDL script (no triggers) into statements."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
