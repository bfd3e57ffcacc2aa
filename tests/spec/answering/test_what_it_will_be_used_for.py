""""What is the farmer going to use his barn for?" is answered by "he is turning it into a cider
press room": a use told by a verb of making one thing into another (index/vocabulary.yaml
`paraphrases`: use for / turn into / convert into), not by the sentences on the barn that share more
of the question's words. Every article is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BARN = """Choir loses its rehearsal barn

Published 2 February 2026

The Upper Wenlow choir must leave the barn at Velovan Farm, where it has rehearsed since 2009, by the end of March.

Farmer Aldo Ferrers, who owns the barn, told the choir in a letter last week that he needed the barn back. Choir secretary Rina Torister said the barn had been the choir's home for 17 years and that the farmer had never raised the rent.

Ferrers said he was not selling the barn. He is converting it into a press room for his cider business, and the builders start in April.

The choir will meet in the village school until it finds a new home.
"""

barn = app_fixture("barn.txt", BARN)


@pytest.mark.parametrize("question", [
    "what is aldo ferrers going to use his barn for",
    "what will the farmer use the barn for",
])
def test_the_use_is_what_it_is_made_into(barn, question):
    answers(barn, question, "press room")
