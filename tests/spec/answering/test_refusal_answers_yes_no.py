"""A yes/no question about an act ("Will he commit to ...?", "Did the mayor agree to ...?") is answered
by the sentence refusing that act in any form ("He declines to give that commitment", "refused to
agree to one"), not by the host's or councillor's question repeating the act's words ("X asks Y
whether ..."), nor by a line sharing only its topic."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

RADIO = """Ferry fares: operator says rise was unavoidable

[AUDIO: 09:12]

Breakfast Show host Nyasha Pendleford speaks to the ferry operators' association chairman, Caradog Wyncoll.

Wyncoll says the rise is driven by fuel and the cost of dry-docking. "We held the fare all winter," he says.

Pendleford asks Wyncoll whether the association will commit to no further fare rises before the summer. Wyncoll dismisses that. He declines to give that commitment. "If fuel falls, we'll look again," he says.
"""

COUNCIL = """Flood inquiry call rejected

Councillors clashed on Tuesday night over last month's flooding in the lower town.

Councillor Ferelith Thornwick asked the mayor whether she would agree to a public inquiry into the flood defences. Mayor Honora Brackley refused to agree to one, saying the council's own review would report in the spring.

The flood defences were built in 1998 and repaired in 2019.
"""

shows = articles_fixture({"radio.txt": RADIO, "council.txt": COUNCIL})


def test_a_present_tense_refusal_answers_will_he_commit(shows):
    answers(shows, "Will the ferry operators commit to no further fare rises before the summer?", "declines to give that commitment",
            lacking="asks Wyncoll")


def test_a_past_refusal_answers_did_the_mayor_agree(shows):
    answers(shows, "Did the mayor agree to a public inquiry into the flood defences?", "refused to agree", lacking="asked the mayor")
