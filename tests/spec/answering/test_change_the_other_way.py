""""How many seats did the Liberal Union gain?" where the party was "reduced to 14 seats": the false
premise is answered by what the article says of that party, not abstained on. Only the asked
subject's change counts: another party's loss says nothing of it."""

from bot.answering.predicate import predicate_of, reverses
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ELECTION = """Greens sweep Harlow council, win 30 of 52 seats

Harlow, May 6, 2025 (PTI) The Green Alliance on Monday won a clear majority in the Harlow District Council, taking 30 of the 52 seats, officials said.

The Liberal Union, which had 27 councillors in the outgoing council, was reduced to 14 seats. Independents won eight.
"""

EARNINGS = """Brevik Tools warns as demand weakens

OSLO, Feb 12 (Reuters) - Norwegian toolmaker Brevik Tools said on Wednesday its quarterly sales fell 6% to 480 million crowns, as builders cut orders.

Chief executive Lars Moe said he expected a better second half.
"""


election = app_fixture("harlow.txt", ELECTION)
earnings = app_fixture("brevik.txt", EARNINGS)


def test_the_asked_subject_changed_the_other_way():
    p = predicate_of("How many seats did the Liberal Union gain?")
    assert p.subj == "the liberal union"
    assert reverses("The Liberal Union, which had 27 councillors, was reduced to 14 seats.", p.lemma, p.subj)
    assert not reverses("The Green Alliance won 30 seats, while the Liberal Union was reduced to 14.", "gain", "the green alliance")


def test_a_gain_that_was_a_loss_is_answered_with_the_loss(election):
    answers(election, "How many seats did the Liberal Union gain in the Harlow election?", "14", "27")


def test_a_rise_that_was_a_fall_is_answered_with_the_fall(earnings):
    answers(earnings, "How much did Brevik Tools' quarterly sales rise?", "fell 6%")
