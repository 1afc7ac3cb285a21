"""One formatter for dates and times (app/dates.py): the person's conventions and time
zone, words on the report, ISO 8601 kept for JSON, and no other formatting in app/."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import dates
from app.dates import Conventions

UK = Conventions("dmy", hour12=False)
US = Conventions("mdy", hour12=True)
SE = Conventions("ymd", hour12=False)


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("en_GB.UTF-8", UK),
        ("cy_GB.UTF-8", UK),
        ("en_US.UTF-8", US),
        ("sv_SE.UTF-8", SE),
        ("ur_PK.UTF-8", Conventions("dmy", hour12=True)),
        ("pl_PL", UK),
        ("C", UK),
        ("", UK),
        ("en-US", US),
    ],
)
def test_conventions_come_from_the_locale_territory(name: str, expected: Conventions) -> None:
    assert dates.conventions(name) == expected


def test_the_environment_names_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")
    assert dates.date_short("2026-11-17") == "Nov 17, 2026"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # LC_ALL wins, as in POSIX
    assert dates.date_short("2026-11-17") == "17 Nov 2026"


def test_dates_in_each_convention() -> None:
    assert dates.date_short("2026-11-17", UK) == "17 Nov 2026"
    assert dates.date_short("2026-11-17", US) == "Nov 17, 2026"
    assert dates.date_short("2026-11-17", SE) == "2026-11-17"
    assert dates.date_long("2026-11-17", UK) == "17 November 2026"
    assert dates.date_long("2026-11-17", US) == "November 17, 2026"
    assert dates.weekday_date("2026-11-17", UK) == "Tue 17 Nov"
    assert dates.day_heading("2026-11-17", UK) == "Tuesday 17 November 2026"
    assert dates.day_heading("2026-11-17", US) == "Tuesday, November 17, 2026"


def test_times_in_24_and_12_hours() -> None:
    assert dates.time_text("2026-11-17T14:05:09", UK) == "14:05"
    assert dates.time_text("2026-11-17T14:05:09", US) == "2:05 pm"
    assert dates.time_text("2026-11-17T00:10", US) == "12:10 am"
    assert dates.date_time("2026-11-17T09:05", UK) == "17 Nov 2026, 09:05"
    assert dates.weekday_time("2026-11-17T09:05", UK) == "Tue 09:05"


def test_ranges_say_each_part_once() -> None:
    assert dates.date_range("2026-11-17", "2026-11-17", UK) == "17 Nov 2026"
    assert dates.date_range("2026-11-17", "2026-11-19", UK) == "17–19 Nov 2026"
    assert dates.date_range("2026-11-30", "2026-12-02", UK) == "30 Nov – 2 Dec 2026"
    assert dates.date_range("2026-12-30", "2027-01-02", UK) == "30 Dec 2026 – 2 Jan 2027"
    assert dates.date_range("2026-11-17", "2026-11-19", US) == "Nov 17–19, 2026"
    assert dates.date_range_long("2026-11-17", "2026-11-19", UK) == "17 to 19 November 2026"
    assert dates.date_range_long("2026-11-17", "2026-11-17", UK) == "17 November 2026"


@pytest.mark.usefixtures("london")
def test_times_with_an_offset_are_shown_in_the_local_zone() -> None:
    # A bundle received at 13:05 UTC in summer is 14:05 in London.
    assert dates.date_time("2026-06-09T13:05:00+00:00", UK) == "9 Jun 2026, 14:05"
    assert dates.date_time("2026-06-09T13:05:00Z", UK) == "9 Jun 2026, 14:05"
    # Milliseconds since the epoch (the change log's clock) are UTC, shown locally too.
    ms = int(dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC).timestamp() * 1000)
    assert dates.date_time(ms, UK) == "5 Jan 2026, 09:30"
    # A signature on a report names its zone.
    assert dates.date_time_long("2026-06-09T13:05:00+00:00", UK) == "9 June 2026 at 14:05 BST"
    # A note's time has no offset: it is the author's clock at the school, kept as is.
    assert dates.date_time("2026-06-09T13:05:00", UK) == "9 Jun 2026, 13:05"


def test_relative_days_around_now() -> None:
    now = dt.datetime(2026, 11, 18, 16, 0)
    assert dates.relative("2026-11-18T14:05", now, UK) == "today 14:05"
    assert dates.relative("2026-11-17T09:10", now, UK) == "yesterday 09:10"
    assert dates.relative("2026-11-19T08:30", now, UK) == "tomorrow 08:30"
    assert dates.relative("2026-11-16T11:00", now, UK) == "Mon 11:00"
    assert dates.relative("2026-11-01T11:00", now, UK) == "1 Nov 2026, 11:00"


def test_unreadable_values_show_as_stored_rather_than_fail() -> None:
    assert dates.date_short("not a date") == "not a date"
    assert dates.date_time("2026-13-40T99:00") == "2026-13-40T99:00"
    assert dates.date_range("soon", "later") == "soon – later"


def test_json_keeps_iso_8601_with_the_offset() -> None:
    assert dates.iso("2026-06-09T13:05:00+00:00") == "2026-06-09T13:05:00+00:00"
    assert dates.iso(0) == "1970-01-01T00:00:00+00:00"
    assert dates.iso("2026-11-17") == "2026-11-17"


# Formatting of dates for people belongs in app/dates.py. What may remain elsewhere:
# machine values (ISO dates stored or parsed, file-name stamps, the date pickers'
# ISO output) on the lines that match these.
_ALLOWED = {
    "app/models/backups.py": 'strftime("%Y%m%d-%H%M%S-%f")',  # a backup's file name
    "app/sync/quarantine.py": 'strftime("%Y%m%d%H%M%S%f")',  # a quarantined file name
    "app/services/notes_query.py": 'when.strftime("%H:%M")',  # compared with stored slots
    "app/bench/gui/visit_play.py": 'strftime("%a %H:00")',  # the soak's hour, in bench output
}
_PATTERN = re.compile(
    r"strftime\(|QLocale\(\)\.toString|_at\[:1[06]\]|observed_at\[|\.replace\(\"T\", \" \"\)"
)


def test_no_other_module_formats_dates_for_people() -> None:
    root = Path(__file__).resolve().parents[1] / "app"
    found = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root.parent).as_posix()
        if rel == "app/dates.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _PATTERN.search(line) and _ALLOWED.get(rel, "\0") not in line:
                found.append(f"{rel}:{number}: {line.strip()}")
    assert found == []
