"""A letters page names each writer only in the sign-off line under the letter ("Senara Tolverne,
Gorran"), which the passages leave out: a follow-up that names her ("How many did Senara Tolverne
count?") asks about someone the articles do mention, and her letter answers."""

import pytest

from index.models import Turn
from tests.spec.answering.asks import declines

ARTICLE = """THE WHERRY GAZETTE | LETTERS | 04.11.2025

Write to us at the Gazette office, Quay Street, Gorran. Letters may be shortened.

Buses leave the village behind

Sir, in his letter of 28 October, Mr Daniel Pendower wrote that villagers "never use the bus anyway". The new timetable cuts the Gorran bus from six journeys a day to three. The operator calls this "a sensible change". For those of us without cars it is nothing of the kind.

I stood at the stop outside the chapel last Monday and counted 17 people waiting for the eight o'clock bus, most of them going to work in Kenwyn.

If the operator wants fewer passengers, it is going about it the right way.

Senara Tolverne, Gorran

Parking on the quay

Sir, the council should paint proper bays on the quay before the summer.

Colan Wherry, Gorran
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("letters.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_writer_named_only_in_her_sign_off_is_asked_about(app):
    history = [Turn("Who wrote about people waiting for the bus?", answer_text="Senara Tolverne, of Gorran.")]
    answer = app.answer("How many did she count?", history)
    assert not answer.abstained and "17" in answer.text, answer.text


def test_an_earlier_letter_quoted_by_the_writer_is_no_reply_to_her(app):
    # Pendower wrote before her letter, which quotes him: the articles report no reply of his.
    declines(app, "How did Daniel Pendower reply to Senara Tolverne's letter?")
