""""How is X related to Y?": the answer is the sentence that sets a relative's word beside X's name
("Her niece, Wren Haverlock, keeps ..."; "Wren Haverlock, her niece, ..."), not a sentence sharing the
question's other words. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Last ferry skipper on the loch hangs up her cap

Published: 9 March 2026

Along the loch, crofters now wait days for a ferry that will carry a tractor. Captain Maelle Haverlock, 69, has run the Kerrera ferry for 41 years and says the coming season will be her final one.

In 2012, three boats worked the loch; today Haverlock's boat works alone. Her niece, Wren Haverlock, keeps 300 sheep at Glenvarra.

Wren Haverlock says a haulier is already booked for the autumn sales.
"""

app = app_fixture("loch.txt", ARTICLE)


def test_the_sentence_giving_the_tie_answers(app):
    answers(app, "How is the crofter Wren related to the retiring skipper?", "niece")


def test_a_question_naming_no_tie_is_not_weighed():
    from bot.answering.kin_relation import asked_party

    assert asked_party("how is Wren related to the skipper?") == ["Wren"]
    assert asked_party("What relation is Wren to Maelle?") == ["Wren"]
    assert not asked_party("How is Wren doing after the sale?")
