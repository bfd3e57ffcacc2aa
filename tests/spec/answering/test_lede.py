"""The lede summarises the whole story: for a what/why/when question, a later sentence that says
the same is preferred (it is usually the attributed one that answers)."""

from bot.answering.candidates import candidates_of
from bot.answering.extractive import score_candidates
from bot.answering.question import analyse
from index.models import Chunk, ScoredChunk, Span

LEDE = "HARBOURTON — The ferry operator cancelled all crossings on Monday after a storm damaged the pier."
LATER = "The ferry operator said the storm had damaged the pier and cancelled all crossings."


def _scores(question: str) -> tuple[float, float]:
    chunks = [Chunk("c1", "a1", 1, 0, len(LEDE), LEDE, (Span(0, len(LEDE)),)),
              Chunk("c2", "a1", 4, 500, 500 + len(LATER), LATER, (Span(500, 500 + len(LATER)),))]
    candidates = candidates_of([ScoredChunk(c, 1.0) for c in chunks])
    score_candidates(analyse(question), candidates, lambda _t: 1.0, [0.5, 0.5])
    return candidates[0].score, candidates[1].score


def test_a_later_sentence_beats_the_lede_that_says_as_much():
    lede, later = _scores("Why did the ferry operator cancel the crossings?")
    assert later > lede


def test_a_who_question_still_reads_the_lede_as_it_is():
    lede, later = _scores("Who cancelled all crossings after the storm damaged the pier?")
    assert lede >= later


def test_the_sentence_with_the_event_asked_about_wins_a_what_question():
    texts = ["The carrier said 90,000 passengers had their flights delayed.",
             "The carrier will offer every passenger a full refund."]
    chunks = [Chunk(f"c{i}", "a1", i + 3, i * 200, i * 200 + len(t), t, (Span(i * 200, i * 200 + len(t)),))
              for i, t in enumerate(texts)]
    candidates = candidates_of([ScoredChunk(c, 1.0) for c in chunks])
    score_candidates(analyse("What is the carrier offering to the passengers whose flights were cancelled?"),
                     candidates, lambda _t: 1.0, [0.5, 0.5])
    assert candidates[1].score > candidates[0].score
