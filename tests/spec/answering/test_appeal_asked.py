""""What did X tell members (not) to do?" is answered by the sentence telling X's appeal ("He urged
members not to sell their ewes early"), not by X's other words that match the question only by name."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

WOOL = """Title: Wool price slump hits Tarrowby flocks
Date: 2026-08-11

Sheep farmers around Tarrowby say the price of raw wool has fallen so far that shearing now costs more than the fleece fetches.

At a meeting of about 60 farmers on Monday, Tarrowby Flockmasters' Guild chairman Ewart Torara-Holobel said the slump would pass.

He urged members not to sell their ewes early. "A flock takes ten years to build and a week to sell," he said.

Mr Torara-Holobel rejected that. He said the guild had warned the mills about imports last year.

A wool merchant in Dunhallow said buyers were holding back until the spring.
"""

wool = app_fixture("wool.txt", WOOL)

test_answers = table(answers, [
    ask("wool", "what did Ewart Torara-Holobel tell members not to do", "not to sell their ewes", id="appeal_not_to_act"),
])


def test_the_appeal_outweighs_words_matched_by_name_only():
    from bot.answering.appeals import weigh_appeals
    from tests.spec.invented import candidates_of_paragraphs

    cands = candidates_of_paragraphs(["Mr Torara-Holobel rejected that.", "The guild had warned the mills, Mr Torara-Holobel said.",
                                      "He urged members not to sell their ewes early."])
    weigh_appeals("what did Ewart Torara-Holobel tell members not to do", cands)
    assert max(cands, key=lambda c: c.score).text.startswith("He urged members not to sell")


def test_an_appeal_to_act_is_not_favoured_when_one_not_to_act_is_asked():
    from bot.answering.appeals import weigh_appeals
    from tests.spec.invented import candidates_of_paragraphs

    cands = candidates_of_paragraphs(["He urged members not to sell their ewes early.", "He told them to shear in June."])
    weigh_appeals("what did the chairman tell members not to do", cands)
    assert max(cands, key=lambda c: c.score).text.startswith("He urged members not to sell")
