"""A person described by what they did is found first, then asked about: also when the role is an
acronym the tagger reads as a name ("the MP who ...", "the CEO who ...") and when the question's own
verb follows the description ("... represents which constituency?")."""

import pytest

from bot.answering.hops import described
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DEBATE = """Water bill clears second reading after bad-tempered debate

The Water Companies (Accountability) Bill passed its second reading in the Commons on Tuesday by 301 votes to 212.

Opening for the government, the water minister, Callum Brightwater, said the bill would let regulators block bonuses at firms that polluted rivers.

Later in the debate the Green member for Harrowfield West, Tamsin Oakridge, called the water firms "a racket with a logo". She was asked by the Deputy Speaker to withdraw the word "racket", which she did, replacing it with "a closed shop".

The bill now goes to committee.
"""


app = app_fixture("water_bill_debate.txt", DEBATE)


@pytest.mark.parametrize("question, phrase", [
    ("The MP who was made to withdraw the word 'racket' represents which constituency?",
     "The MP who was made to withdraw the word 'racket'"),
    ("The CEO who resigned over the bonuses now runs which company?", "The CEO who resigned over the bonuses"),
])
def test_the_description_ends_where_the_questions_own_verb_starts(question, phrase):
    d = described(question)
    assert d is not None and d.phrase == phrase, d


@pytest.mark.parametrize("question", [
    "The MP who was made to withdraw the word 'racket' represents which constituency?",
    "Which constituency does the MP who was made to withdraw the word 'racket' represent?",
])
def test_the_mp_named_a_sentence_earlier_is_found_and_their_seat_given(app, question):
    answers(app, question, "Harrowfield West")


MINUTES = """ASHWORTH MAGNA PARISH COUNCIL

Minutes of the meeting of the parish council held in the Reading Room on Tuesday 4 March 2025 at 7.30pm

Present: Cllr Ada Thornbury (Chair), Cllr Gus Whitlow, Cllr Nell Saberton

25/030 Declarations of interest
Cllr Whitlow declared a non-pecuniary interest in item 25/032 as a trustee of the Ashworth Almshouse Trust.

25/031 Public participation
Mrs Ivy Pennock, of Brook Lane, told the council that vans using the lane as a short cut had damaged her garden wall.

25/032 Almshouse roof
RESOLVED to grant £4,000 to the Ashworth Almshouse Trust (Cllr Whitlow did not vote).

25/033 Brook Lane
Members discussed the concerns raised under 25/031. Cllr Whitlow said he had counted 40 vans in one hour on Brook Lane on 1 March.
RESOLVED that the Clerk write to the highways authority asking for a weight limit.
"""


minutes = app_fixture("ashworth_minutes_hop.txt", MINUTES)


@pytest.mark.parametrize("question", [
    "What did the councillor who is an almshouse trustee report about vans on the lane?",
    "What did the councillor who is a trustee of the almshouse trust say about Brook Lane?",
])
def test_the_person_found_is_asked_about_by_the_name_their_statements_carry(minutes, question):
    answers(minutes, question, "40 vans")
