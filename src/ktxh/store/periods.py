"""Periods from their Vietnamese labels: "9 tháng đầu năm 2012" is Jan 1 to Sep 30, 2012.

`parse_period(label)` understands the forms reports write (n months to date, a month,
a quarter, a half, a year, an as-of date, a school year, a crop season) and gives a
`PeriodSpec` with a canonical label; the words come from data/vocab/periods.yaml.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from ktxh.errors import KtxhError
from ktxh.store.vocab import period_words

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class PeriodSpec:
    type: str
    start: dt.date
    end: dt.date
    label: str

    @property
    def year(self) -> int:
        return self.end.year


class PeriodError(KtxhError):
    """A period label that ktxh cannot read."""


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    w = period_words()["words"]
    month, year, quarter = _alt(w["month"]), _alt(w["year"]), _alt(w["quarter"])
    first, last, until = _alt(w["first"]), _alt(w["last"]), _alt(w["until"])
    day, school, crop = _alt(w["day"]), _alt(w["school_year"]), _alt(w["crop_season"])
    y = r"(?P<year>(?:19|20)\d\d)"
    sep = rf"(?:\s*/\s*|\s*-\s*|\s+(?:{year})\s+|\s+)"
    romans = "|".join(sorted(period_words()["quarters"], key=len, reverse=True))
    pats = [
        ("school_year", rf"^(?:{school})\s+{y}\s*[-–/]\s*(?P<year2>(?:19|20)\d\d)$"),
        ("crop_season", rf"^(?P<season>{crop})\s+(?:{year}\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?{y}$"),
        ("as_of", rf"^(?:{until})\s+(?:(?:{day})\s+)?(?P<day>\d{{1,2}})\s*/\s*(?P<month>\d{{1,2}})\s*/\s*{y}$"),
        ("as_of_month", rf"^(?:{until})\s+(?:{month})\s+(?P<month>\d{{1,2}}){sep}{y}$"),
        # "9 tháng đầu năm 2012", "8 tháng năm 2012", and "9 tháng 2025" with no "năm" (newspapers write it so)
        ("ytd", rf"^(?P<n>\d{{1,2}})\s+(?:{month})\s+(?:(?:{first})\s+)?(?:(?:{year})\s+)?{y}$"),
        ("last_half", rf"^6\s+(?:{month})\s+(?:{last})\s+(?:(?:{year})\s+)?{y}$"),
        ("quarter", rf"^(?:{quarter})\s+(?P<q>{romans}|[1-4]){sep}{y}$"),
        ("month", rf"^(?:{month})\s+(?P<month>\d{{1,2}}){sep}{y}$"),
        ("year", rf"^(?:{year})\s+{y}$"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]


def _clean(label: str) -> str:
    text = unicodedata.normalize("NFC", label).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip().rstrip(".:;,")


def parse_period(label: str) -> PeriodSpec:
    """Read a period label; raise PeriodError naming the label when it is not one ktxh knows."""
    text = _clean(label)
    for name, pattern in _patterns():
        m = pattern.match(text)
        if m:
            try:
                return _BUILDERS[name](m)
            except ValueError as exc:  # a month 13, a day 31/2
                raise PeriodError(f"not a valid period: {label!r} ({exc})") from exc
    raise PeriodError(f"not a period label ktxh can read: {label!r}")


def _label(kind: str, **values: object) -> str:
    return str(period_words()["labels"][kind]).format(**values)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _ytd(m: re.Match[str]) -> PeriodSpec:
    n, year = int(m["n"]), int(m["year"])
    if not 1 <= n <= 12:
        raise ValueError(f"{n} months")
    if n == 12:
        return _year(m)
    return PeriodSpec("ytd", dt.date(year, 1, 1), _month_end(year, n), _label("ytd", n=n, year=year))


def _month(m: re.Match[str]) -> PeriodSpec:
    year, month = int(m["year"]), int(m["month"])
    label = _label("month", month=month, year=year)
    return PeriodSpec("month", dt.date(year, month, 1), _month_end(year, month), label)


def _quarter(m: re.Match[str]) -> PeriodSpec:
    raw = m["q"].upper()
    q = int(raw) if raw.isdigit() else int(period_words()["quarters"][raw])
    year = int(m["year"])
    start = dt.date(year, 3 * q - 2, 1)
    return PeriodSpec("quarter", start, _month_end(year, 3 * q), _label("quarter", quarter=ROMAN[q], year=year))


def _last_half(m: re.Match[str]) -> PeriodSpec:
    year = int(m["year"])
    return PeriodSpec("half", dt.date(year, 7, 1), dt.date(year, 12, 31), _label("last_half", year=year))


def _year(m: re.Match[str]) -> PeriodSpec:
    year = int(m["year"])
    return PeriodSpec("year", dt.date(year, 1, 1), dt.date(year, 12, 31), _label("year", year=year))


def _as_of(m: re.Match[str]) -> PeriodSpec:
    day = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    label = _label("as_of", day=day.day, month=day.month, year=day.year)
    return PeriodSpec("as_of", day, day, label)


def _as_of_month(m: re.Match[str]) -> PeriodSpec:
    end = _month_end(int(m["year"]), int(m["month"]))
    label = _label("as_of", day=end.day, month=end.month, year=end.year)
    return PeriodSpec("as_of", end, end, label)


def _school_year(m: re.Match[str]) -> PeriodSpec:
    year, year2 = int(m["year"]), int(m["year2"])
    if year2 != year + 1:
        raise ValueError(f"school year {year}-{year2}")
    label = _label("school_year", year=year, year2=year2)
    return PeriodSpec("season", dt.date(year, 9, 1), dt.date(year2, 5, 31), label)


def _crop_season(m: re.Match[str]) -> PeriodSpec:
    year = int(m["year"])
    season = m["season"].lower()
    label = _label("crop_season", season=season, year=year)
    return PeriodSpec("season", dt.date(year, 1, 1), dt.date(year, 12, 31), label)


_BUILDERS = {
    "ytd": _ytd,
    "month": _month,
    "quarter": _quarter,
    "last_half": _last_half,
    "year": _year,
    "as_of": _as_of,
    "as_of_month": _as_of_month,
    "school_year": _school_year,
    "crop_season": _crop_season,
}


def find_period(text: str) -> PeriodSpec | None:
    """The first period label inside a longer text (a report's title), or None."""
    words = period_words()["words"]
    year_pat = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    starters = _alt(words["month"] + words["quarter"] + words["year"] + words["until"] + words["school_year"])
    starter_re = re.compile(rf"(?:\d{{1,2}}\s+)?(?P<word>{starters})\b", re.IGNORECASE)
    cleaned = _clean(text)
    for m in starter_re.finditer(cleaned):
        # from the count of months if there is one ("9 tháng ..."), else from the word itself: the number
        # before "năm" in "quận 1 năm 2020" names the district, not months
        for start in dict.fromkeys((m.start(), m.start("word"))):
            tail = cleaned[start : start + 60]
            for ym in re.finditer(year_pat, tail):
                try:
                    return parse_period(tail[: ym.end()])
                except PeriodError:
                    continue
    return None
