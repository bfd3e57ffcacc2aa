"""A why-question that takes as refused or lacking what the article tells as had: "Why did the minister
reject an independent inquiry?" where "The inquiry will be chaired by a judge from outside the
ministry, so it will be independent"; "Why was the rider out without a helmet?" where "She was wearing a
helmet and a hi-vis jacket". The answer says the articles do not say so and cites that line. A
refusal the article tells is still answered with its reason."""

import pytest

from tests.spec.answering.asks import answers

APPEAL = """Title: Appeal after horse rider hurt on lane
Date: 2025-09-03

Officers are appealing for witnesses after a horse rider was seriously hurt on Tansley Lane near Cresford on Sunday afternoon.

The rider, a 52-year-old woman, was taken to hospital with a broken hip.

Her son, Marek Dobrowski, said in a statement: "Mum has ridden that lane every week for twenty years. She was wearing a helmet and a hi-vis jacket, and the driver did not even slow down."
"""

BRIEFING = """Title: Minister orders inquiry into ferry grounding
Date: 2025-10-15

The Transport Minister, Halvard Eikeland, said today that he had ordered an inquiry into the grounding of the Skarvoy ferry last week.

"The inquiry will be chaired by a judge from outside the ministry, so it will be independent," he said.

The ferry operator's bid for a new route was rejected by the port board because its safety plan was incomplete.
"""


@pytest.fixture(scope="module")
def appeal(app_over):
    with app_over("appeal.txt", APPEAL) as app:
        yield app


@pytest.fixture(scope="module")
def briefing(app_over):
    with app_over("briefing.txt", BRIEFING) as app:
        yield app


def _corrected(app, question: str, holding: str):
    answer = answers(app, question, holding)
    assert answer.text.startswith("The articles do not say"), answer.text


def test_a_thing_had_corrects_without(appeal):
    _corrected(appeal, "Why was the injured rider out without a helmet?", "wearing a helmet")


def test_a_thing_granted_corrects_a_refusal(briefing):
    _corrected(briefing, "Why did the Transport Minister reject an independent inquiry?", "it will be independent")


def test_a_refusal_told_is_answered(briefing):
    answers(briefing, "Why did the port board reject the ferry operator's bid?", "safety plan was incomplete")


FLOODS = """Title: Mayor rejects calls for flood inquiry
Date: 2025-02-11

The mayor of Lindqvarn, Sunniva Haug, has rejected calls for an independent inquiry into last month's flooding, saying the council's own review would be enough.

An independent inquiry would cost the town at least 300,000 crowns, she said.
"""


@pytest.fixture(scope="module")
def floods(app_over):
    with app_over("floods.txt", FLOODS) as app:
        yield app


def test_a_refusal_of_the_thing_told_is_not_corrected(floods):
    answer = answers(floods, "Why did the mayor reject an independent inquiry?", "own review")
    assert not answer.text.startswith("The articles do not say"), answer.text
