""""What did the Ondara State governor say?" where the article names the governor but quotes only
his commissioner: the governor said nothing in it. A capitalised "State" in the description is
part of a name, not a speech verb, and an adverb ("personally") is not part of who."""

from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

NEWSPAPER = """Ondara bans street trading on 9 roads

Published 4th June, 2025

The Ondara State Government has banned street trading on nine major roads in Kaduma, the state capital, with effect from Monday, 16th June, 2025.

The Commissioner for Commerce, Mr Tunde Bakare, disclosed this on Tuesday while briefing journalists in Kaduma. He said the ban had been approved by the governor after a series of accidents involving hawkers.

"We cannot continue to watch our people die on these roads," the commissioner said.

Reacting, the chairman of the Kaduma Traders Association, Alhaji Sani Bello, described the ban as "harsh and sudden".
"""

WIRE = """Governor's office backs river clean-up

PORTVALE, April 2 - The Halden County council will spend $4 million cleaning the Mara river, its finance chief, Laura Whitcombe, said on Wednesday.

The plan was drawn up after Governor Paul Dressler visited the river last month, Whitcombe said. "The money is there; the will is there," she told reporters.
"""


newspaper = app_fixture("ondara.txt", NEWSPAPER)
wire = app_fixture("halden.txt", WIRE)


def test_a_capitalised_state_is_part_of_the_description():
    q = analyse("What did the Ondara State governor personally say about the ban?")
    assert q.speaker_phrase == "the Ondara State governor" and q.role_head == "governor", q


def test_a_governor_named_but_never_quoted_said_nothing(newspaper):
    declines(newspaper, "What did the Ondara State governor personally say about the street trading ban?")


def test_the_commissioner_who_is_quoted_answers(newspaper):
    # (the ledger names him: "The Commissioner for Commerce, Mr Tunde Bakare, ... the commissioner said")
    answers(newspaper, "What did the commissioner say about the ban?", "Bakare")


def test_a_governor_who_only_visited_said_nothing(wire):
    declines(wire, "What did the governor personally say about the river clean-up?")
