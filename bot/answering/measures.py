"""A figure asked for by a kind the articles never give.

    What was the company's net profit?   the article gives only "operating profit"
      -> "The articles do not say; they report only: Operating profit dropped 38% to ..."

Net, gross, operating, pre-tax and adjusted figures are different numbers: a sentence with the
operating profit does not answer a question about the net profit. When the retrieved articles
write the asked noun only with another of these kinds ("net sales" beside "operating profit"
is no net profit), the question is not answered there.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from index.vocabulary import vocabulary

# Kinds of a financial figure that name different numbers (index/vocabulary.yaml figure_kinds).
_KIND = "|".join(re.escape(k) for k in vocabulary().figure_kinds)
_ASKED = re.compile(rf"\b({_KIND})\s+([a-z]+)\b", re.I)


def other_kind_only(question: str, candidates: list[Candidate], article_text) -> Candidate | None:
    """The best sentence that gives the asked figure by another kind ("operating profit" for "net
    profit"), when the articles holding that noun never write the asked kind; else None.
    `article_text(article_id)` gives an article's text."""
    m = _ASKED.search(question)
    if not m:
        return None
    kind, noun = m.group(1).lower(), m.group(2).lower()
    noun_re = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
    articles = {c.chunk.chunk.article_id for c in candidates if noun_re.search(c.text)}
    if not articles:
        return None
    asked = re.compile(rf"\b{re.escape(kind)}\s+(?:[\w\-]+\s+)?{re.escape(noun)}", re.I)
    for article_id in articles:
        if asked.search(article_text(article_id) or ""):
            return None  # the asked figure is written there ("net sales" is no net profit)
    other = re.compile(rf"\b(?!{re.escape(kind)}\b)(?:{_KIND})\s+(?:[\w\-]+\s+)?{re.escape(noun)}s?\b", re.I)
    given = [c for c in candidates if other.search(c.text)]
    return max(given, key=lambda c: c.score) if given else None
