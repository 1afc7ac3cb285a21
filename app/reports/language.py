"""The language a report is written in: English, Welsh, or both with Welsh first
(decision 0048).

A report's fixed words are English sentences looked up in a catalogue per language
(cymraeg.py); what people wrote is printed as written. In a bilingual report a heading or
a label is "Welsh / English" on one line, and a paragraph is the Welsh paragraph and then
the English one, as Welsh public bodies publish. Dates go through app/dates.py in each
language; counts are worded per language (Welsh keeps the singular after a numeral).

Qt-free: the report cannot use Qt's translations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app import dates
from app.reports.cymraeg import COUNTS, CY

log = logging.getLogger(__name__)

ENGLISH, WELSH, BILINGUAL = "en", "cy", "cy+en"
#: What ``--language`` takes, and the languages each prints, in order.
LANGUAGES: dict[str, tuple[str, ...]] = {ENGLISH: ("en",), WELSH: ("cy",), BILINGUAL: ("cy", "en")}
LANGUAGE_NAMES = {ENGLISH: "English", WELSH: "Cymraeg", BILINGUAL: "Cymraeg / English"}
# A file's language tag (PDF /Lang, Word's): screen readers pick their voice by it; a
# bilingual report's is its first language, Welsh.
LANG_TAGS = {"en": "en-GB", "cy": "cy-GB"}
CATALOGUES: dict[str, dict[str, str]] = {"cy": CY}
#: English words a report looked up and found no translation for (a test keeps it empty).
MISSING: set[tuple[str, str]] = set()

# A value for a placeholder: the same in every language, or worded per language.
Arg = str | int | Callable[[str], str]


def words(lang: str, text: str) -> str:
    """``text`` (an English sentence or label of the report) in ``lang``; the English when
    the catalogue has none (recorded in MISSING), so a report is never refused for it."""
    if lang == "en":
        return text
    found = CATALOGUES[lang].get(text)
    if found is None:
        MISSING.add((lang, text))
        log.warning("No %s words for the report's %r", lang, text)
        return text
    return found


def count(n: int, noun: str) -> Callable[[str], str]:
    """ "3 notes" / "3 nodyn": a count worded in each language."""
    one, many, welsh = COUNTS[noun]

    def say(lang: str) -> str:
        return f"{n} {welsh}" if lang == "cy" else f"{n} {one if n == 1 else many}"

    return say


def split_title(title: str, lang: str) -> str:
    """A bilingual framework's "Welsh / English" title in ``lang`` ("cy" or "en"); both
    for a bilingual report."""
    welsh, _, english = title.partition(" / ")
    if not english:
        return title
    return {"cy": welsh, "en": english}.get(lang, title)


def is_bilingual_framework(titles: list[str]) -> bool:
    """Whether a framework's titles are each "Welsh / English" (the Welsh framework's)."""
    return bool(titles) and all(t.count(" / ") == 1 for t in titles)


def check(code: str) -> str:
    """``code`` when it is a report language; ValueError naming the choices otherwise."""
    if code not in LANGUAGES:
        raise ValueError(
            f"There is no report language {code!r}; choose one of {', '.join(LANGUAGES)}."
        )
    return code


@dataclass(frozen=True)
class ReportLanguage:
    code: str = ENGLISH

    @property
    def parts(self) -> tuple[str, ...]:
        return LANGUAGES[self.code]

    @property
    def first(self) -> str:
        return self.parts[0]

    def conventions(self, lang: str) -> dates.Conventions:
        """The reader's date order, with month names in ``lang``."""
        return dates.conventions(language=lang)

    def say(self, lang: str, text: str, **args: Arg) -> str:
        """One language's words, placeholders filled in that language."""
        filled = {k: v(lang) if callable(v) else v for k, v in args.items()}
        return words(lang, text).format(**filled)

    def line(self, text: str, sep: str = " / ", **args: Arg) -> str:
        """A heading or label: each language's words on one line, Welsh first."""
        return sep.join(self.say(lang, text, **args) for lang in self.parts)

    def lines(self, text: str, **args: Arg) -> str:
        """A sentence inside a block: each language's on a line of its own."""
        return self.line(text, "\n", **args)

    def paras(self, text: str, **args: Arg) -> list[str]:
        """A paragraph per language, Welsh first."""
        return [self.say(lang, text, **args) for lang in self.parts]

    def label(self, text: str, sep: str = " / ") -> str:
        """A stored label (a role, a kind of activity) in the report's languages."""
        return sep.join(words(lang, text) for lang in self.parts)

    def labelled(self, label: str, value: str) -> str:
        """ "Follows from: ..." with the label in each language and the value once:
        "Yn deillio o / Follows from: ..." (what people wrote is not repeated)."""
        return f"{self.label(label)}: {value}"

    def each(self, make: Callable[[str], str], sep: str = " / ") -> str:
        """Something worded per language (a date), joined."""
        seen: list[str] = []
        for lang in self.parts:
            text = make(lang)
            if text not in seen:  # a date in digits reads the same in both
                seen.append(text)
        return sep.join(seen)

    def date_long(self, value: dates.Value) -> str:
        return self.each(lambda lang: dates.date_long(value, self.conventions(lang)))

    def date_range_long(self, start: dates.Value, end: dates.Value) -> str:
        return self.each(
            lambda lang: dates.date_range_long(start, end or start, self.conventions(lang))
        )

    def title(self, text: str, bilingual_framework: bool) -> str:
        """A framework area's or strand's title: a bilingual framework's in this
        language (both in a bilingual report); any other's as its author wrote it."""
        if not bilingual_framework or len(self.parts) > 1:
            return text
        return split_title(text, self.first)
