"""What- and multi-hop questions whose answer the articles give in words the checks misread:

- "What payment will each family receive?": a "-ment" noun names a thing, not a person (a role).
- "How many families lost power?": "A family that expected ..." to come does not stand for every
  sentence naming the families ("families" is the plural of "family").
- "the farmer whose paddock fence was swept away": what was theirs is part of the description.
- "the son of the pensioner who lives six miles from a chemist ... live?": the question's own last
  verb is not read into the description, and the pensioner's "My son lives in Swansea, so who ...?"
  tells where, though it ends in a question.
- "the relative who issued a statement": "his sister ... said in a statement", and "for twenty
  years" is a duration.
"""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Flood leaves Lanivet valley villages cut off

TRESILLIAN, 4 February 2025 - At least 340 families in the Lanivet valley lost power after the river burst its banks on Sunday, the district council said.

Each family will receive a hardship grant of 500 pounds, council leader Hedra Tregellis told reporters. "Nobody will be left to cope with this alone," she said.

Farmer Idris Carnsew, 61, said the water had carried away the fence of the paddock where he keeps his ewes. "A family that expected to sell 30 lambs this spring will now sell perhaps 15," he said.

Retired postman Alun Trewin, who lives six miles from the nearest chemist, says the flood has cut his only road.

Trewin said: "My son lives in Swansea, so who is going to fetch my prescriptions?"

Rescue teams are still searching for a walker who went missing on Sunday. His sister, Kerensa Bolitho, said in a statement released through police: "Jory has walked that path every morning for twenty years. He knew the river better than anyone."

The council said pumps would be brought in from neighbouring districts by Thursday.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("valley_flood.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_thing_ending_like_a_job_is_asked_for_as_a_thing(app):
    from bot.answering.question import kind_of

    assert kind_of("What payment will each affected family receive?") == "what"
    assert kind_of("Which settlement did the court approve?") == "what"
    assert kind_of("Which resident complained?") == "who"
    answers(app, "What payment will each affected family receive?", "500 pounds")


def test_a_plural_named_elsewhere_is_not_only_ahead(app):
    answers(app, "How many families lost power in the valley?", "340")


def test_what_was_theirs_describes_them(app):
    answers(app, "How old is the grower whose paddock fence was washed away?", "61")


def test_the_questions_last_verb_is_not_the_descriptions(app):
    answers(app, "Where does the son of the pensioner who lives six miles from a chemist live?", "Swansea")


def test_a_relative_is_named_by_the_kin_word_and_years_in_words_are_a_duration(app):
    answers(app, "For how many years had the missing walker used that path, according to the relative who issued a statement?",
            "twenty years")


def test_the_description_ends_before_the_questions_misread_verb():
    from bot.answering.hops import described

    d = described("Where does the daughter of the pensioner who lives four miles from a shop live?")
    assert d is not None and d.phrase.endswith("from a shop"), d


def test_a_head_noun_is_matched_by_its_kinds_as_whole_words():
    from bot.answering.hops import _head_words

    assert _head_words("relative").search("His sister, Kerensa Bolitho, said")
    assert _head_words("official").search("the council's director said")
    assert not _head_words("official").search("The mayor's office declared a calamity")
