"""A person described by words they said in a quote ("the biologist who called the ban the sensible
choice") is named from the ledger's speaker of that quote, though the quote's sentence names no
one; and a question whose own verb the parser took for a noun of the description ("... the
sensible choice work?", "... in a field work before joining X?") is cut before that verb."""

import pytest

from bot.answering.hops import described
from tests.spec.answering.asks import answers

ARTICLE = """Eel fishing banned on the Mondel estuary

ROSSPORT, 12 May 2025 - The regional fisheries board on Monday banned eel fishing on the Mondel estuary for three years.

Dr. Lena Ortiz, a marine biologist at Halvard University who was not involved in the decision, said warmer water had cut the number of young eels.

"Eels need cold water in their first years, and the estuary has been warming for decades," she said. "A ban like this is painful, but it is the sensible choice."

Fishers' leader Tom Reddin said the ban would cost 40 jobs.
"""


@pytest.mark.parametrize("question,phrase", [
    ("At which university does the biologist who called the ban the sensible choice work?",
     "the biologist who called the ban the sensible choice"),
    ("Where did the person who vowed that every coin would end up in a field work before joining Harvest?",
     "the person who vowed that every coin would end up in a field"),
])
def test_the_description_ends_before_the_questions_own_verb(question, phrase):
    assert described(question).phrase == phrase


def test_a_person_described_by_their_quote_is_named_by_its_speaker(app_over):
    with app_over("eel_ban.txt", ARTICLE) as whosaid:
        answers(whosaid, "At which university does the biologist who called the ban the sensible choice work?",
                "Halvard University")
