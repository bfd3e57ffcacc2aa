"""Lexical matching of a topic or a claim against statement text: stems, no stopwords."""

from __future__ import annotations

from functools import lru_cache

import Stemmer

from index.textnorm import words

STOPWORDS = frozenset("""
a an and are as at be been being but by did do does for from had has have he her his how i if in into is it its
me my no not of on or our said say says she so than that the their them there these they this those to up was
we were what when where which who whom why will with would you your about also any all can could should may might
shall just very more most some such only own same then too s t don about against between through during before
after above below out off over under again further once here both each few other nor tell told mr ms
""".split())
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
