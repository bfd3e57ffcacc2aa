""""What injury kept the keeper out of the final?" asks for a thing of a kind (an injury): the sentence
telling it ("had torn a hamstring in training") answers, not the one saying the keeper is out, which
holds more of the question's words. A past verb without "-ed" ("kept") ends the noun phrase after
"what", so the question asks for no person ("the keeper" is not the role asked). Every article is
invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BLOG = """Falith Belorne 2-1 Dunmere Dippers: league final as it happened

Published 17 May 2026

19:02 Team news. Belorne keeper Ola Torundy is out of the final. The club said this afternoon that she had torn a hamstring in training on Thursday. Pia Stott keeps goal for the Belorne.

19:15 Kick-off at a packed Nelavine Road, with the Belorne kicking towards the river end.

19:40 GOAL. The Dippers lead through a header from Kaz Mendel.
"""

HEARING = """Bowls club member banned for a year

Published 3 July 2026

The county bowls board has banned a club member for a year after he left a league match eleven times.

He told the hearing that he had left the green because of a bad back and that he had taken painkillers each time. The board's report said the member had gone to the car park on each occasion.
"""

blog = app_fixture("blog.txt", BLOG)
hearing = app_fixture("hearing.txt", HEARING)


@pytest.mark.parametrize("question", [
    "what injury kept the herons keeper out of the final",
    "what injury ruled the herons keeper out of the final",
])
def test_the_kind_asked_is_told(blog, question):
    answers(blog, question, "hamstring")


def test_a_kind_no_sentence_names_leaves_the_other_words_to_pick(hearing):
    # no sentence calls the bad back an excuse: the question's other words pick the sentence
    answers(hearing, "what excuse did the member give for leaving the green so often", "bad back")
