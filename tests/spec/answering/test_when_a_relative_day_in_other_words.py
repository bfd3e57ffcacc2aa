"""When-questions whose answer dates the act in other words and by a relative day: "When did the
letter reach her?" / "The letter landed on her doormat last Friday"; "were local politicians
briefed" / "Public representatives were briefed yesterday afternoon". A relative phrase for one day
("yesterday", "last Friday") is as good a date as a calendar one: the report's date resolves it, and
the answer states the resolved day. Invented articles."""

import pytest

from tests.spec.answering.asks import answers

PUB = """Landlord given notice to quit the Plough after 20 years

By Ola Brenner

Published: Tuesday 3 June 2025

A HEARTBROKEN landlady has hit out at a pub company for "pulling the pints out from under" her after twenty years behind the bar of the Plough in Harnwick.

The pub company, founded in 1901, was sold to an investment fund two years ago.

He added that the pub company had "spent more than £40,000 on the building" since 2019, including a new cellar.

The eviction letter landed on her doormat last Friday. Ida Brandt showed us the darts trophy she won in 2019.

A spokesman for the pub company said the tenancy would end on 1 July.
"""

CALL_IN = """Breakfast Call-In: Harnwick hospital night closures

Broadcast: Wednesday 21 January 2026

ADA LORNE (presenter): Good morning, it's Wednesday the 21st of January. The night ward at Harnwick hospital is to close from March.

ADA LORNE: Dr Brandt, when did you tell people about the closure?

DR IVO BRANDT: Public representatives were briefed yesterday afternoon, all of them together. Staff were told this morning.

ADA LORNE: Callers are angry. First on the line is Mary from Eastfield.
"""


@pytest.fixture(scope="module")
def pub(app_over):
    with app_over("plough.txt", PUB) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def call_in(app_over):
    with app_over("callin.txt", CALL_IN) as whosaid:
        yield whosaid


def test_a_letter_that_landed_last_friday_reached_him_that_day(pub):
    answers(pub, "When did the pub company's letter reach the landlady?", "30 May 2025")


def test_politicians_briefed_are_public_representatives_briefed_yesterday(call_in):
    answers(call_in, "On what date were local politicians briefed about the night closures?", "20 January 2026")


@pytest.mark.parametrize("question, other", [("When did the letter reach the landlady?", ("land",)),
                                             ("When were local politicians briefed?", ("public", "repres"))])
def test_the_act_or_the_people_in_other_words_are_one_paraphrase(question, other):
    from bot.answering.paraphrase import paraphrases_in

    assert any(other in p.others for p in paraphrases_in(question)), paraphrases_in(question)
