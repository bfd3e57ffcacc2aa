""""How were the staff chosen, according to the personnel chief?": once the question's speaker is
found, their own sentences that say the asked thing in other words come in, though retrieval left
them out. The asked words ("picked") share no word with the answer ("The selection was done by
seniority"), only a word of the same paraphrase group (index/vocabulary.yaml `paraphrases`), so the
passage ranks below the eight read; the ledger knows whose it is."""

from __future__ import annotations

from bot.answering.candidates import Candidate, candidate_at
from bot.answering.paraphrase import has_phrase, words_of
from bot.answering.terms import stems
from index.models import ScoredChunk

MAX_ADDED = 3  # a speaker's sentences brought in for one question


def with_speaker_sentences(candidates: list[Candidate], q, speaker: str | None, corpus, ledger) -> None:
    """Add the sentences the ledger gives `speaker`, in the articles read, that hold another phrase of
    a paraphrase group the question uses, when no candidate is already theirs and holds one."""
    groups = [p for p in q.paraphrases if not set(p.terms) & set(q.names)]
    if speaker is None or ledger is None or not groups or not hasattr(corpus, "chunks_of"):
        return
    own = [c for c in candidates if c.statement is not None and c.statement.speaker == speaker]
    if any(_says_otherwise(groups, c.text) for c in own):
        return
    have = {(c.chunk.chunk.article_id, c.span.start) for c in candidates}
    rank = max((c.rank for c in candidates), default=0) + 1
    added = 0
    for article_id in dict.fromkeys(c.chunk.chunk.article_id for c in [*own, *candidates]):
        said = [st for st in ledger.statements_for_article(article_id) if st.speaker == speaker]
        if not said:
            continue
        for chunk in corpus.chunks_of(article_id):
            for span in chunk.sentences:
                st = next((s for s in said if s.start < span.end and span.start < s.end), None)
                if st is None or (article_id, span.start) in have:
                    continue
                c = candidate_at(ScoredChunk(chunk, 0.0), rank, span)
                if not _says_otherwise(groups, c.text):
                    continue
                c.statement = st
                candidates.append(c)
                added += 1
                if added >= MAX_ADDED:
                    return


def _says_otherwise(groups, text: str) -> bool:
    words = words_of(text)
    return any(has_phrase(other, words) for p in groups for other in p.others) or any(
        set(p.terms) & set(stems(text)) for p in groups)
