"""An article's own date when no front matter gives one, from what its text states: a header
line, a wire dateline (its year fixed by the calendar, a closing line, or a year the file's
metadata or copyright line states), a closing line, the day a transcript says on air or an
interview's intro gives (index.said_dates), a dateline's weekday or the body's dated days
(index.body_dates), the meeting minutes record; never guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from index import body_dates, datelines, footers, said_dates


def date_from_text(
    body: str, lede: str, dateline: datelines.Dateline | None, stated: dict[str, date],
    footer: footers.Closing | None = None, ambiguous: tuple[date, date] | None = None,
    year: int | None = None, partial: datelines.Dateline | None = None, bound: date | None = None,
) -> tuple[date | None, str, str | None]:
    """(date, confidence, "--MM-DD" partial) from what the article's own text says; `ambiguous`
    is a header's "02/04/2025" read both ways, `year` one the file's metadata or copyright line
    states, for a dateline that gives none; `partial` a header date without a year ("Monday,
    17 February"), read as a dateline's day when the lede has none; `bound` a day the file was
    saved or retrieved on, which the article's day is on or before."""
    if "published" in stated or "updated" in stated:
        printed = stated.get("published") or stated["updated"]
        # "MYSURU, Jan 11:" above "Published: 12th January 2026 04:50 AM": the dateline is the day
        # reported from, the print line the morning the page went out; the year is the print line's
        reported = _dateline_day(dateline, printed)
        return reported or printed, "stated", None
    order = datelines.written_order(body) if ambiguous else None
    if ambiguous and order:  # "02/04/2025" in a text that writes "12 March": day first
        return ambiguous[0] if order == "day" else ambiguous[1], "inferred", None
    story = lede[dateline.end :] if dateline else lede
    if dateline and dateline.year and dateline.month and dateline.day:
        return date(dateline.year, dateline.month, dateline.day), "stated", None
    if footer and footer.kind != "result":  # "first published March 18, 2025", "Filed 12 March 2025"
        return footer.day, "stated", None
    if not (dateline and dateline.month and dateline.day) and partial:
        dateline = partial
    if dateline and dateline.month and dateline.day:
        weekday = dateline.weekday if dateline.weekday is not None else body_dates.lede_weekday(story)
        inferred = body_dates.infer_year(body, dateline.month, dateline.day, weekday)
        if inferred:
            return date(inferred, dateline.month, dateline.day), "inferred", None
        if footer and _valid_near(footer.day, dateline.month, dateline.day):
            # a match report's dateline day, in the year of its result line
            return _valid_near(footer.day, dateline.month, dateline.day), "inferred", None
        if year and body_dates.valid_day(year, dateline.month, dateline.day):  # "© 2025 Finwire", "published: 2025"
            return date(year, dateline.month, dateline.day), "inferred", None
        if bound and (before := _on_or_before(bound, dateline.month, dateline.day)):
            return before, "inferred", None  # "retrieved: 2025-06-02" and "May 14": the May 14 before it
        return None, "unknown", f"--{dateline.month:02d}-{dateline.day:02d}"
    if footer:  # the match the result line dates: the report's day as a rule
        return footer.day, "inferred", None
    # "Good morning, it's Wednesday the 4th of March" on air; "We spoke to her on 2 June"
    day = said_dates.said_day(body) or body_dates.news_day(body, story, dateline.weekday if dateline else None)
    if day:
        return day, "inferred", None
    # minutes' meeting day; else a front-matter "updated" day
    found = stated.get("held") or stated.get("metadata")
    return (found, "stated", None) if found else (None, "unknown", None)


def _dateline_day(dateline: datelines.Dateline | None, printed: date) -> date | None:
    """A yearless dateline's day, one to three days before a print line's, in that line's year."""
    if not (dateline and dateline.month and dateline.day) or dateline.year:
        return None
    found = _valid_near(printed, dateline.month, dateline.day)
    return found if found and 1 <= (printed - found).days <= 3 else None


def _valid_near(day: date, month: int, dom: int) -> date | None:
    """The `month`/`dom` day within a week of `day`, in its year or the next or previous one."""
    for year in (day.year, day.year + 1, day.year - 1):
        try:
            found = date(year, month, dom)
        except ValueError:
            continue
        if abs((found - day).days) <= 7:
            return found
    return None


def _on_or_before(bound: date, month: int, dom: int) -> date | None:
    """The latest `month`/`dom` day on or before `bound`, within a year of it."""
    for year in (bound.year, bound.year - 1):
        if body_dates.valid_day(year, month, dom) and date(year, month, dom) <= bound:
            return date(year, month, dom)
    return None


def metadata_date(value) -> date | None:
    """A front-matter value as a date: a YAML date, ISO text, or a written full date ("May 14,
    2025", "Tue, 14 May 2025 10:00:00 GMT"); None when it states no full date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    found = datelines.header_date(text) if text and len(text) < 60 else None
    return found[1] if found else None


# Front-matter keys for when the page was changed, and for when the file was saved or fetched
_UPDATED_KEYS = ("updated", "modified", "last_modified", "lastmod", "date_modified", "datemodified", "updated_at",
                 "modified_at", "last_updated")
_SAVED = re.compile(r"retriev|access|fetch|crawl|scrap|captur|saved|archiv|download|created", re.I)


def metadata_hints(info: dict) -> tuple[date | None, list[int], date | None]:
    """(updated day, years, saved day) the file's metadata states besides its publication date:
    "updated: 2025-06-03" bounds the page's day and dates it when nothing else does; "year: 2025" or a year-only
    "published: 2025" gives a dateline its year; "retrieved: 2025-06-02" bounds its day."""
    updated = next((d for k in _UPDATED_KEYS if k in info and (d := metadata_date(info[k]))), None)
    years = [int(str(info[k])[:4]) for k in ("year", "published") if re.fullmatch(r"\d{4}(?:-\d\d)?", str(info.get(k, "")))]
    saved = [d for k, v in info.items() if _SAVED.search(str(k)) and (d := metadata_date(v))]
    return updated, years, (min(saved) if saved else None)
