"""An outlet's own note to its readers: a correction's apology is the outlet's statement.

A correction printed under a story or a column ("Correction" as a heading, or a paragraph opening
"CORRECTION:") says what was wrong and ends "We apologise for the error" / "We regret the
mistake". Its "we" is the outlet; the outlet is the one the page names (its credit, masthead or
front matter), or, failing that, the masthead the page is titled by ("HARBOUR TRADE WEEKLY").
Elsewhere a "we" apologising is a quoted person's and is read by attribution, not here.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

_MARKER = re.compile(r"^(?:corrections?|clarifications?|an apology|correction and clarification)\b\s*[:.\-–—]?", re.I)
_APOLOGY = re.compile(r"^we\s+(?:(?:sincerely|deeply|unreservedly)\s+)?(?:apologi[sz]e|regret|are sorry)\b", re.I)


def read(article: Article, docs, bases: list[int]) -> list[Raw]:
    """The outlet's apologies in its correction paragraphs; [] when none or no outlet is named."""
    heads = sorted(article.subheadings, key=lambda s: s.start)
    out = []
    outlet = None
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        above = [s for s in heads if s.end <= span.start][-1:]
        head = fold(article.slice(above[0])).strip(" *_#") if above else ""
        if not (_MARKER.match(fold(doc.text).strip(" *_#")) or _MARKER.fullmatch(head)):
            continue
        for k, a, b in worded_sentences(doc, floor=8):
            if not _APOLOGY.match(doc.text[a:b]):
                continue
            outlet = outlet or _outlet(article)
            if outlet is None:
                return []
            out.append(Raw(speaker=Speaker(name=outlet, as_written="we"), act="apologised",
                           content=Span(span.start + a, span.start + b), quote_type="indirect",
                           span=Span(span.start + a, span.start + b), sentence=base + k, paragraph=pi))
    return out


def _outlet(article: Article) -> str | None:
    if article.outlet:
        return article.outlet
    # the masthead: the title, or a line above the headline when the headline is the title
    lede = article.paragraphs[0].start if article.paragraphs else len(article.text)
    tops = [article.title or "", *(article.slice(s) for s in article.subheadings if s.end <= lede)]
    for title in (t.strip() for t in tops):
        words = title.split()
        if 1 < len(words) <= 5 and title.isupper() and words[-1].lower() in vocabulary().outlet_words:
            return " ".join(w.capitalize() for w in words)
    return None
