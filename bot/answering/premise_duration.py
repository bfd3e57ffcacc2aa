"""A why-question that takes a sanction as for ever where the article gives it a term.

    Why was the goalkeeper banned for life?   "He is suspended from all competitions for 18 months."
    Why was the restaurant closed permanently?   "The restaurant was shut for six weeks."
      -> "The articles do not say so; they report: ..." citing that sentence

The question's act is a sanction (index/vocabulary.yaml `sanction_verbs`: ban, suspend, bar, close
...) said to be for life, permanent or indefinite; no sentence of the asked article read says so, and
one with a sanction's word gives it a length ("for 18 months", durations in question.py). Read from
the sentences' text only.
"""

from __future__ import annotations

import re

from bot.answering.question import durations
from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 12
_FOREVER = re.compile(r"\bfor\s+life\b|\blife(?:time|-long|long)?\s+(?:ban|suspension|sentence|exclusion|disqualification)\b|"
                      r"\bpermanent(?:ly)?\b|\bindefinite(?:ly)?\b|\bfor\s+ever\b|\bforever\b|\bfor\s+good\b", re.I)


def _sanctions() -> frozenset[str]:
    return frozenset(s for w in vocabulary().sanction_verbs for s in stems(w))


def lesser_term(q, own: list, corpus=None) -> list | None:
    """The sentence of `own` (the asked article's candidates, best first), or else of the whole asked
    article (a decision's operative line shares no word with "why was he banned for life"), that gives
    the sanction asked about a length, when the question says it is for ever; else None."""
    if q.kind != "why" or q.predicate is None or not _FOREVER.search(q.text):
        return None
    sanctions = _sanctions()
    if not set(stems(q.predicate.lemma)) & sanctions:
        return None
    read = own[:SCANNED]
    whole = _article_sentences(read[0], corpus) if read else []
    if not read or any(_FOREVER.search(c.text) for c in [*read, *whole]):
        return None  # the article says it too: the premise is told
    reference = re.compile(r"\b(?:" + "|".join(map(re.escape, vocabulary().reference_figures)) + r")", re.I)
    for c in [*read, *whole]:
        # (not "the guidelines suggest a suspension of one to three years": a reference, not the term given)
        if c.terms & sanctions and durations(c.text) and not reference.search(c.text):
            return [c]
    return None


def _article_sentences(best, corpus) -> list:
    """Every sentence of `best`'s article, as candidates (read only when no best sentence gives a term)."""
    if corpus is None:
        return []
    from bot.answering.candidates import candidate_at
    from index.models import ScoredChunk

    return [candidate_at(ScoredChunk(chunk, 0.0), best.rank, span, 0.0)
            for chunk in corpus.chunks_of(best.chunk.chunk.article_id) for span in chunk.sentences]
