"""A described speaker the passages do not report: the role and the names qualifying it must meet
in one passage ("the Northfield manager" is not "the Southbury manager" after a Northfield game)."""

from bot.answering.candidates import candidates_of
from bot.answering.roles import unknown_role
from bot.answering.question import analyse
from index.models import Chunk, ScoredChunk, Span
from tests.spec.invented import candidates_of_paragraphs

PARAGRAPHS = [
    "Southbury manager Tom Ealing said his players had been \"flat\" in Saturday's 2-0 defeat.",
    "The Northfield game was watched by a crowd of 9,120, the smallest of the season.",
]


def _unknown(question: str) -> bool:
    return unknown_role(analyse(question), candidates_of_paragraphs(PARAGRAPHS), {}, lambda _t: 1.0)


def test_a_role_qualified_by_a_name_no_passage_joins_to_it_is_unknown():
    assert _unknown("What did the Northfield manager say after the game?")


def test_the_role_with_its_own_qualifier_is_known():
    assert not _unknown("What did the Southbury manager say after the game?")


def test_an_unqualified_role_some_passage_names_is_known():
    assert not _unknown("What did the manager say after the game?")


def test_a_nationality_qualifier_meets_its_country():
    q = analyse("What did the Latvian minister say about the budget?")
    text = "Latvia's finance minister, Ilze Vanaga, said the budget was balanced."
    chunk = Chunk("c1", "a1", 1, 0, len(text), text, (Span(0, len(text)),))
    assert not unknown_role(q, candidates_of([ScoredChunk(chunk, 1.0)]), {}, lambda _t: 1.0)
