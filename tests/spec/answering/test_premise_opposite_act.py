"""A why-question that takes an act for granted ("why did the assembly back the plan", "why did the
guild accept the fine") is corrected by the sentence where the opposite act is done to the same thing,
written in the article's own words ("voted 15-6 to oppose a proposal", "will challenge the fine in
court"), when the article never tells the act asked."""

import pytest

from tests.spec.answering.asks import answers

PAPER = """Title: Assembly votes 15-6 against parking fee plan
Date: 2026-03-12

The Graduate Assembly voted 15-6, with one abstention, on Tuesday night to oppose a new university proposal that would charge students for parking at the Millbrook lots from next autumn.

Assembly chair Renata Okwuosa '26 said after the vote that students had learned of the proposal from a newsletter.

The assembly also voted 20-0 to fund extra night buses.
"""

BRIEF = """Title: Fishers' guild to fight harbour fines
Date: 2025-10-02

VARNEMOUTH: The harbour authority on Wednesday fined 14 trawler owners a total of Rs2.4 million for unlicensed landings at the east quay.

Harbour master Idris Falconetti told reporters the owners had been warned twice.

Meanwhile, the Varnemouth Fishers' Guild has announced it will challenge the fines in the provincial High Court.

Guild secretary Basheer Tollamal claimed the authority had not checked the landing logs before fining the owners.
"""


@pytest.fixture(scope="module")
def paper(app_over):
    with app_over("assembly.txt", PAPER) as app:
        yield app


@pytest.fixture(scope="module")
def brief(app_over):
    with app_over("harbour.txt", BRIEF) as app:
        yield app


def test_backing_asked_is_corrected_by_the_vote_to_oppose(paper):
    answers(paper, "Why did the Graduate Assembly unanimously back the parking fee rule?", "15-6", "oppose",
            starting="The articles do not say so")


def test_acceptance_asked_is_corrected_by_the_challenge(brief):
    answers(brief, "Why did the fishers' guild accept the harbour fines?", "challenge the fines",
            starting="The articles do not say so")


def test_an_act_told_is_answered_as_usual(paper):
    answers(paper, "Why did the assembly oppose the parking proposal?", "15-6", lacking="do not say")
