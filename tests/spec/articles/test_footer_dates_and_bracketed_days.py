"""A print footer as the only date ("Published in <Paper>, November 12th, 2025"), and a weekday with its
date in brackets ("till Sunday (Nov 16)", "on Thursday (March 5)"), read right. Every article here is
invented."""

from datetime import date

import pytest

from bot.answering.dates import dated_phrase
from tests.spec.invented import cleaned, statements_of


@pytest.mark.parametrize("footer", ["Published in The Saltmarsh Courier, November 12th, 2025",
                                    "Published in the Saltmarsh Courier on 12 November 2025"])
def test_a_print_footer_alone_dates_the_article(footer):
    text = ("CITY | KESTRELPUR\n\nWater tankers for three wards\n\nOur Staff Reporter\n\n"
            "KESTRELPUR: The water board sent tankers to three wards on Tuesday after a main burst.\n\n"
            "Board director Anwar Saleemi said on Tuesday that repairs would take two days.\n\n"
            f"{footer}\n")
    assert cleaned(text).published == date(2025, 11, 12)
    assert next(s for s in statements_of(text) if "two days" in s.content).when_start == date(2025, 11, 11)


@pytest.mark.parametrize("sentence, published, label", [
    ("Schools will stay shut till Sunday (Nov 16), the minister said.", date(2025, 11, 12), "Sunday (16 November 2025)"),
    ("The hearing will resume on Thursday (March 5), the clerk said.", date(2026, 3, 2), "on Thursday (5 March 2026)"),
    ("The mayor said on Thursday (March 5) that the road would reopen.", date(2026, 3, 9), "on Thursday (5 March 2026)"),
])
def test_a_weekday_with_its_date_in_brackets_shows_that_date(sentence, published, label):
    assert label in dated_phrase(sentence, published)
