"""What-questions in the shapes unseen articles take: a speaker brought on by a sentence that says
nothing itself, whose quote follows ("X was blunter. '...,' they told me."); a question that names
its speaker the way a reader would ("as the director tells it", "in the coach's words"); a
"which side effect" whose verb the article writes otherwise; a name that owns the thing asked about
but does not do what is asked ("how do farmers pay for Acme's pumps")."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FEATURE = """The island that waited for a boat

By Morag Lindqvist

Published: 2 October 2024

The ferry to Skelra has not sailed since February. Islanders now rely on a fishing boat that carries eight passengers and no vehicles.

In a statement, Northway Ferries said a new vessel was "at an advanced stage of planning" and thanked the island for its patience.

A harbour official who has dealt with the company for twenty years, and who asked not to be named, was less patient. "Advanced stage means someone has opened a spreadsheet," they told me. "There is no shipyard and there is no budget."

The island's school has five pupils. Its teacher, Ruth Abernethy, says families with young children are the first to leave.
"""

WIRE = """Kelmford council delays tram line

KELMFORD, March 4 (Reuters) - Kelmford city council on Tuesday postponed a vote on its long-promised tram line for a third time, citing rising construction costs.

Council leader Dana Whitcombe said the project remained "a priority for this administration" and that a revised budget would be ready by the summer.

An engineer who worked on the original design study had a different view. "A priority that never gets a date is not a priority," he said. "The design is finished and has been for two years."

Local businesses have campaigned for the line since 2016.
"""

TRIAL = """Daily pill cut migraine days in large trial

By Anil Cheruiyot
Published May 6, 2025

A daily pill cut the number of migraine days by almost half over a year in a trial of 900 adults, researchers said on Monday.

Side effects were mostly mild. About 12% of volunteers on the pill reported dry mouth, against 4% on placebo, the researchers wrote. Nine volunteers stopped taking the pill early.

The company that makes the pill, Brevant Labs, paid for the study.
"""

PRESS = """FOR IMMEDIATE RELEASE

Tanuka Solar raises $12 million to expand village mini-grids

LUSAKA, Zambia, June 3, 2025 /PRNewswire/ -- Tanuka Solar, a maker of solar mini-grids for rural villages, today announced that it has raised $12 million in a funding round led by Copperbelt Impact Partners.

Tanuka Solar says households connected to its grids have cut their spending on kerosene by more than half.

Each connection is sold on a pay-as-you-go plan of 20 kwacha a week over two years, paid by mobile money.

"Most of the families we meet still buy kerosene they can barely afford," said Chipo Mwale, chief executive of Tanuka Solar.
"""


feature = app_fixture("skelra_ferry.txt", FEATURE)
wire = app_fixture("kelmford_tram.txt", WIRE)
trial = app_fixture("migraine_pill.txt", TRIAL)
press = app_fixture("tanuka_solar.txt", PRESS)


def test_a_described_speakers_quote_after_the_sentence_that_brings_them_on_is_answered(feature):
    answers(feature,
            "According to the unnamed harbour official, what does the ferry company's "
                            "'advanced stage' really amount to?",
            "opened a spreadsheet")


def test_the_quote_after_a_sentence_that_only_brings_a_speaker_on_in_a_wire_story(wire):
    answers(wire,
            "According to the engineer who worked on the design study, what does the council's 'priority' "
                         "amount to?",
            "never gets a date")


@pytest.mark.parametrize("question, speaker", [
    ("What reason did the letter give, as the festival director tells it?", "the festival director"),
    ("What went wrong in the second half, in the coach's words?", "the coach"),
    ("Why did the talks fail, by Marta Kowalski's account?", "Marta Kowalski"),
    ("How did the strike end, as the union leader put it?", "the union leader"),
    ("What happened at the meeting, as the mayor remembers it?", "the mayor"),
])
def test_a_speaker_named_the_way_a_reader_would_is_the_speaker_asked_about(question, speaker):
    assert analyse(question).speaker_phrase == speaker


@pytest.mark.parametrize("question", ["What is the plan as it stands?", "What happened to prices as the company saw demand fall?"])
def test_a_phrase_that_names_no_one_is_no_speaker(question):
    assert analyse(question).speaker_phrase is None


@pytest.mark.parametrize("question", [
    "Which side effect showed up more often among volunteers given the pill?",
    "What side effect turned up most in the pill group?",
])
def test_a_compound_asked_thing_named_by_the_article_is_not_abstained_on(trial, question):
    # No sentence says "showed up" / "turned up": the article names the side effects, then the one asked.
    answer = trial.answer(question, [])
    assert not answer.abstained
    assert "dry mouth" in answer.text or "Side effects" in answer.text


def test_a_name_that_owns_the_thing_asked_about_does_not_pick_its_own_statements(press):
    answer = press.answer("How do villagers pay for the Tanuka Solar connections?", [])
    assert not answer.abstained
    assert "mobile money" in answer.citations[0].text
    # The company's own announcement names it but says nothing of how anyone pays.
    assert "raised $12 million" not in answer.text
