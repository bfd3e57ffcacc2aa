"""The paragraph after each retrieved one, as candidates beside the retrieved ones.

Retrieval ranks paragraphs one by one, but an answer often sits in the paragraph after the one that
shares the question's words: an interviewer's question ("Did they tell you why?") is retrieved, the
answer ("The letter said ...") is the next paragraph; a press release's lede announces the money,
the next paragraph says what it is for. In an article whose every paragraph names the company or
the interviewee, that next paragraph may rank ninth when eight are read. Its sentences are scored
like the others (their vectors are stored at ingest: one read), ranked after every retrieved passage.
"""

from __future__ import annotations

from index.models import ScoredChunk

FOLLOWED = 8  # the best passages whose next paragraph is read
# A paragraph retrieval did not pick must answer clearly better than one it did: its sentences'
# scores are discounted, so that a near tie still goes to the retrieved paragraph.
UNRETRIEVED = 0.85


def with_next_paragraphs(passages: list[ScoredChunk], corpus) -> list[ScoredChunk]:
    """`passages`, then the paragraph after each of the best FOLLOWED of the best passage's article
    that retrieval left out."""
    if not passages or not hasattr(corpus, "chunks_of"):
        return passages
    have = {sc.chunk.id for sc in passages}
    extra: list[ScoredChunk] = []
    # Only the best passage's story: a paragraph of another article that retrieval ranked low is
    # noise, and may even read as a correction of the question ("could not ... the target agreed").
    article_id = passages[0].chunk.article_id
    chunks = corpus.chunks_of(article_id)
    for sc in passages[:FOLLOWED]:
        if sc.chunk.article_id != article_id:
            continue
        nxt = next((ch for ch in chunks if ch.start >= sc.chunk.end), None)
        if nxt is not None and nxt.id not in have:
            have.add(nxt.id)
            extra.append(ScoredChunk(nxt, 0.0))
    return [*passages, *extra]


def with_topic_paragraphs(passages: list[ScoredChunk], corpus) -> list[ScoredChunk]:
    """`passages`, then the paragraphs under each retrieved topic subhead of press-conference notes
    ("On the new assistant manager:"): the subhead is what the question shares, the paragraph
    under it the answer."""
    if not passages or not hasattr(corpus, "chunks_of"):
        return passages
    from index.statements.topic_heads import topic_blocks

    have = {sc.chunk.id for sc in passages}
    extra: list[ScoredChunk] = []
    for sc in passages[:FOLLOWED]:
        text = getattr(corpus.article(sc.chunk.article_id), "text", None)
        if not text or not sc.chunk.text.lstrip().startswith("On ") or not sc.chunk.text.rstrip().endswith(":"):
            continue
        block = next(((a, b) for a, b, _ in topic_blocks(text) if sc.chunk.start <= a <= sc.chunk.end + 1), None)
        if block is None:
            continue
        for ch in corpus.chunks_of(sc.chunk.article_id):
            if block[0] <= ch.start < block[1] and ch.id not in have:
                have.add(ch.id)
                extra.append(ScoredChunk(ch, 0.0))
    return [*passages, *extra]


def discount_unretrieved(candidates, added: list[ScoredChunk]) -> None:
    """Weigh down the sentences of the paragraphs `with_next_paragraphs` added."""
    ids = {sc.chunk.id for sc in added}
    for c in candidates:
        if c.chunk.chunk.id in ids:
            c.score *= UNRETRIEVED
