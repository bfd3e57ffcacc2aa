"""A who-question about a deed ("who voted against", "who drafted") is answered by the sentence
that reports that deed (its verb, preposition and object), not by one sharing its nouns, and
not by a statement that merely mentions the object."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """Harlow board adopts four-day school week

By Tessa Lund | August 12, 2025

The Harlow school board voted 5-2 on Monday to adopt a four-day school week from September, the first district in the state to do so.

Board chair Wendell Osei said the change would save about $900,000 a year in transport and heating costs. "This is about keeping good teachers," he said.

Trustee Carmen Ridley, one of the two trustees who voted against it, said working parents had not been consulted.

The plan was drafted by superintendent Lorna Vasquez over the spring, after a survey of staff.

"A shorter week will not mean less learning," Vasquez told parents at a meeting last week.
"""


app = app_fixture("school_week.txt", ARTICLE)


def test_who_voted_against_names_the_person_who_did(app):
    answer = app.answer("Who voted against the four-day school week?")
    assert not answer.abstained and "Ridley" in answer.citations[0].text, answer.text
    assert "Osei" not in answer.text, answer.text


def test_who_drafted_the_plan_is_answered_by_the_sentence_of_the_drafting(app):
    answer = app.answer("Who drafted the plan?")
    assert not answer.abstained and "drafted by superintendent Lorna Vasquez" in answer.citations[0].text, answer.text


def test_a_deed_question_is_parsed_into_verb_preposition_and_object():
    from bot.answering.deeds import deed_of

    deed = deed_of("Who voted against the budget?")
    assert (deed.verb, deed.prep, deed.obj) == ("vote", "against", "budget")
    assert deed_of("Who said the plan would save money?") is None
