"""Dates a page gives in other ways than a labelled date line: the meeting minutes record, a
numeric date read by the house style of the text, a year from the file's metadata or copyright
line for a dateline without one, and a short notice line that names a day. Articles invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


def test_minutes_are_dated_by_the_meeting_they_record():
    a = _article("Minutes of the meeting of Oakley Parish Council\n"
                 "Held at the Village Hall on Tuesday 11 March 2025 at 7pm\n\n"
                 "Present: Cllr A. Moss (Chair), Cllr B. Lane\n\n"
                 "Cllr Lane reported that speeding on Mill Road had got worse.\n\n"
                 "Next meeting: Tuesday 8 April 2025\n")
    assert a.published == date(2025, 3, 11)
    assert a.title == "Minutes of the meeting of Oakley Parish Council"


def test_a_meeting_still_to_come_does_not_date_the_minutes():
    a = _article("Agenda of Oakley Parish Council\nThe council will meet on Tuesday 8 April 2025\n\n"
                 "Items include the allotments and road safety.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "mention, expected",
    [("in a speech on 12 March", date(2025, 4, 2)),  # the text writes day first: 2 April
     ("in a speech on March 12", date(2025, 2, 4))],  # month first: February 4
)
def test_an_ambiguous_numeric_date_follows_the_order_the_text_writes_dates_in(mention, expected):
    a = _article("Did the mayor promise free buses?\nPublished 02/04/2025\n\n"
                 f"Mayor Tomas Lind said {mention} that free buses would be trialled for pensioners only.\n")
    assert (a.published, a.date_confidence) == (expected, "inferred")


def test_an_ambiguous_numeric_date_in_a_text_with_no_written_date_stays_unknown():
    a = _article("Free buses for pensioners\nPublished 02/04/2025\n\nMayor Tomas Lind said buses would be free.\n")
    assert a.published is None


@pytest.mark.parametrize(
    "front, tail",
    [("---\npublished: 2025\n---\n", ""),
     ("---\nyear: 2025\n---\n", ""),
     ("", "\n\n© 2025 Finwire. All rights reserved.\n")],
)
def test_a_dateline_without_a_year_takes_the_year_the_file_states(front, tail):
    a = _article(front + "Fund manager weighs sale of property arm\n\n"
                 "LONDON, May 14 (Finwire) - Calder Capital is considering selling its property division, "
                 "three people familiar with the matter said.\n\nCalder declined to comment." + tail)
    assert a.published == date(2025, 5, 14)


def test_a_dateline_without_a_year_and_nothing_else_keeps_month_and_day_only():
    a = _article("Fund manager weighs sale\n\nLONDON, May 14 (Finwire) - Calder Capital may sell a division, "
                 "three people said.\n")
    assert (a.published, a.published_partial) == (None, "--05-14")


@pytest.mark.parametrize("notice", ["Next meeting: 14 May", "Deadline for comments — Friday 6 June",
                                    "Closing date for entries 30 June 2025"])
def test_a_short_line_naming_a_day_is_story_text(notice):
    a = _article("Ferry fares to rise\nPublished: 3 May 2025\n\nThe harbour board said fares would rise.\n\n"
                 f"{notice}\n\nThe board said the rise was unavoidable.\n")
    assert notice in [a.slice(p) for p in a.paragraphs]


def test_a_live_blog_day_heading_stays_a_heading():
    a = _article("Floods close ring road\nPublished: 3 May 2025\n\nThe river rose overnight, the agency said.\n\n"
                 "Friday 2 May\n\nThe agency warned of rising water.\n")
    assert "Friday 2 May" not in [a.slice(p) for p in a.paragraphs]


def test_a_kicker_above_a_question_headline_leaves_the_question_the_title():
    a = _article("FACT CHECK\nDid the mayor promise free buses?\n\nPublished: 3 May 2025\n\n"
                 "THE CLAIM: A post says the mayor promised free buses.\n")
    assert a.title == "Did the mayor promise free buses?"


def test_a_headline_with_a_colon_is_not_a_section_label():
    a = _article("Press review: what the papers said\nMonday, 17 February\n\nThe daily Kurier says taxes will rise.\n")
    assert a.title == "Press review: what the papers said"


@pytest.mark.parametrize("dateline", ["NAIROBI, Monday (Afriwire) -", "Nairobi, Mon. (Afriwire) -", "NAIROBI, Monday -"])
def test_a_dateline_naming_a_weekday_is_the_news_day_after_the_days_the_text_dates(dateline):
    a = _article("Kenya cuts fuel tax\n\n"
                 f"{dateline} Kenya cut fuel taxes, the treasury said, after prices rose 9% in 2025.\n\n"
                 "The cut follows a protest on Friday, June 6, the treasury said.\n")
    assert (a.published, a.date_confidence) == (date(2025, 6, 9), "inferred")
    assert a.slice(a.paragraphs[0]).startswith(dateline)  # the dateline stays in the lede


@pytest.mark.parametrize(
    "header, tail, expected, partial",
    [("Monday, 17 February", "the 2025 budget", date(2025, 2, 17), None),  # the calendar fixes the year
     ("Updated: 17 February", "the budget", None, "--02-17"),  # nothing fixes it: month and day only
     ("Monday, 17 February", "the budget.\n\n© 2025 Kurier", date(2025, 2, 17), None)],
)
def test_a_header_date_without_a_year_is_read_like_a_dateline(header, tail, expected, partial):
    a = _article(f"Press review: what the papers said\n{header}\n\nThe daily Kurier says {tail}\n")
    assert (a.published, a.published_partial) == (expected, partial)
    assert a.title == "Press review: what the papers said"


def test_an_embargo_line_without_a_year_is_dated_by_the_calendar():
    a = _article("EMBARGOED UNTIL 00:01 BST TUESDAY 3 JUNE\n\nFood banks may close, charity warns\n\n"
                 "Food banks face closure as donations fell in 2025, the charity Breadline said in a report.\n")
    assert (a.published, a.date_confidence) == (date(2025, 6, 3), "inferred")
    assert a.title == "Food banks may close, charity warns"


def test_minutes_whose_title_names_the_meeting_day_are_dated_by_it():
    a = _article("Minutes of the meeting of Oakley Parish Council held on Tuesday 11 March 2025\n\n"
                 "Present: Cllr A. Moss (Chair), Cllr B. Lane\n\n"
                 "Cllr Lane reported that speeding on Mill Road had got worse.\n")
    assert a.published == date(2025, 3, 11)
    assert a.title.startswith("Minutes of the meeting")


_WIRE = ("Fund manager weighs sale\n\nLONDON, May 14 (Finwire) - Calder Capital may sell a division, "
         "three people familiar with the matter said.\n")


@pytest.mark.parametrize(
    "front, expected, confidence",
    [("published: May 14, 2025", date(2025, 5, 14), "stated"),  # written as a page writes it
     ("date: 14 May 2025", date(2025, 5, 14), "stated"),
     ("retrieved: 2025-06-02", date(2025, 5, 14), "inferred"),  # the May 14 before the file was saved
     ("accessed: 2 February 2026", date(2025, 5, 14), "inferred"),
     ("updated: 2025-05-15", date(2025, 5, 14), "inferred")],  # the dateline's day, in the year it bounds
)
def test_the_file_metadata_dates_an_article_or_its_yearless_dateline(front, expected, confidence):
    a = _article(f"---\n{front}\n---\n{_WIRE}")
    assert (a.published, a.date_confidence) == (expected, confidence)


def test_a_front_matter_update_dates_an_article_with_no_date_of_its_own():
    a = _article("---\nupdated: 2025-05-15\n---\nFund manager weighs sale\n\nCalder Capital may sell a division.\n")
    assert (a.published, a.date_confidence) == (date(2025, 5, 15), "stated")


def test_front_matter_that_is_no_date_is_still_a_clear_error():
    from index.errors import ArticleError

    with pytest.raises(ArticleError, match="not a date"):
        _article(f"---\npublished: yesterday\n---\n{_WIRE}")
