"""A name the question uses that only the headline holds ("Low Vistula strands barges") is still a
name the articles mention: the question is answered from the body, not refused as about something
no article names."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

ARTICLE = """Low Vistula strands grain barges as drought deepens

Barge traffic on the river's lower reaches has all but stopped after weeks without rain, shippers said on Tuesday.

Further downstream, the harbour master at Tczewo, Bronisław Kędzierski-Wolf, said 41 vessels were waiting at anchor near the estuary because of sandbanks. "I have not seen the channel this shallow in August in thirty years," he said.

Grain traders said freight rates had doubled in a fortnight, and that some cargoes were being moved to rail.

The water agency said levels would stay low until the autumn rains.
"""


app = app_fixture("low_river.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "How many vessels are waiting near the Vistula estuary, according to the harbour master?",
    "According to the harbour master, how many vessels are waiting at anchor on the Vistula?",
])
def test_a_name_only_the_headline_holds_is_mentioned(app, question):
    answers(app, question, "41 vessels", lacking="None of them mentions")


def test_a_name_neither_headline_nor_body_holds_is_still_unknown(app):
    declines(app, "How many vessels are waiting near the Danube estuary, according to the harbour master?",
             "Danube")
