"""A comparison answers each side from its own evidence: the sentence that holds what the question
says of that side ("Norland's levy on steel" / "the quota Sudria is threatening on grain")."""

from bot.answering.candidates import candidates_of
from bot.answering.extractive import select
from bot.answering.question import analyse
from index.models import Chunk, ScoredChunk, Span

PARAGRAPHS = [
    "Norland imposed a 15% levy on imported steel in April, saying its mills needed protection.",
    "Sudria, which buys most of Norland's steel exports, says the levy breaks a trade pact.",
    "Sudria will cap grain imports from Norland at 40,000 tonnes unless the steel levy goes.",
]
QUESTION = "How does Norland's levy on steel compare with the quota Sudria is threatening on grain?"


def test_each_half_of_a_comparison_keeps_what_it_says_of_its_side():
    q = analyse(QUESTION)
    assert q.kind == "compare" and len(q.halves) == 2
    assert "steel" in q.halves[0] and "grain" in q.halves[1] and "grain" not in q.halves[0]


def test_each_side_gets_the_sentence_about_its_own_measure():
    scored, start = [], 0
    for i, text in enumerate(PARAGRAPHS, start=1):
        chunk = Chunk(f"c{i}", "a1", i + 1, start, start + len(text), text, (Span(start, start + len(text)),))
        scored.append(ScoredChunk(chunk, 1.0 / i))
        start += len(text) + 2
    candidates = candidates_of(scored)
    for c in candidates:
        c.score = 0.5  # equally relevant to the whole question
    chosen = [c.text for c in select(analyse(QUESTION), candidates)]
    assert PARAGRAPHS[0] in chosen and PARAGRAPHS[2] in chosen
