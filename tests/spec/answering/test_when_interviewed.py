""""When was she interviewed?" is answered by the intro's "We spoke to her ... on 14 September": the
act in other words (the vocabulary's paraphrases) still owns the date. Invented article."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """# "The river is the club": the new captain of the Danube Rowing Club

*Interview by Pavel Orban*

Marta Illes became captain of the Danube Rowing Club in February 2025, after ten years coaching juniors at a school in Gyor. Within months she had sold two of the club's eight boats and fallen out with the city's sports office. We spoke to Illes by phone on 14 September. The conversation has been edited for length.

**You sold two boats. Why?**

Because nobody had rowed them since 2019. I would rather have coaches than boats in a shed.

**What about the sports office?**

They promised us a new jetty in June. We are still waiting.
"""


app = app_fixture("rowing.md", ARTICLE)


@pytest.mark.parametrize("question", ["When was the rowing club captain interviewed?", "On what date was Illes interviewed?"])
def test_the_interview_date_in_the_intro_answers_when_she_was_interviewed(app, question):
    answers(app, question, "14 September")
