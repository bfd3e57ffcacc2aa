"""A comparison of what each side gives ("regional vs district contribution?", "How does the state
grant compare with the club's own funding?") asks for each side's sum, as "how much" would: money
given is a figure, and a sentence without one answers neither side."""

import pytest

from bot.answering.compare_halves import asks_figures
from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Quayside footbridge to be rebuilt with joint funding

The Orrinford quayside footbridge will be rebuilt next year under a joint funding agreement announced on Tuesday.

The regional government is providing $4.2 million through its Small Ports Fund, and the district council is providing $1.3 million from its reserves.

"This is what it looks like when the regional government listens to the people who use the harbour," said the ports minister, Halvard Quintrell-Abey.

"The district council has wanted this bridge mended for a decade and we are glad to put our own money in," said the council leader, Senna Marwick-Doyle.
"""

CLUB = """Rowing club's boathouse saved

Lintmere Rowing Club will keep its boathouse after the state sports board awarded it a grant of £380,000 towards the repairs, the club said.

The club is adding £95,000 of its own funding, raised through sponsored rows and a winter auction, the club's captain, Ottoline Brask, said.

"The state grant was the difference between closing and carrying on," Ms Brask said. "Our own funding showed the board we meant it."
"""

release = app_fixture("footbridge_funding.txt", RELEASE)
club = app_fixture("boathouse_grant.txt", CLUB)


@pytest.mark.parametrize("question", [
    "regional vs district contribution?",
    "How does the state grant compare with the club's own funding?",
])
def test_money_given_on_each_side_asks_for_figures(question):
    q = analyse(question)
    assert q.kind == "compare" and asks_figures(q)


def test_a_comparison_of_views_asks_for_no_figures():
    assert not asks_figures(analyse("How did the minister's view of the bridge differ from the council leader's?"))


def test_a_terse_comparison_of_contributions_gives_both_sums(release):
    answers(release, "regional vs district contribution?", "$4.2 million", "$1.3 million")


def test_a_grant_against_own_funding_gives_both_sums(club):
    answers(club, "How does the state grant compare with the club's own funding?", "£380,000", "£95,000")
