"""A sentence that says the asked thing was withheld ("declined to say", "did not tell me how many",
"was not disclosed", "would not disclose a figure", "I'm not going to give you a number") is no
answer to it: the bot says the articles do not say, citing that sentence (an abstention). Nor is
"X has said nothing" an answer to "what did X say". Where the thing is given, it is answered."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.articles_withheld import BRIEF, LOCAL, SUCCESSION, TRANSCRIPT, WIRE
from tests.spec.answering.asks import answers, declines

COLUMN = """The hospital nobody wants to talk about

Column by Sarah Quinlan, 20 January 2025

When I rang the health board last week to ask how many beds had been closed at St Aidan's this winter, the press officer did not tell me how many. No figure was given either when I asked how long patients now wait for a hip operation.

What I do know is this: three wards have stood empty since November, and the car park is half full on a weekday.

The board's chief executive, Martin Hale, has said nothing in public since the autumn. His predecessor, Anne Brodie, told me last year that the hospital "would never close a ward without asking the town first".

An inspection report on the hospital is to be published in the spring. Until then, it is not known whether the closed wards will reopen.
"""

AGENCY = """Two killed in blast at Rovik chemical plant

ROVIK, Norway, Sept 9 (AP) — An explosion at a chemical plant in the western town of Rovik on Monday killed two workers, police said.

Officials did not say how many people were injured. The plant's owner, Fjord Chemicals, said it had shut the site while investigators searched the wreckage.
"""

wire = app_fixture("harlow.txt", WIRE)
column = app_fixture("hospital.txt", COLUMN)
local = app_fixture("millbrook.txt", LOCAL)
transcript = app_fixture("portavila.txt", TRANSCRIPT)
brief = app_fixture("carrow.txt", BRIEF)


@pytest.mark.parametrize("question", [
    "How many workers will lose their jobs at the Kestrel pit?",
    "How many jobs will Harlow Mining cut?",
])
def test_declined_to_say(wire, question):
    assert wire.answer(question).abstained


@pytest.mark.parametrize("question", [
    "How many beds were closed at St Aidan's this winter?",
    "How long do patients wait for a hip operation at St Aidan's?",
])
def test_a_columnist_not_told(column, question):
    declines(column, question)


def test_said_nothing_is_not_what_he_said(column):
    declines(column, "What did Martin Hale say about the closed wards?")


def test_what_someone_did_say_is_answered(column):
    answers(column, "What did Anne Brodie say about closing wards?", "asking the town")


@pytest.mark.parametrize("question", ["How much will the Millbrook bypass cost?", "What is the cost of the bypass?"])
def test_a_figure_not_disclosed(local, question):
    declines(local, question)


def test_not_going_to_give_a_number(transcript):
    declines(transcript, "How many households in Port Avila are still without clean water?")


def test_a_given_figure_in_the_same_transcript_is_answered(transcript):
    answers(transcript, "How much will each household in Port Avila get?", "40 dollars")


def test_a_cost_not_disclosed_is_no_answer_about_the_future(brief):
    declines(brief, "How much will the pay deal cost the Carrow bus company?")


def test_a_vote_given_is_answered(brief):
    answers(brief, "What did Dev Patel say about the deal?", "fair deal")


agency = app_fixture("rovik.txt", AGENCY)


def test_a_count_withheld_is_not_answered_by_another_count(agency):
    declines(agency, "How many people were injured in the Rovik blast?", "did not say how many")


def test_the_count_given_beside_it_is_answered(agency):
    answers(agency, "How many workers were killed in the Rovik explosion?", "two workers")


succession = app_fixture("kessler.txt", SUCCESSION)


@pytest.mark.parametrize("question", [
    "Who will replace Anna Roth at Kessler Foods?",
    "Who is buying Kessler's frozen pizza business?",
])
def test_who_withheld_is_not_the_withholder(succession, question):
    declines(succession, question)


def test_who_did_it_is_answered(succession):
    answers(succession, "Who thanked Anna Roth?", "Lang")
