""""next Thursday" is ahead, whatever the sentence's verb ("Polling day is next Thursday." has no
marker of a day ahead but "next"): that day of the coming week (said on a Tuesday, the Thursday of
the week after; "Thursday next" the coming one); "last Thursday" and a bare "Thursday" still read
backwards, as news uses them. Every sentence here is invented."""

from datetime import date

import pytest

from bot.answering.dates import dated_phrase
from index.statements.dates import resolve

TUESDAY = date(2026, 4, 28)


@pytest.mark.parametrize("phrase, day", [
    ("next Thursday", date(2026, 5, 7)),
    ("next Tuesday", date(2026, 5, 5)),
    ("next Monday", date(2026, 5, 4)),
    ("Thursday next", date(2026, 4, 30)),
    ("last Thursday", date(2026, 4, 23)),
    ("on Thursday", date(2026, 4, 23)),
])
def test_next_reads_forwards_and_last_or_bare_backwards(phrase, day):
    assert resolve(phrase, TUESDAY) == (day, day)


@pytest.mark.parametrize("sentence", [
    "Polling day is next Thursday.",
    "Voters go to the polls next Thursday, and the count follows on Friday morning.",
])
def test_a_sentence_without_a_future_verb_still_dates_next_thursday_ahead(sentence):
    assert "7 May 2026" in dated_phrase(sentence, TUESDAY)
