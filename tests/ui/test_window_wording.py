"""The window speaks in words and buttons: no command lines, option flags or stored codes
(``host_checked``) in anything it can show, whether its own text or an error raised by
the services. The command line keeps its commands (``str(error)``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.models.findings import ACTION_STATUSES, FINDING_KINDS
from app.models.org import PERSON_ROLES
from app.models.review import ACTIVITY_KINDS, REVIEW_STATUSES
from app.reports.verify import verify_pdf
from app.services import identity, retention, reviews, roster, signoff
from app.services.cards import clean_text
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.ui.messages import window_text
from app.ui.widgets import labels
from tests.identity_helpers import cheap_kdf, make_identity  # noqa: F401

ROOT = Path(__file__).resolve().parents[2] / "app"
CODES = sorted(
    {
        code
        for code in (
            *REVIEW_STATUSES,
            *ACTION_STATUSES,
            *PERSON_ROLES,
            *ACTIVITY_KINDS,
            *FINDING_KINDS,
        )
        if "_" in code
    }
)
_CODE = re.compile(r"\b(" + "|".join(CODES) + r")\b")


def problems(text: str) -> list[str]:
    found = []
    # The command (lower case); the product's name, Peerview, is fine.
    if re.search(r"(?<![\w/])peerview\s+[a-z]", text):
        found.append("a command line")
    if re.search(r"(^|[\s(`'\"])--[a-z]", text):
        found.append("an option flag")
    found += [f"the code {m}" for m in _CODE.findall(text)]
    return found


def test_the_checker_finds_what_it_looks_for() -> None:
    assert problems("See: peerview review list") == ["a command line"]
    assert problems("export again with --full") == ["an option flag"]
    assert problems("status 'host_checked'") == ["the code host_checked"]
    assert problems("Factual accuracy checked by the host – 17 Nov 2026") == []
    assert problems("Peerview is already open") == []


# -- every message the code can raise or show, read from the source -------------------


def _strings(node: ast.AST) -> Iterator[str]:
    """The literal text of a message: plain strings, and the fixed parts of f-strings."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        yield "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    elif isinstance(node, ast.BinOp):
        yield from _strings(node.left)
        yield from _strings(node.right)


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _error_messages(path: Path) -> Iterator[tuple[int, str]]:
    """What an error raised in ``path`` shows in the window: its message and its
    ``hint_gui`` (``hint_cli`` is for the command line only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and re.search(
            r"(Error|Refused|Quarantined)$", _name(node.func)
        ):
            shown = node.args[:1] + [k.value for k in node.keywords if k.arg == "hint_gui"]
            for arg in shown:
                for text in _strings(arg):
                    yield node.lineno, text
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("_FIX") for t in node.targets
        ):
            for text in _strings(node.value):
                yield node.lineno, text


_TRANSLATE = {"tr", "_t", "translate", "_tr"}


def _window_texts(path: Path) -> Iterator[tuple[int, str]]:
    """Every translatable string of a window module: what the window can show."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in _TRANSLATE:
            for arg in node.args:
                for text in _strings(arg):
                    yield node.lineno, text


def _core_files() -> list[Path]:
    return [
        p for part in ("services", "sync", "reports", "models") for p in (ROOT / part).rglob("*.py")
    ]


# Developer tools that render documentation pictures, never shown to a user.
_NOT_SHOWN = {
    "screenshots.py",
    "screenshots_capture.py",
    "shots.py",
    "guide_shots.py",
    "bench_workspace.py",
}


def test_no_error_the_window_can_show_names_a_command_or_a_code() -> None:
    found = [
        f"{path.relative_to(ROOT.parent)}:{line}: {text!r}: {', '.join(problems(text))}"
        for path in _core_files()
        for line, text in _error_messages(path)
        if problems(text)
    ]
    assert found == []


def test_no_window_text_names_a_command_or_a_code() -> None:
    found = [
        f"{path.relative_to(ROOT.parent)}:{line}: {text!r}: {', '.join(problems(text))}"
        for path in (ROOT / "ui").rglob("*.py")
        if path.name not in _NOT_SHOWN
        for line, text in _window_texts(path)
        if problems(text)
    ]
    assert found == []


def test_every_status_and_role_has_words() -> None:
    for status in REVIEW_STATUSES:
        assert labels.status_label(status) == signoff.STATUS_LABELS[status]
    assert labels.status_label("host_checked") == "Factual accuracy checked by the host"
    for role in PERSON_ROLES:
        assert not problems(labels.role_label(role)), role
    assert labels.status_label("peer_moderated") == "Peer moderated"  # from a newer version


# -- and a range of real failures, as the window would show them ----------------------


def _fail(action: Callable[[], object]) -> PeerviewError:
    with pytest.raises(PeerviewError) as caught:
        action()
    return caught.value


@pytest.fixture
def review_id(store: Store) -> str:
    from tests.ui.helpers import make_review

    return make_review(store, "Ysgol y Wern", "Adolygiad")


@pytest.mark.usefixtures("cheap_kdf")
def test_failures_read_as_words_in_the_window(store: Store, review_id: str, tmp_path: Path) -> None:
    failures = [
        _fail(lambda: signoff.advance(store, review_id, "signed")),
        _fail(lambda: signoff.advance(store, review_id, "host_checked")),
        _fail(lambda: signoff.check_can_sign(store, review_id)),
        _fail(lambda: signoff.mark_signed(store, review_id, "ab" * 32)),
        _fail(lambda: reviews.resolve_review(store, "zzzzzzzz")),
        _fail(lambda: reviews.resolve_review(store, "ab")),
        _fail(lambda: retention.purge_review(store, review_id)),
        _fail(lambda: roster.export_roster(store, tmp_path / "roster.json")),
        _fail(lambda: identity.export_card(store, tmp_path / "card.json")),
        _fail(lambda: clean_text("", "name", 100, required=True)),
        _fail(lambda: verify_pdf(b"not a pdf")),
    ]
    make_identity(store, "Siân Pritchard")
    failures += [
        _fail(lambda: make_identity(store, "Siân Pritchard")),
        _fail(lambda: export_bundle(store, review_id, tmp_path / "b.pvbundle", to=[])),
        _fail(lambda: roster.resolve_person(store, "12345 67890")),
    ]
    for error in failures:
        shown = window_text(error)
        assert shown and not problems(shown), (shown, problems(shown))
    # The command line still says which command fixes it.
    cli = " ".join(str(e) for e in failures)
    assert "peerview review list" in cli and "--sign" in cli
