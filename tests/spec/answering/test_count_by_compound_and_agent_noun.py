"""Word-level matches of a count question: "how many palm trees" is answered by "31 of his palms" (the
compound's first noun alone, in the plural, is the thing counted), and "the old farmer" is the man "who
owns a ten-acre farm" (an agent noun's base word names what its person does). The article is invented."""

from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """THE COAST ROAD TIMES
Tuesday 10 February 2026

Beetle outbreak destroys hundreds of date palms

FARMERS in Qalhat yesterday called for emergency action after a beetle outbreak destroyed more than 200 date palms in the past three months.

Some of the trees were more than 50 years old, according to farm owners, who say they have been waiting since October for spraying teams.

Salim Al Harthy, 68, who owns a ten-acre farm near the coast road, said he had cut down 31 of his palms since October.

A spokesman for the agriculture directorate said spraying would begin next week.
"""

app = app_fixture("qalhat_palms.txt", ARTICLE)


def test_the_compounds_first_noun_in_the_plural_counts_the_thing():
    from bot.answering.counting import counts_by_modifier

    q = analyse("how many palm trees has the old farmer had to cut down")
    assert counts_by_modifier("he had cut down 31 of his palms since October", q)
    assert not counts_by_modifier("he had cut down 31 of his olive trees since October", analyse("how many palm groves are left"))


def test_an_agent_noun_is_present_where_its_base_word_is():
    from bot.answering.agent_nouns import agents_present

    assert agents_present(("old", "farmer"), frozenset({"own", "farm", "old"}), "who owns a farm") == {"farmer"}
    assert not agents_present(("farmer",), frozenset({"far", "coast"}), "far up the coast")
    # "the playing hall" names no player: the base must be written as itself
    assert not agents_present(("player",), frozenset({"play", "hall"}), "he had left the playing hall")


def test_how_many_the_described_farmer_cut_down(app):
    answers(app, "how many palm trees has the old farmer in Qalhat had to cut down", "31", starting="Salim Al Harthy")
