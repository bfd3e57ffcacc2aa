"""A question's verb for an act and the article's differ: "admitted" / "acknowledged", "got going" /
"started", "be in charge of" / "oversee". The sentence with the article's word answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Sea wall repairs fall behind at Harrowby

HARROWBY, 3 March 2026 — Sandbags lie in rows along the promenade at Harrowby, where winter storms have torn away a third of the old sea wall.

Petra Lindqvist-Oduya, chief engineer of the county's coastal works unit, said 9,000 tonnes of rock had been placed since January. She acknowledged the work had started late. "The money arrived after the first storm," she said.

Councillor Ines Varga, an official of the residents' panel, said it was too late to save the beach huts, and that the work on the car park had gone well.

The county has appointed Tobias Renfrew as coastal works manager. Its director, Agnes Mbeki-Hart, said he would oversee the rebuilding of the northern breakwater, due to begin in May.
"""

story = app_fixture("harrowby_sea_wall.txt", STORY)


def test_admitted_is_answered_by_acknowledged(story):
    answers(story, "Which engineer admitted that the sea wall work got going too late?", "Lindqvist-Oduya")


def test_in_charge_of_is_answered_by_oversee(story):
    answers(story, "What will the new coastal works manager be in charge of?", "northern breakwater")


def _says_otherwise(question: str, sentence: str) -> bool:
    from bot.answering.paraphrase import paraphrased, paraphrases_in
    from bot.answering.terms import stems

    return any(paraphrased(p, sentence, frozenset(stems(sentence))) for p in paraphrases_in(question))


def test_admitted_and_got_going_are_acknowledged_and_started():
    assert _says_otherwise("Which official admitted it was late?", "She acknowledged the delay.")
    assert _says_otherwise("When did the work get going?", "The work began in May.")


def test_what_caused_it_is_answered_by_traced_to():
    assert _says_otherwise("What caused the outage?", "The fault was traced to a worn cable.")


def test_a_who_answer_by_pronoun_cites_the_sentence_naming_the_person(story):
    answers(story, "Which engineer admitted that the sea wall work got going too late?",
            "chief engineer of the county's coastal works unit", "acknowledged")
