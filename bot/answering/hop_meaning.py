"""The sentence a described phrase tells in other words, when none holds enough of its words.

    the teenager who scored the late winner        "Nineteen-year-old K scored his first senior goal
                                                    deep into stoppage time ..."
    the company that will build and run the line   "The line will be built and operated by X Inc."

The phrase and the retrieved sentences are embedded together (the corpus's own embedder); the nearest
sentence is the one meant only when it is near enough, clearly nearer than the next, and shares some
of the clause's words: a description the articles do not tell finds no sentence and no one is named.
"""

from __future__ import annotations

import re

import numpy as np

NEAR = 0.45  # cosine of phrase and sentence (MiniLM): the sentence that tells the clause in other words
MARGIN = 0.03  # over the next nearest sentence: one sentence tells it, not several alike
LEAST_SHARE = 0.1  # of the clause's (idf-weighted) words the sentence must still hold


def nearest_in_meaning(phrase: str, candidates: list, shares: dict[int, float], embedder):
    """The candidate that tells `phrase` in other words, or None. `shares`: id(candidate) -> its share
    of the clause's words."""
    if embedder is None or len(candidates) < 2:
        return None
    try:
        vectors = np.asarray(embedder.embed([phrase, *(c.text for c in candidates)]), dtype=np.float32)
    except Exception:  # an embedder that cannot embed now: no hop told in other words
        return None
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    sims = vectors[1:] @ vectors[0]
    order = np.argsort(-sims)
    first, second = int(order[0]), int(order[1])
    best = candidates[first]
    if sims[first] < NEAR or sims[first] - sims[second] < MARGIN or shares.get(id(best), 0.0) < LEAST_SHARE:
        return None
    return best


def describes_whom_asked(question: str, phrase: str, head: str, whole: bool) -> bool:
    """The phrase is one of the question's own parts, a noun with its relative clause right after it
    ("Who heads the company that will build ...", "did the teenager who scored ... come from"), not a
    noun inside another of its phrases ("accused X of sitting in a cabinet that cut ...", where the
    nearest sentence is the answer itself), nor a "which <noun>" after a comma. `whole`: the phrase is
    all of a lead or a first question ("The caller whose wife ...: where ..."), nothing to check."""
    if whole:
        return True
    if not re.match(rf"^(?:the|a|an)\s+(?:[\w'’\-]+\s+){{0,4}}?{re.escape(head)}\s+(?:who|whose|that|which)\b", phrase, re.I):
        return False
    from bot.answering.predicate import parse_question

    doc = parse_question(question)
    at = question.find(phrase)
    token = next((t for t in doc if t.text == head and t.idx >= at), None)
    return token is not None and not any(a.pos_ == "ADP" for a in token.ancestors)
