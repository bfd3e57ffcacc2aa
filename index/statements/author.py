"""The writer of a piece, for a column's own first-person claims ("I wrote last year that ...").

Read from a byline above the story ("By Ana Ruiz", "By Ana Ruiz, Opinion Columnist") or from a
closing line about the writer ("Ana Ruiz is a columnist for the Harbour Post."). Two writers, or
none, give no author: "I" then names nobody and no statement is made of it.
"""

from __future__ import annotations

import re

from index import byline_dates
from index.datelines import header_date, is_byline
from index.models import Article
from index.textnorm import fold

_NAME = r"(?P<name>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|bin|al|da|del)){1,3})"
_BY = re.compile(rf"^[Bb][Yy]\s+{_NAME}(?P<rest>.*)$")
_BIO = re.compile(
    rf"^{_NAME}\s+(?:is|was)\s+(?:a|an|the|our)\b.{{0,80}}?\b(?:columnist|writer|editor|correspondent|author|"
    r"journalist|contributor|commentator|critic|reporter)\b"
)


def byline_author(article: Article) -> str | None:
    """The one writer the article names above or below its story, or None."""
    # above the story: before its first paragraph, or its second when the first is a headline the
    # cleaning kept as text (a kicker line above it, a headline with quotation marks)
    lede = article.paragraphs[1 if len(article.paragraphs) > 1 and _headline_like(article.slice(article.paragraphs[0])) else 0] \
        if article.paragraphs else None
    above = [article.slice(s) for s in article.subheadings if lede is None or s.start < lede.start]
    for line in above:
        text = fold(line).strip(" *_#")
        m = _BY.match(text) if is_byline(text) else None
        if m:
            return None if re.match(r"\s*(?:and|&)\s", m.group("rest")) else m.group("name")
    # a post's "**Ann Roe**" over "Mar 3, 2026" under its title and subtitle
    top = article.paragraphs[min(3, len(article.paragraphs) - 1)].start if article.paragraphs else 0
    heads = [s for s in article.subheadings if s.start < top]
    for name, under in zip(heads, heads[1:]):
        if byline_dates.name_line(article.slice(name)) and header_date(article.slice(under)):
            return fold(article.slice(name)).strip(" *_#").removeprefix("By ").removeprefix("by ").strip()
    for span in article.paragraphs[-3:]:
        m = _BIO.match(fold(article.slice(span)).strip(" *_#"))
        if m:
            return m.group("name")
    return None


def _headline_like(text: str) -> bool:
    """One short line without a closing full stop: a headline, not a lede."""
    text = text.strip()
    return "\n" not in text and len(text.split()) <= 20 and not re.search(r"[.!]['\"”’]?$", text)
