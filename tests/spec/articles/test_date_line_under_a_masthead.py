"""A date line alone (numeric, European with a clock time, or a full weekday date) under a masthead or
slogan line that reads like a sentence, or between the masthead and the headline, dates the article;
its statements are dated from it. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned, statements_of


@pytest.mark.parametrize(
    "masthead, line, expected",
    [
        ("Kreisbote Nordheide | English edition (machine translation)", "14.10.2025, 09:42 Uhr", date(2025, 10, 14)),
        ("Valley Agency Wire | International service", "14.10.2025 09:42", date(2025, 10, 14)),
        ("From Civicpedia, the open news site anyone can edit!", "2025/10/14", date(2025, 10, 14)),
        ("The Ostmark Herald (translated)", "2025.10.14 09:42", date(2025, 10, 14)),
    ],
)
def test_a_numeric_date_line_under_a_masthead_dates_the_article(masthead, line, expected):
    text = (f"{masthead}\n\n{line}\n\nFerry to Lindholm cancelled: operator blames staff shortage\n\n"
            "Brunsby (kbn) - The ferry between Brunsby and Lindholm will not run this week. The operator "
            "cancelled all crossings on Monday, a spokesman said in Brunsby.\n\n"
            "Harbour master Ulrike Fenske (SPD) said on Monday evening that the island's shops would run "
            "out of fresh food by Friday.\n")
    a = cleaned(text)
    assert a.published == expected
    fenske = next(s for s in statements_of(text) if "fresh food" in s.content)
    assert fenske.when_start == date(2025, 10, 13)  # the Monday before a Tuesday's report


@pytest.mark.parametrize(
    "masthead, headline_first",
    [("From Civicpedia, the open news site anyone can edit!", True),
     ("NEWSROOM OF THE ARLBERG COLLEGE GAZETTE", False)],
)
def test_a_weekday_date_line_under_a_masthead_dates_the_article(masthead, headline_first):
    headline = "Bus drivers at Tarvik depot walk out over rosters"
    line = "Thursday, March 12, 2026"
    top = f"{headline}\n\n{line}" if headline_first else f"{line}\n\n{headline}"
    text = (f"{masthead}\n\n{top}\n\nBus drivers at the Tarvik depot walked out on Tuesday after talks over new "
            "rosters failed.\n\nUnion steward Pello Arrizabal told a local radio station on Tuesday that "
            "drivers had been asked to work split shifts of up to 13 hours.\n\n"
            "The operator said on Wednesday that replacement services would run from Friday.\n")
    assert cleaned(text).published == date(2026, 3, 12)
    stmts = statements_of(text)
    assert next(s for s in stmts if "split shifts" in s.content).when_start == date(2026, 3, 10)
    assert next(s for s in stmts if "replacement services" in s.content).when_start == date(2026, 3, 11)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Wednesday, May 13, 2026 | Vol. 12, No. 19 | $1.50", date(2026, 5, 13)),
        ("Saturday 4 April 2026 · Issue 2,114 · Rs. 40", date(2026, 4, 4)),
        ("Monday, June 1, 2026 | No. 312 | 24 pages", date(2026, 6, 1)),
    ],
)
def test_a_date_line_with_the_issue_number_and_price_dates_the_article(line, expected):
    # a community weekly's or a provincial daily's issue line: its volume, number and cover price
    # after the date, longer together than a clock time's note
    text = (f"THE RIVER VALE TIMES\nRiver Vale's own weekly since 1961\n{line}\n\nLOCAL NEWS\n\n"
            "Footbridge to stay shut\n\nby Brydrick Farrelly, Times staff\n\n"
            "The Mill Lane footbridge will stay shut all summer, the council said.\n")
    assert cleaned(text).published == expected
