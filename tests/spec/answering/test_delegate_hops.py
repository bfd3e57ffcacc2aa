""""What post does the delegate who denied any village lost its licence hold?": a delegate is a
person described by what they did (the right-of-reply turn is the named minister's), and a clause
the parser cuts short runs on to the question's own verb after its "does"."""

import pytest

from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_meetings_coverage_delegates import (
    COVERAGE,
)


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("coverage.txt", COVERAGE) as whosaid:
        yield whosaid


def test_the_delegate_described_by_a_denial_is_named_and_their_post_given(app):
    answers(app, "What post does the delegate who denied any village lost its licence hold?", "Minister for Fisheries")


def test_the_clause_stops_at_the_questions_own_verb_when_the_parser_found_it():
    from bot.answering.hops import described

    d = described("What did the cyclist who was badly hurt at the river crossing say about the crash?")
    assert d is not None and d.phrase == "the cyclist who was badly hurt at the river crossing", d
