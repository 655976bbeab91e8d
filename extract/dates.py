"""Dates: the dateline of each article in a text and explicit dates in sentences."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
MONTHS = {m: i + 1 for i, m in enumerate(_MONTH_NAMES.split(" "))}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "GAO, Mali (March 3, 2024) —"
_PAREN_DATELINE = re.compile(rf"\(\s*{_MONTH}\s+{_DAY},?\s+(\d{{4}})\s*\)")
# "November 23rd, 2020 - by ..." at the start of a line.
_LINE_DATE = re.compile(rf"(?m)^\s*{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b")
_FULL_DATE = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(\d{{4}})\b")
_MONTH_DAY = re.compile(rf"\b(?:on|since|until|by)\s+{_MONTH}\s+{_DAY}\b(?!,?\s*\d{{4}})")
_IN_MONTH = re.compile(rf"\bin\s+(?:early\s+|mid-|late\s+)?{_MONTH}\b(?!\s+\d)")
# "attacked a convoy in 2020": the event's own year, not the report's
_IN_YEAR = re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d\d)\b(?!\s*[-\u2013/]\d)")
_SHORT_MONTHS = {m[:3]: m for m in MONTHS} | {"sept": "september"}
# A line opening with a place and a date, then a dash: "SANAA, Yemen, 12 March 2024 —",
# "DAMASCUS, 8 December 2024 -", "BAGHDAD, Jan 5 (Reuters) -", "GAO, Mali (March 3, 2024) —".
DATELINE_HEAD = re.compile(
    # the place, its letters maybe accented ("ASUNCIÓN", "SÃO TOMÉ")
    r"(?m)^[ \t]*[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'.-]+"
    r"(?:[ -][A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'.-]+){0,3}"
    # its country or region: "Yemen", "Democratic Republic of Congo", "São Tomé"
    r"(?:,[ \t]+(?P<region>[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.]+"
    r"(?:[ \t](?:of[ \t]|the[ \t])*[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F.]+){0,3}))?"
    r"(?:,?[ \t]+(?:"
    r"(?P<d1>\d{1,2})[ \t]+(?P<m1>[A-Z][a-z]{2,8})\.?,?[ \t]+(?P<y1>\d{4})"  # 12 March 2024
    r"|(?P<m2>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d2>\d{1,2})(?:,[ \t]*(?P<y2>\d{4}))?"  # Jan 5
    r"))?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # (Reuters), (AP), (March 3, 2024)
    r"[ \t]*(?:--|[-\u2013\u2014])"
)


@dataclass(frozen=True, slots=True)
class DateAnchors:
    """Datelines found in a text: (char offset, ISO date), sorted by offset."""

    offsets: tuple[int, ...]
    dates: tuple[str, ...]

    @property
    def document_date(self) -> str | None:
        return self.dates[0] if self.dates else None

    def at(self, offset: int) -> str | None:
        """The dateline in force at `offset` (the last one before it, else the first)."""
        if not self.dates:
            return None
        i = bisect_right(self.offsets, offset) - 1
        return self.dates[max(i, 0)]


def _iso(year: str | int, month: str, day: str | int | None = None) -> str | None:
    m = MONTHS.get(month.lower())
    if m is None:
        return None
    if day is None:
        return f"{int(year):04d}-{m:02d}"
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return f"{int(year):04d}-{m:02d}-{d:02d}"


def find_datelines(text: str) -> DateAnchors:
    """Parenthesised datelines anywhere, plus a line-initial date near the top.

    A file may hold several articles, each with its own dateline; a sentence takes
    the date of the dateline before it. The parenthesised dateline beats a byline
    date above it (the byline is the publication date, the dateline the event's).
    """
    found: list[tuple[int, str]] = []
    for m in _PAREN_DATELINE.finditer(text):
        iso = _iso(m.group(3), m.group(1), m.group(2))
        if iso:
            found.append((m.start(), iso))
    for m in DATELINE_HEAD.finditer(text):
        iso = _dateline_date(m)
        if iso and all(o != m.start() for o, _ in found):
            found.append((m.start(), iso))
    head = text[:600]
    if not found or found[0][0] > 800:
        for m in _LINE_DATE.finditer(head):
            iso = _iso(m.group(3), m.group(1), m.group(2))
            if iso:
                found.append((m.start(), iso))
                break
    found.sort()
    if found and found[0][0] > 0:
        # Text before the first dateline (headline, byline) belongs to that article.
        found[0] = (0, found[0][1])
    return DateAnchors(tuple(o for o, _ in found), tuple(d for _, d in found))


def dateline_region(text: str) -> tuple[int, int] | None:
    """Where the country or region of the text's first dateline is ("SANAA, Yemen, 12
    March 2024 —": Yemen), as character offsets; None without such a dateline near the top."""
    for m in DATELINE_HEAD.finditer(text[:400]):
        if m.group("region") is not None:  # (past a headline "ANALYSIS-A year after ...")
            return m.start("region"), m.end("region")
    return None


def _month(word: str | None) -> str | None:
    if word is None:
        return None
    w = word.lower()
    return w if w in MONTHS else _SHORT_MONTHS.get(w)


def _dateline_date(m: re.Match[str]) -> str | None:
    """The date of a dateline head with a day, a month and a year (none without a year:
    "BAGHDAD, Jan 5 (Reuters) -" dates nothing, the story's year is unknown)."""
    if m.group("d1"):
        month = _month(m.group("m1"))
        return _iso(m.group("y1"), month, m.group("d1")) if month else None
    month = _month(m.group("m2"))
    if month and m.group("y2"):
        return _iso(m.group("y2"), month, m.group("d2"))
    return None


def sentence_date(sentence: str, fallback: str | None) -> str | None:
    """An explicit date in the sentence, year taken from `fallback`; else `fallback`."""
    m = _FULL_DATE.search(sentence)
    if m:
        return _iso(m.group(3), m.group(1), m.group(2)) or fallback
    if fallback is None:
        return None
    year = int(fallback[:4])
    ref_month = int(fallback[5:7])
    m = _MONTH_DAY.search(sentence)
    if m:
        # A month later than the dateline's month is most likely last year.
        y = year - 1 if MONTHS[m.group(1).lower()] > ref_month else year
        return _iso(y, m.group(1), m.group(2)) or fallback
    m = _IN_MONTH.search(sentence)
    if m:
        y = year - 1 if MONTHS[m.group(1).lower()] > ref_month else year
        return _iso(y, m.group(1)) or fallback
    m = _IN_YEAR.search(sentence)
    if m and int(m.group(1)) < year:
        return m.group(1)  # an earlier event retold in a later report
    return fallback
