"""A how-many question counts a noun that is also a speech word ("reports", "statements",
"complaints"): it asks for a number, not for what a described speaker said, so the count in a
sentence that calls the importer "the company" answers it."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """Phone chargers recalled after overheating

Recall summary
Product: Voltra travel charger, model VT-5
Hazard: The charger can overheat and melt.

As of April 2, the company has received 31 reports of the chargers overheating in Ireland, including 4 reports of minor burns. In Britain there have been 12 reports.

A consumer group, Safe Homes Ireland, said it had passed four complaints about melted plugs to the importer last year. "They knew for months," its director, Aoife Brannock, said.
"""


app = app_fixture("chargers.txt", ARTICLE)


def test_a_counted_speech_noun_is_no_question_about_speech(app):
    answer = app.answer("How many overheating reports has the importer received in Ireland?")
    assert not answer.abstained and "31" in answer.text.split("[1]")[0], answer.text
