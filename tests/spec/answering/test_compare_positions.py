"""Where two people stand on something is a comparison of their positions, not a place; and a side
of a comparison is found where the question puts it ("X's view of the bill's money differ from the
minister's": the minister is the second side, the bill is what X spoke of), its figure too."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

MINUTES = """MARLOW FENN PARISH COUNCIL

Minutes of the meeting of the parish council held in the Reading Room on Tuesday 4 March 2025 at 7.30pm

Present: Cllr Ada Thornbury (Chair), Cllr Piers Ollerenshaw, Cllr Nell Saberton, Cllr Gus Whitlow

25/031 Finance
The Clerk reported that reserves stood at £48,900. She said the precept would rise by about 4% if the council took over the grass cutting from the district. Cllr Ollerenshaw said the verges were "a disgrace every summer" and that the council should take the work on at any price. Cllr Saberton disagreed, saying villagers should not "be billed twice for one mower".
RESOLVED to seek quotes before the April meeting (proposed Cllr Whitlow, seconded Cllr Thornbury; carried unanimously).

25/032 Village hall roof
Cllr Saberton said the hall roof had leaked "in every storm since Christmas" and asked for a survey.
"""

DEBATE = """Ferry bill passes first vote after heated debate

The island ferries bill passed its second reading in the assembly on Wednesday by 41 votes to 29.

Opening the debate, the ports minister, Tobiah Quenneville, told members that half of the island crossings now ran late and that the bill would give the islands' councils "the timetable and the tickets".

He told the chamber that the government would put aside €95m over four years for councils that took over crossings, and that the first council-run ferries could sail in 2027.

The opposition's islands spokeswoman, Marit Lindqvist-Orr, said the money was "a tip, not a budget". "The minister is giving the councils a ferry with no fuel," she said.
"""


minutes = app_fixture("parish_minutes.txt", MINUTES)
debate = app_fixture("ferry_bill_debate.txt", DEBATE)


@pytest.mark.parametrize("question", [
    "Where did Ollerenshaw and Saberton each stand on the council taking over the grass cutting?",
    "Where do Ollerenshaw and Saberton stand on taking on the grass cutting?",
])
def test_where_two_people_stand_is_a_comparison_of_positions(question):
    q = analyse(question)
    assert q.kind == "compare" and q.asks != "place" and len(q.sides) == 2, (q.kind, q.asks, q.sides)


def test_where_one_person_stands_is_what_they_think():
    q = analyse("Where does the mayor stand on the parking levy?")
    assert q.kind == "what" and q.asks != "place"


def test_a_real_where_question_still_asks_for_a_place():
    assert analyse("Where did the two councillors stand during the vote?").kind == "where"


def test_the_second_side_who_disagreed_is_answered_from_the_disagreeing_clause(minutes):
    answers(minutes, "Where did Ollerenshaw and Saberton each stand on the council taking over the grass cutting?",
            "disgrace every summer", "billed twice")


@pytest.mark.parametrize("question, second", [
    ("How did the islands spokeswoman's view of the bill's money differ from the minister's?", ("minist",)),
    ("How does the opposition spokeswoman's view of the government's money compare with the minister's?", ("minist",)),
])
def test_each_half_of_the_question_holds_one_side(question, second):
    assert analyse(question).sides[1] == second


def test_the_second_side_brings_its_own_figure_for_the_money_asked_about(debate):
    answers(debate, "How did the islands spokeswoman's view of the bill's money differ from the minister's?",
            "a tip, not a budget", "€95m")
