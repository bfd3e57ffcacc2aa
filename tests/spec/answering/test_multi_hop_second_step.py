"""A question that names a person by what they said resolves them first, then answers about them: the
speaker of the line (not another name in it), then their age ("He is 71.") or where they were before
("formerly of a regional bank"), which their best-matching quote does not say."""

import pytest

from bot.answering.former import says_former
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

HARBOUR = """The last ferryman of Skellan

Every morning at six, for as long as anyone on the island can remember, the MV Puffin left the pier for the mainland.

"An island without a boat is a rock with a view," says Angus Rennie, who skippered the Puffin for thirty years. He is 71. "Take the boat away and the young ones go with it."

The Puffin was laid up in March when its engine failed, and no replacement has been found.

At a village meeting in 2018, when the Puffin first broke down, Rennie told a crowded hall: "If this boat goes, you will be holding these meetings in Oban." He says he takes no pleasure in having been right.

The island's school now has nine pupils.
"""

FUNDING = """Solara Pumps raises 40 million dollars

ACCRA, Ghana, May 5, 2025 /PRNewswire/ -- Solara Pumps, an Accra-based maker of solar water pumps for small farms, today announced that it has raised 40 million dollars.

The company also announced the appointment of Abena Owusu-Mensah, formerly of a regional savings bank, as Chief Financial Officer. "My job is to make sure every cedi of this round reaches a farm," Owusu-Mensah said.

Solara Pumps has installed 6,200 pumps since it was founded in 2018.
"""


def test_a_sentence_saying_where_someone_was_before():
    assert says_former("the appointment of A, formerly of a regional savings bank, as finance chief")
    assert says_former("Smith, who previously ran a hospital in Leeds, said")
    assert not says_former("The bank said on Monday that it would cut jobs.")


harbour = app_fixture("harbour.txt", HARBOUR)
funding = app_fixture("funding.txt", FUNDING)


@pytest.mark.parametrize("question", [
    "How old is the man who warned at a 2018 meeting that people would be holding meetings in Oban?",
    "How old is the skipper who warned that people would be holding their meetings in Oban?",
])
def test_the_age_of_the_man_who_said_it(harbour, question):
    answers(harbour, question, "71")


@pytest.mark.parametrize("question", [
    "Where did the woman who promised that every cedi would reach a farm work before she joined Solara Pumps?",
    "Where did the executive who said every cedi would reach a farm work previously?",
])
def test_where_the_person_who_said_it_was_before(funding, question):
    answers(funding, question, "savings bank")
