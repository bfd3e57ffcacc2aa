"""The rest of the leading article's sentences, for a question whose parts lie apart in it.

A comparison needs one sentence per side, and retrieval ranks passages by the whole question: the
side that shares fewer of its words ("How did the union's view differ from the employers'?" where
the employers' negotiator speaks four paragraphs down, in a passage of her own) is often not among
the top passages at all. The articles the best passages come from are read whole instead, their
unretrieved sentences added as candidates ranked after every retrieved one.
"""

from __future__ import annotations

from bot.answering.candidates import Candidate, candidate_at
from index.models import ScoredChunk

ARTICLES = 2  # the two leading articles read whole: a comparison is mostly within one report, but the
# first passage may be another story's (a near tie of common words), the asked one second
MAX_SENTENCES = 120  # a very long article is read only so far (a few ms a question)


def with_article_sentences(candidates: list[Candidate], passages: list[ScoredChunk], corpus,
                           articles: int = ARTICLES) -> list[Candidate]:
    """`candidates` and the other sentences of the articles of the first passages."""
    leading = list(dict.fromkeys(sc.chunk.article_id for sc in passages))[:articles]
    if not leading or not hasattr(corpus, "chunks_of"):
        return candidates
    have = {(c.chunk.chunk.article_id, c.span.start) for c in candidates}
    rank = len(passages) + 1  # after every retrieved passage: the tie-breaker still favours retrieval
    out = list(candidates)
    for article_id in leading:
        added = 0
        for chunk in corpus.chunks_of(article_id):
            for span in chunk.sentences:
                if (article_id, span.start) in have or added >= MAX_SENTENCES:
                    continue
                out.append(candidate_at(ScoredChunk(chunk, 0.0), rank, span))
                added += 1
    return out
