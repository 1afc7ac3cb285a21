"""Words the Qt-free core hands the window, marked for Qt's translation tools.

``QT_TRANSLATE_NOOP("context", "text")`` returns the text unchanged: the command line and
the reports print the English. pyside6-lupdate finds every call by its name and files the
text under the context, and the window translates it where it shows it with
``QCoreApplication.translate(context, text)`` (docs/translations.md). The core never
imports Qt, so it marks its words with this instead of Qt's own.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
