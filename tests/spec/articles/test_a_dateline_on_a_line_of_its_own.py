"""A weekly's dateline printed as a paragraph of its own between the headline and the lede
("PORT TOWN, Thurs. Jan. 22, 2026--", then a blank line, then the story) dates the article as a
dateline opening the lede would, and the lede's relative days count from it."""

from datetime import date

from tests.spec.invented import cleaned, day_of, statements_of

STORY = """THE EASTERN BEACON
The valley's own paper

Ferry crews walk out over unpaid overtime

PORT HALWICK, Thurs. Jan. 22, 2026--

Some 40 ferry crew members stopped work at the Halwick slipway on Tuesday morning, demanding overtime pay they say is two months late.

The ferry company's director, Mr. Barnaby Quillfeather, said in a statement issued last week Friday that the money would be paid "as soon as the insurer settles."

"We will not sail until we are paid," crew spokeswoman Henrietta Marchmont said.
"""


def test_a_dateline_alone_on_its_line_dates_the_article():
    assert cleaned(STORY).published == date(2026, 1, 22)


def test_a_spaced_dash_or_a_colon_may_close_it_too():
    dashed = STORY.replace("2026--\n", "2026 —\n")
    coloned = STORY.replace("2026--\n", "2026:\n")
    assert cleaned(dashed).published == date(2026, 1, 22)
    assert cleaned(coloned).published == date(2026, 1, 22)


def test_a_yearless_dateline_alone_takes_its_year_from_the_weekday():
    yearless = STORY.replace("Jan. 22, 2026--", "Jan. 22--").replace("two months late.", "two months late under the 2025 and 2026 rosters.")
    article = cleaned(yearless)
    assert article.published == date(2026, 1, 22)


def test_the_ledes_relative_days_count_from_it():
    stmts = statements_of(STORY)
    assert day_of(stmts, "as soon as the insurer settles") == date(2026, 1, 16)  # last week's Friday


def test_a_headline_naming_a_town_and_a_day_is_no_dateline():
    headline = STORY.replace("PORT HALWICK, Thurs. Jan. 22, 2026--\n\n", "")
    headline = headline.replace("Ferry crews walk out over unpaid overtime", "Halwick, Tuesday: crews walk out over pay")
    assert cleaned(headline).published is None
