"""A minister named after a capitalised portfolio: "The Minister for Ports and Licensing, the Hon
NAME, said" (a courtesy title with its article between the portfolio and the name) and "The Minister
of Forests and Reefs, TITLE GIVEN SURNAME, announced" (a chiefly title first, a name the lexicon does
not know, no "said"). Both are the person a question calls "the licensing minister" or "the forests
minister", not another story's "Minister of Public Works". And a when-question answered by "Speaking
in the Assembly last Thursday, Mr X had said ..., but he gave no details at the time" is answered:
what he held back names nothing of when. Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

HARBOUR = """THE BELLMOOR COURIER
Bellmoor's daily newspaper

Local News | Wednesday 11th March 2026 | 07:05

Quay cafes face midnight cut-off for pavement tables

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their pavement tables at midnight from the start of
the summer, under rules announced by the Government yesterday.

The Minister for Ports and Licensing, the Hon Lucian Carbonell, said the rules would give "some quiet"
to the families living above the quay.

"Nobody is shutting anyone," Mr Carbonell said.

Speaking in the Assembly last Thursday, Mr Carbonell had said the Government was "ready to move before
the summer", but he gave no details at the time.

Wilhelmina Carbonell, who chairs the Quay Traders' Guild and is no relation of the minister, said her
members had not been asked.
"""

VALLEY = """THE RIVERMOUTH TIMES
"Straight from the valley"

Thursday, June 18, 2026

NEWS

Mill village still waiting for its bridge

By Dunstan Ndukwe

Efforts to reach the Minister of Public Works up to press time yesterday proved futile.

The village's headman, Bertram Telling, said the council had written three times.
"""

FORESTS = """THE ISLAND ECHO
The islands' own paper

Local

Villages told to fence goats away from young trees

By Teuila Fanene
3 October 2026, 7:30PM

The Minister of Forests and Reefs, Tuila'epa Losefo Amituanga, announced the plan on Tuesday after
meeting the heads of nine villages.

"A goat that eats your seedlings is your goat," Tuila'epa told the meeting.

He said the Ministry would not pay for fencing in the first year.
"""

app = articles_fixture({"quay.txt": HARBOUR, "valley.txt": VALLEY, "forests.txt": FORESTS})


def test_the_portfolio_before_a_courtesy_title_is_the_ministers(app):
    answers(app, "when did the licensing minister tell the assembly the government wanted to move before summer",
            "5 March", lacking="Public Works")


def test_a_chiefly_title_first_name_holds_the_portfolio_before_it(app):
    answers(app, "who is the reefs minister", "Amituanga")


def test_read_people_gives_both_ministers_their_portfolios():
    from index.article_people import read_people

    quay = {p.name: p.description for p in read_people(HARBOUR)}
    assert "Ports and Licensing" in quay["Lucian Carbonell"]
    forests = {p.name: p.description for p in read_people(FORESTS)}
    assert "Minister of Forests and Reefs" in forests["Tuila'epa Losefo Amituanga"]


def test_a_withholding_of_nothing_named_does_not_hide_the_day_told():
    from bot.answering.unknown import says_unknown

    said = ("Speaking in the Assembly last Thursday, Mr Carbonell had said the Government was ready to move "
            "before the summer, but he gave no details at the time.")
    assert not says_unknown("when did he tell the assembly the government would move", ("assembl", "govern", "move"), said)
    assert says_unknown("when will the bridge reopen", ("bridg", "reopen"),
                        "Speaking on Tuesday about the bridge, the minister did not say when.")
