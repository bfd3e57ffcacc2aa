"""An article's own date when no front matter gives one, from what its text states: a header
line, a wire dateline (its year fixed by the calendar, a closing line, or a year the file's
metadata or copyright line states), a closing line, a dateline's weekday or the body's dated
days (index.body_dates), the meeting minutes record; never guessed.
"""

from __future__ import annotations

from datetime import date

from index import body_dates, datelines, footers


def date_from_text(
    body: str, lede: str, dateline: datelines.Dateline | None, stated: dict[str, date],
    footer: footers.Closing | None = None, ambiguous: tuple[date, date] | None = None,
    year: int | None = None,
) -> tuple[date | None, str, str | None]:
    """(date, confidence, "--MM-DD" partial) from what the article's own text says; `ambiguous`
    is a header's "02/04/2025" read both ways, `year` one the file's metadata or copyright line
    states, for a dateline that gives none."""
    if "published" in stated or "updated" in stated:
        return stated.get("published") or stated["updated"], "stated", None
    order = datelines.written_order(body) if ambiguous else None
    if ambiguous and order:  # "02/04/2025" in a text that writes "12 March": day first
        return ambiguous[0] if order == "day" else ambiguous[1], "inferred", None
    story = lede[dateline.end :] if dateline else lede
    if dateline and dateline.year and dateline.month and dateline.day:
        return date(dateline.year, dateline.month, dateline.day), "stated", None
    if footer and footer.kind != "result":  # "first published March 18, 2025", "Filed 12 March 2025"
        return footer.day, "stated", None
    if dateline and dateline.month and dateline.day:
        inferred = body_dates.infer_year(body, dateline.month, dateline.day, body_dates.lede_weekday(story))
        if inferred:
            return date(inferred, dateline.month, dateline.day), "inferred", None
        if footer and _valid_near(footer.day, dateline.month, dateline.day):
            # a match report's dateline day, in the year of its result line
            return _valid_near(footer.day, dateline.month, dateline.day), "inferred", None
        if year and _valid(year, dateline.month, dateline.day):  # "© 2025 Finwire", "published: 2025"
            return date(year, dateline.month, dateline.day), "inferred", None
        return None, "unknown", f"--{dateline.month:02d}-{dateline.day:02d}"
    if footer:  # the match the result line dates: the report's day as a rule
        return footer.day, "inferred", None
    day = body_dates.news_day(body, story, dateline.weekday if dateline else None)
    if day:
        return day, "inferred", None
    return (stated["held"], "stated", None) if "held" in stated else (None, "unknown", None)


def _valid(year: int, month: int, dom: int) -> bool:
    try:
        date(year, month, dom)
    except ValueError:
        return False
    return True


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


