"""Readers type names and words from translated copy without the marks the article prints
("Tremeur" for "Trémeur", "facade" for "façade", "Zurich" for "Zürich"): the question still finds
the article's words, and a name no article holds, marked or not, is still unknown."""

import pytest

from tests.spec.answering.asks import answers, declines

CANNERY = """Published 12/06/2024 at 18:05

SAINT-ÉLOI-SUR-MER. The Kerhervé cannery will close at the end of September, the management told staff on Tuesday.

« The town will not let these families down », said the mayor, M. Anatole Quéméner, who has asked the prefect for a meeting.

A spokeswoman for the heritage office said the cannery's façade was « of outstanding importance » and should be kept.
"""


@pytest.fixture(scope="module")
def cannery(app_over):
    with app_over("cannery.txt", CANNERY) as app:
        yield app


def test_a_name_typed_without_its_accents_is_the_printed_name(cannery):
    answers(cannery, "What did Anatole Quemener say?", "let these families down")


def test_a_place_typed_without_its_accents_is_found(cannery):
    answers(cannery, "When will the Kerherve cannery close?", "end of September")


def test_a_word_typed_without_its_accent_matches(cannery):
    answers(cannery, "What did the spokeswoman say about the facade?", "outstanding importance")


def test_a_name_with_accents_still_matches(cannery):
    answers(cannery, "What did Anatole Quéméner say?", "let these families down")


def test_an_unknown_name_is_still_unknown_without_accents(cannery):
    declines(cannery, "What did Anatole Guillevic say?")
