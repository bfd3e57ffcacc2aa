"""Lexical matching of a topic or a claim against statement text: stems, no stopwords."""

from __future__ import annotations

from functools import lru_cache

import Stemmer

from index.textnorm import words
from index.vocabulary import vocabulary

STOPWORDS = vocabulary().stop_words  # index/vocabulary.yaml: one list of words that carry no topic
_STEM = Stemmer.Stemmer("english")


@lru_cache(maxsize=4096)
def terms(text: str) -> frozenset[str]:
    """Stemmed content words of `text`."""
    return frozenset(_STEM.stemWords([w for w in words(text) if w not in STOPWORDS and len(w) > 1]))


def topic_score(topic: str, text: str) -> float:
    """Share of the topic's terms found in `text` (0..1)."""
    want = terms(topic)
    if not want:
        return 0.0
    return len(want & terms(text)) / len(want)
