"""A weekday that names a kind of thing ("its Saturday hours", "the Sunday service", "our Friday
market") is no day of the sentence: it neither dates the statement nor shows as a date label, while
"on the Sunday before the vote" and "said Tuesday the man ..." still name days. Every article here is
invented."""

from datetime import date

import pytest

from bot.answering.dates import dated_phrase, future_day
from index.statements.dates import find_time_phrases
from tests.spec.invented import statements_of


@pytest.mark.parametrize("sentence", [
    "The Eastfield branch will keep its Saturday hours, and we are looking at a booking system.",
    "The parish will move its Sunday service to the school hall for the winter.",
    "Traders said the Friday market would close for good in the spring.",
    "Drivers will lose their Monday shifts under the new rota, the union said.",
])
def test_a_weekday_naming_a_kind_of_thing_is_no_date(sentence):
    assert not [t for t in find_time_phrases(sentence) if t.kind == "wday"]
    assert dated_phrase(sentence, date(2025, 5, 13)) is None
    assert future_day(sentence, date(2025, 5, 13)) is None


@pytest.mark.parametrize("sentence, phrase", [
    ("Police said Tuesday the man was arrested at the station.", "Tuesday"),
    ("The vote was held on the Sunday before the election.", "Sunday"),
    ("The council on Monday approved the plan.", "on Monday"),
    ("The board will meet Thursday to decide.", "Thursday"),
])
def test_a_weekday_that_names_a_day_is_kept(sentence, phrase):
    assert phrase in [t.text for t in find_time_phrases(sentence)]


def test_a_spokesperson_s_weekend_hours_sentence_is_dated_at_the_report():
    text = ("Kestrel Daily | Tuesday 13 May 2025\n\nPool to cut evening sessions\n\n"
            "Marrow Vale Leisure announced on Monday that its pool would close at 7pm from June.\n\n"
            '"The pool will keep its Saturday hours, and we are looking at a members\' evening," '
            "centre manager Gus Ollerenshaw said on Tuesday.\n")
    st = next(s for s in statements_of(text) if "Saturday hours" in s.content)
    assert st.when_start == date(2025, 5, 13)
