"""A question that puts a statement on the wrong day or in the wrong mouth is answered with what
the articles do say, cited, and says that the premise is wrong."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """---
title: Orchard growers warn of frost losses
published: 2025-04-17
---

Apple growers in the Brenner valley could lose half of this year's crop after two nights of hard frost, their association said on Wednesday.

"The blossom is brown on most trees. We have not seen damage like this in twenty years," Lotte Varga, who chairs the Brenner Fruit Growers Association, said on Wednesday.

Agriculture commissioner Davor Illic said on Tuesday that emergency loans would be available to growers who lost more than a third of their harvest.

Varga said the association would ask for compensation of 40 million euros.
"""


app = app_fixture("frost.md", ARTICLE)


def test_the_wrong_day_is_corrected_with_the_day_the_articles_give(app):
    answer = answers(app, "What did Illic say on Thursday?", "do not report")
    assert "Tuesday" in answer.text and "emergency loans" in answer.text, answer.text


def test_the_right_day_is_answered_without_a_correction(app):
    answers(app, "What did Illic say on Tuesday?", "emergency loans", lacking="do not report")


def test_the_wrong_speaker_is_corrected_with_the_one_who_said_it(app):
    answer = answers(app, "Did Illic say the association would ask for compensation of 40 million euros?",
                     "do not report Illic")
    assert "Lotte Varga" in answer.text and "40 million" in answer.text, answer.text


def test_the_right_speaker_is_answered_without_a_correction(app):
    answers(app, "Did Varga say the association would ask for compensation?", "compensation", lacking="do not report")
