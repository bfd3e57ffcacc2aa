"""What-questions on an invented article: the speaker's quote runs on over sentences, a described
speaker answers in other words than the question's verb, a topic's qualifiers may be paraphrased,
and an organisation asked about by description answers before other speakers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies


ARTICLE = """Harwick engineer resigns over bridge, mill to close

By Tomasz Lenk

Published: 14 May 2023

The owner of the last textile mill in Harwick said on Wednesday it would close the plant in June, cutting 430 jobs.

"We kept it open longer than any business case allowed," plant manager Isobel Tarrant told reporters at the gate. "Energy costs have tripled since 2021. No order book can carry that."

An independent inspector who examined the Kestrel Street bridge in March, Lars Bekker, told the Harwick Gazette that the structure was "safe for now" but that corrosion in two of its steel supports needed attention within eighteen months.

Residents of Kestrel Street said they saw sparks from a water pump near the bridge shortly before the flood started.

In a statement on Tuesday, Vessel Water Trust, which runs the pump, denied that its equipment had caused the flooding. The trust said its pumps had been serviced in April and that "no fault was logged on that pump on Monday."

Council leader Priya Dhanoa said the council had set aside 2.2 million pounds for repairs next year.
"""


app = app_fixture("harwick.txt", ARTICLE)


def test_a_quote_over_several_sentences_is_answered_to_its_end(app):
    replies(app, "What did the plant manager say about energy costs?", "tripled", "No order book can carry that")


def test_a_described_speaker_answers_in_other_words_than_the_question(app):
    # "find": the inspector "told the Gazette that ..."; no sentence says "found".
    answers(app, "What did the independent inspector find?", "safe for now")


def test_an_organisation_asked_about_by_description_answers_before_other_speakers(app):
    # The topic is "the pump"; "the day the flood began" is written "on Monday", "the flooding".
    answer = app.answer("What did the water company say its logs showed about the pump on the day the flood began?", [])
    assert "no fault was logged" in answer.text
    assert "Residents" not in answer.text.split("[1]")[0]
