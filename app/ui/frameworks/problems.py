"""The framework editor's problems in words, in the interface's language: the core finds
them as kinds with details (app/services/framework_edit.py), the window says them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services import framework_edit as fe
from app.services.framework_edit import Problem


def text(problem: Problem) -> str:
    """One sentence: what is wrong and what to do."""
    d = problem.detail
    if problem.kind == fe.EMPTY:
        return {
            "name": QCoreApplication.translate("FrameworkProblems", "Give the framework a name."),
            "version": QCoreApplication.translate(
                "FrameworkProblems", "Give this version a label, such as 2026.1."
            ),
            "code": QCoreApplication.translate("FrameworkProblems", "Give it a code, such as L1."),
            "title": QCoreApplication.translate("FrameworkProblems", "Give it a title."),
        }.get(problem.field, QCoreApplication.translate("FrameworkProblems", "Fill this in."))
    if problem.kind == fe.TOO_LONG:
        return QCoreApplication.translate(
            "FrameworkProblems", "This is {length} characters long; shorten it to {limit} or fewer."
        ).format(length=d[0], limit=d[1])
    if problem.kind == fe.BAD_CODE:
        return QCoreApplication.translate(
            "FrameworkProblems",
            "A code is 1 to 16 letters, digits, dots, hyphens or underscores, with no "
            "spaces (for example L1 or 2.3).",
        )
    if problem.kind == fe.DUPLICATE_CODE:
        return QCoreApplication.translate(
            "FrameworkProblems",
            "The code {code} is also used by “{other}”: every area and strand needs its "
            "own code (capitals and small letters count as the same).",
        ).format(code=d[0], other=d[1])
    if problem.kind == fe.NO_STRANDS:
        return QCoreApplication.translate(
            "FrameworkProblems", "This area has no strands: add a strand to it, or remove the area."
        )
    if problem.kind == fe.NO_AREAS:
        return QCoreApplication.translate(
            "FrameworkProblems", "The framework has no areas: add an area."
        )
    if problem.kind == fe.LABEL_TAKEN:
        return QCoreApplication.translate(
            "FrameworkProblems",
            "Another version of this framework is labelled {label}: choose another label.",
        ).format(label=d[0])
    # The file format's own words, in English: only if the editor's checks fall behind it.
    return (
        d[0]
        if d
        else QCoreApplication.translate(
            "FrameworkProblems", "The framework cannot be saved as it is."
        )
    )
