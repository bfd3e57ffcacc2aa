"""A body a description names ("the man who sold Quarrelton its land") is written "the company" in
the sentence that tells it, once the article has named it ("Her uncle, X, sold the company the
site"): that sentence holds the body's name for a described phrase's words."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.terms import stems
from index.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _kind_words() -> re.Pattern:
    v = vocabulary()
    words = {w for w in (*v.companies, *v.organisations) if " " not in w and w.isalpha()}
    return re.compile(r"\b(?:the|its)\s+(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)


def named_bodies(clause: str) -> dict[str, str]:
    """stem -> word, of the capitalised words after the clause's first (its verb): the names it holds."""
    out = {}
    for w in clause.split()[1:]:
        if w[:1].isupper() and w.isalpha():
            for s in stems(w):
                out[s] = w
    return out


def standing_for(text: str, article_text: str | None, names: dict[str, str]) -> set[str]:
    """The name stems a "the company" of `text` stands for: the names its article writes elsewhere."""
    if not names or article_text is None or not _kind_words().search(text):
        return set()
    return {s for s, w in names.items() if w not in text and re.search(rf"\b{re.escape(w)}\b", article_text)}
