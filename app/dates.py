"""Dates and times as a person reads them: one formatter for the window, the command
line's human output and the PDF report (decision 0023).

Stored values stay machine values (ISO 8601 dates, ISO date-times with or without an
offset, milliseconds since the epoch); JSON output keeps them so. Everything shown to a
person goes through here:

* in the person's time zone: a time with an offset (a bundle's arrival, a signature) is
  moved to local time; a time without one (a note's ``observed_at``) is the author's wall
  clock at the school and is shown as written;
* in the person's conventions: day-month-year or month-day-year, 24- or 12-hour clock,
  from the territory of their locale (LC_ALL, LC_TIME or LANG; the window sets LC_TIME
  from the system's region at start when none is set, so Windows and macOS follow it).
  Month and day names, and the few words around them, are in the language of the
  interface (``use_language``), or of a report when it asks for one (``Conventions``).

Qt-free: the report and the command line use it without a window.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Words:
    """A language's names of months and days, and the words that join dates."""

    months: tuple[str, ...]
    months_short: tuple[str, ...]
    days: tuple[str, ...]
    days_short: tuple[str, ...]
    today: str
    yesterday: str
    tomorrow: str
    at: str  # 17 November 2026 at 14:05
    to: str  # 17 to 19 November 2026
    am: str
    pm: str


_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Welsh names are CLDR's (the abbreviations too); "am" is "at" before a time.
WORDS = {
    "en": Words(
        _MONTHS_EN, tuple(m[:3] for m in _MONTHS_EN), _DAYS_EN, tuple(d[:3] for d in _DAYS_EN),
        "today", "yesterday", "tomorrow", "at", "to", "am", "pm",
    ),
    "cy": Words(
        ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
         "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
        ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
        ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn",
         "Dydd Sul"),
        ("Llun", "Maw", "Mer", "Iau", "Gwen", "Sad", "Sul"),
        "heddiw", "ddoe", "yfory", "am", "i", "yb", "yh",
    ),
}  # fmt: skip
_language = "en"


def use_language(code: str) -> str:
    """The interface's language for dates from now on ("en" for one without names here);
    returns the code in force. The window calls it once, at start."""
    global _language
    _language = code if code in WORDS else "en"
    return _language


def language() -> str:
    return _language


# Territories whose people write the month first, or the year first (CLDR's short date
# patterns); everywhere else writes the day first. 12-hour clocks likewise.
_MONTH_FIRST = {"US", "PH", "FM", "MH", "PW", "BZ", "GU", "AS", "MP", "PR", "UM", "VI"}
_YEAR_FIRST = {"CN", "JP", "KR", "KP", "TW", "HU", "LT", "MN", "SE", "IR", "BT", "CA"}
_TWELVE_HOUR = {
    "US", "CA", "AU", "NZ", "IN", "PK", "BD", "PH", "EG", "SA", "MY", "KR", "TW",
    "PR", "GU", "AS", "MP", "VI", "UM", "FM", "MH", "PW", "BZ",
}  # fmt: skip

Value = str | dt.date | dt.datetime | int | float


@dataclass(frozen=True)
class Conventions:
    order: str = "dmy"  # "dmy", "mdy" or "ymd"
    hour12: bool = False
    language: str = ""  # "" is the interface's (use_language)

    @property
    def words(self) -> Words:
        return WORDS.get(self.language or _language, WORDS["en"])


def territory(locale_name: str) -> str:
    """ "en_GB.UTF-8" -> "GB"; "" for "C", "POSIX" or a bare language."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""


def locale_name() -> str:
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(key, "")
        if value:
            return value
    return ""


def conventions(name: str | None = None, language: str = "") -> Conventions:
    """The conventions of locale ``name`` (by default the environment's). With no
    territory (C, POSIX, unset) Peerview writes as British schools do: 17 November 2026,
    14:05."""
    where = territory(locale_name() if name is None else name)
    order = "mdy" if where in _MONTH_FIRST else "ymd" if where in _YEAR_FIRST else "dmy"
    return Conventions(order, where in _TWELVE_HOUR, language)


def parse(value: Value) -> dt.date | dt.datetime:
    """A stored value as a date or date-time; raises ValueError for anything else.
    Numbers are milliseconds since the epoch (the change log's clock)."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(value / 1000, dt.UTC)
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    raise ValueError(f"not a date or time: {value!r}")


def local(value: Value) -> dt.date | dt.datetime:
    """In the person's time zone: a time with an offset moves there; one without is a
    wall-clock time already and stays as written."""
    found = parse(value)
    if isinstance(found, dt.datetime) and found.tzinfo is not None:
        return found.astimezone()
    return found


def _day(value: Value) -> dt.date:
    found = local(value)
    return found.date() if isinstance(found, dt.datetime) else found


def _safe(value: Value, show: object) -> str:
    """What a view shows for a value it cannot read: the value as stored, rather than
    losing the whole list to one bad row (the services validate what they store)."""
    return value if isinstance(value, str) else str(show)


class Formatter(Protocol):
    def __call__(self, value: Value, c: Conventions | None = None) -> str: ...


def _reading(
    read: Callable[[Value], Any],
) -> Callable[[Callable[[Any, Conventions], str]], Formatter]:
    """A formatter of what ``read`` makes of a stored value, in the given conventions (by
    default the person's); a value ``read`` cannot take is shown as stored (``_safe``)."""

    def wrap(show: Callable[[Any, Conventions], str]) -> Formatter:
        @functools.wraps(show)
        def formatted(value: Value, c: Conventions | None = None) -> str:
            try:
                found = read(value)
            except ValueError:
                return _safe(value, value)
            return show(found, c or conventions())

        return formatted

    return wrap


@_reading(_day)
def date_short(d: dt.date, c: Conventions) -> str:
    """17 Nov 2026 · Nov 17, 2026 · 2026-11-17"""
    month = c.words.months_short[d.month - 1]
    if c.order == "mdy":
        return f"{month} {d.day}, {d.year}"
    if c.order == "ymd":
        return d.isoformat()
    return f"{d.day} {month} {d.year}"


@_reading(_day)
def date_long(d: dt.date, c: Conventions) -> str:
    """17 November 2026 · November 17, 2026: the report's dates, and dates in sentences."""
    month = c.words.months[d.month - 1]
    return f"{month} {d.day}, {d.year}" if c.order == "mdy" else f"{d.day} {month} {d.year}"


@_reading(_day)
def weekday_date(d: dt.date, c: Conventions) -> str:
    """Tue 17 Nov · Tue Nov 17: a day of a visit, in a timetable."""
    day, month = c.words.days_short[d.weekday()], c.words.months_short[d.month - 1]
    return f"{day} {month} {d.day}" if c.order == "mdy" else f"{day} {d.day} {month}"


@_reading(local)
def weekday_time(found: dt.date | dt.datetime, c: Conventions) -> str:
    """Tue 09:05: a note's moment within a visit of a few days."""
    if not isinstance(found, dt.datetime):
        return weekday_date(found, c)
    return f"{c.words.days_short[found.weekday()]} {time_text(found, c)}"


@_reading(_day)
def day_heading(d: dt.date, c: Conventions) -> str:
    """Tuesday 17 November 2026 · Tuesday, November 17, 2026"""
    sep = ", " if c.order == "mdy" else " "
    return f"{c.words.days[d.weekday()]}{sep}{date_long(d, c)}"


@_reading(local)
def time_text(found: dt.date | dt.datetime, c: Conventions) -> str:
    """14:05 · 2:05 pm"""
    if not isinstance(found, dt.datetime):
        return ""
    if c.hour12:
        hour = found.hour % 12 or 12
        return f"{hour}:{found.minute:02d} {c.words.am if found.hour < 12 else c.words.pm}"
    return f"{found.hour:02d}:{found.minute:02d}"


@_reading(local)
def date_time(found: dt.date | dt.datetime, c: Conventions) -> str:
    """17 Nov 2026, 14:05 (a date alone when the value has no time)."""
    if not isinstance(found, dt.datetime):
        return date_short(found, c)
    return f"{date_short(found, c)}, {time_text(found, c)}"


@_reading(local)
def date_time_long(found: dt.date | dt.datetime, c: Conventions) -> str:
    """17 November 2026 at 14:05 GMT: a signature's time, with its zone, on a report."""
    if not isinstance(found, dt.datetime):
        return date_long(found, c)
    zone = found.tzname() if found.tzinfo is not None else ""
    return f"{date_long(found, c)} {c.words.at} {time_text(found, c)}{f' {zone}' if zone else ''}"


def relative(value: Value, now: dt.datetime | None = None, c: Conventions | None = None) -> str:
    """today 14:05 · yesterday 09:10 · tomorrow 08:30 · Mon 14:05 (within a week) ·
    else the date and time."""
    try:
        found = local(value)
    except ValueError:
        return _safe(value, value)
    c = c or conventions()
    if not isinstance(found, dt.datetime):
        return date_short(found, c)
    today = (now or dt.datetime.now()).date()
    days = (found.date() - today).days
    clock = time_text(found, c)
    words = {0: c.words.today, -1: c.words.yesterday, 1: c.words.tomorrow}
    if days in words:
        return f"{words[days]} {clock}"
    if -6 <= days < 0:
        return f"{c.words.days_short[found.weekday()]} {clock}"
    return date_time(found, c)


def date_range(start: Value, end: Value, c: Conventions | None = None) -> str:
    """17 Nov 2026 · 17–19 Nov 2026 · 30 Nov – 2 Dec 2026 · 30 Dec 2026 – 2 Jan 2027"""
    c = c or conventions()
    try:
        first, last = _day(start), _day(end)
    except ValueError:
        return _safe(start, start) if start == end else f"{start} – {end}"
    if first == last:
        return date_short(first, c)
    if c.order == "ymd":
        return f"{first.isoformat()} – {last.isoformat()}"
    month = c.words.months_short[last.month - 1]
    if (first.year, first.month) == (last.year, last.month):
        if c.order == "mdy":
            return f"{month} {first.day}–{last.day}, {last.year}"
        return f"{first.day}–{last.day} {month} {last.year}"
    if first.year == last.year:
        start_month = c.words.months_short[first.month - 1]
        if c.order == "mdy":
            return f"{start_month} {first.day} – {month} {last.day}, {last.year}"
        return f"{first.day} {start_month} – {last.day} {month} {last.year}"
    return f"{date_short(first, c)} – {date_short(last, c)}"


def date_range_long(start: Value, end: Value, c: Conventions | None = None) -> str:
    """17 November 2026 · 17 to 19 November 2026: the report's cover."""
    try:
        first, last = _day(start), _day(end)
    except ValueError:
        return _safe(start, start) if start == end else f"{start} – {end}"
    c = c or conventions()
    if first == last:
        return date_long(first, c)
    if (first.year, first.month) == (last.year, last.month):
        month = c.words.months[last.month - 1]
        if c.order == "mdy":
            return f"{month} {first.day} {c.words.to} {last.day}, {last.year}"
        return f"{first.day} {c.words.to} {last.day} {month} {last.year}"
    return f"{date_long(first, c)} {c.words.to} {date_long(last, c)}"


def iso(value: Value) -> str:
    """For JSON: ISO 8601, with the offset when the value has one (UTC for the log's
    milliseconds)."""
    found = parse(value)
    if isinstance(found, dt.datetime):
        return found.isoformat(timespec="seconds")
    return found.isoformat()
