"""Publication dates given only at an article's end, and wire datelines in more formats.

Every article here is invented. A closing note dates the piece ("Filed 12 March 2025", a
print-edition note, "Last updated ...", a date alone, a result line under a match report);
a dateline may carry a country, a Hijri date beside the Gregorian one, a bracketed region or
a lower-case agency tag. A weekday the news happened on, the day before the latest dated day,
is that day's news, not next week's.
"""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article

_STORY = (
    "Harbour fees rise\n\n"
    "The harbour board voted to raise mooring fees, its chair Mara Lind said on Tuesday.\n\n"
    '"We had no choice," Lind said.\n\n'
)


@pytest.mark.parametrize(
    "footer",
    [
        "Filed 12 March 2025",
        "Filed: March 12, 2025 at 10:04 GMT",
        "A version of this article appears in print on March 12, 2025, Section A, Page 14 of the City edition "
        "with the headline: Harbour fees rise.",
        "This story appeared in the print edition of 12 March 2025.",
        "Last updated: Wednesday, 12 March 2025, 14:05 GMT",
        "Published: Wed 12 Mar 2025 14.05 GMT",
        "March 12, 2025",
    ],
)
def test_a_closing_note_dates_an_article_with_no_date_above_it(footer):
    a = _article(_STORY + footer)
    assert (a.published, a.date_confidence) == (date(2025, 3, 12), "stated")


def test_a_publication_note_outranks_an_update_note_at_the_end():
    a = _article(_STORY + "Published 10 March 2025\n\nLast updated 12 March 2025")
    assert a.published == date(2025, 3, 10)


def test_a_date_line_with_story_after_it_is_still_not_a_closing_note():
    a = _article(_STORY + "Last updated 12 March 2025\n\nThe board meets again in the spring, Lind said.")
    assert a.published is None


@pytest.mark.parametrize(
    "result",
    [
        "Rovers 2 (Ode 12, Lu 80) City 1 (Berg 55). Att: 12,004. Saturday 15 March 2025, Valley Park.",
        "Result: Rovers 2-1 City, Valley Park, 15 March 2025",
        "Northfield 245/7 (50 overs); Easton 201 all out. Northfield won by 44 runs. Fen Road, 15 March 2025.",
    ],
)
def test_a_result_line_under_a_match_report_dates_the_report(result):
    a = _article(
        "Rovers edge City\n\nRovers beat City on Saturday, captain Ivo Marsh said.\n\n"
        '"We held on," Marsh said.\n\n' + result
    )
    assert (a.published, a.date_confidence) == (date(2025, 3, 15), "inferred")


def test_a_result_line_for_a_match_still_ahead_dates_nothing():
    a = _article(
        "Rovers edge City\n\nRovers beat City, captain Ivo Marsh said.\n\n"
        "Next: Rovers v Calder, kick-off 3-0 odds, Saturday 22 March 2025."
    )
    assert a.published is None


@pytest.mark.parametrize(
    "dateline, outlet, expected",
    [
        ("BERGEN, Norway, 2 June 2025 –", None, date(2025, 6, 2)),
        ("Muscat, 12 Dhu al-Hijjah 1446 AH, corresponding to 8 June 2025 (ONA) –", "ONA", date(2025, 6, 8)),
        ("Jeddah, Ramadan 3, 1446 H, March 3, 2025, SPA --", "SPA", date(2025, 3, 3)),
        ("Muscat, Sunday 12 Dhu al-Hijjah 1446 AH, corresponding to Sunday 8 June 2025 (ONA) –", "ONA", date(2025, 6, 8)),
        ("BERGEN, Norway, Monday, 2 June 2025 –", None, date(2025, 6, 2)),
        ("June 2, 2025 (UPI) --", "UPI", date(2025, 6, 2)),
        ("OSLO, 2025-06-02 —", None, date(2025, 6, 2)),
        ("Oslo, 02.06.2025 -", None, date(2025, 6, 2)),
        ("BEIJING, June 2, 2025 (Xinhua) --", "Xinhua", date(2025, 6, 2)),
    ],
)
def test_wire_datelines_with_a_full_date(dateline, outlet, expected):
    a = _article(f"Ferry line opens\n\n{dateline} A new ferry line opened, its operator Tor Vik said.\n\n\"It is full,\" Vik said.")
    assert (a.published, a.date_confidence, a.outlet) == (expected, "stated", outlet)


@pytest.mark.parametrize(
    "dateline, outlet",
    [
        ("New Delhi [India], June 2 (ANI):", "ANI"),
        ("June 2 (UPI) --", "UPI"),
        ("BEIJING, June 2 (Xinhua) --", "Xinhua"),
    ],
)
def test_wire_datelines_without_a_year_take_it_from_the_text(dateline, outlet):
    # 2 June 2025 is a Monday; the lede says the news is Monday's and the text names 2025.
    a = _article(
        f"Ferry line opens\n\n{dateline} A new ferry line opened on Monday, its operator Tor Vik said.\n\n"
        "Bookings for 2025 are full, Vik said."
    )
    assert (a.published, a.date_confidence, a.outlet) == (date(2025, 6, 2), "inferred", outlet)


def test_a_lower_case_agency_tag_is_read_but_a_word_in_brackets_is_not():
    a = _article("Ferry line opens\n\nBerlin (dpa) - A new ferry line opened, its operator Tor Vik said.\n\nIt is full.")
    assert a.outlet == "dpa"
    b = _article("Ferry line opens\n\nVik (left) - A new ferry line opened, its operator said.\n\nIt is full.")
    assert b.outlet is None


def test_the_news_weekday_before_the_latest_dated_day_is_that_days_news():
    # Thursday 13 November 2025 is dated in the text; "Wednesday night" is the 12th, not the 19th.
    a = _article(
        "Council backs levy\n\nThe council voted on Wednesday night to back the 2025 harbour levy, its leader "
        "Ana Ruiz said.\n\n\"It passes,\" Ruiz said after the session on Thursday, November 13, when the "
        "minutes were signed."
    )
    assert (a.published, a.date_confidence) == (date(2025, 11, 13), "inferred")


@pytest.mark.parametrize(
    "header, expected",
    [
        ("14:05 BST, Monday 2 June 2025", date(2025, 6, 2)),
        ("House of Commons, Wednesday 12 March 2025", date(2025, 3, 12)),
        ("Q3 2025 Earnings Call, Nov 13, 2025 / 5:00PM GMT", date(2025, 11, 13)),
        ("Mara Lind, Staff Writer | Monday, June 2, 2025", date(2025, 6, 2)),
        ("Harbour Post, 2 June 2025", date(2025, 6, 2)),
    ],
)
def test_a_short_header_line_naming_something_then_a_date_dates_the_article(header, expected):
    a = _article("Harbour fees rise\n\n" + header + "\n\n" + _STORY.split("\n\n", 1)[1])
    assert (a.published, a.date_confidence) == (expected, "stated")


def test_a_sentence_with_a_date_above_the_lede_is_no_header():
    a = _article("Harbour fees rise\n\nThe board said on Tuesday, 2 June 2025, that fees would rise.\n\n"
                 + _STORY.split("\n\n", 1)[1])
    assert a.date_confidence != "stated"


def test_a_closing_line_naming_the_paper_and_a_date_dates_the_article():
    a = _article(_STORY + "Harbour Post, 12 March 2025")
    assert (a.published, a.date_confidence) == (date(2025, 3, 12), "stated")


def test_a_dated_day_put_last_week_is_behind_the_news_weekday():
    # Thursday 6 November 2025 was "last week": Wednesday's vote is the 12th, not the 5th or the 6th.
    a = _article(
        "Council backs levy\n\nThe council voted on Wednesday night to back the 2025 harbour levy, its leader "
        "Ana Ruiz said.\n\nLast week, on Thursday, November 6, the finance committee had rejected it."
    )
    assert (a.published, a.date_confidence) == (date(2025, 11, 12), "inferred")
