"""Paragraphs, quote-aware sentences and quotation spans of an article's original text.

All offsets are into `Article.text`. Matching runs on `textnorm.fold(text)`, which keeps
length, so curly and straight quotes look alike and offsets stay valid.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.name_abbreviations import shortened_given_name
from index.textnorm import fold

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*(?:/[A-Za-z-]+/\.?\s*)?(?:[-—–]\s*)?")
_ABBREV = {"u.s", "u.k", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "jan", "feb", "aug", "sept",
           "oct", "nov", "dec", "no", "vs", "prof", "sen", "rep", "gov", "e.g", "i.e", "a.m", "p.m", "u.n", "e.u"}


def paragraphs(article: Article) -> list[Span]:
    """Body paragraphs: the article's own when ingestion gave them, else non-empty lines that
    read as prose (end in sentence punctuation), with a leading dateline cut."""
    if article.paragraphs:
        return list(article.paragraphs)
    out = []
    for m in re.finditer(r"[^\n]+", article.text):
        line = m.group(0)
        body = line.rstrip()
        if not body.strip() or not re.search(r"[.!?\"'\u201d\u2019]$", body) or len(body.split()) < 5:
            continue
        if re.match(r"\s*source:", body, re.I):
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        d = _DATELINE.match(article.text[start:m.start() + len(body)])
        if d:
            start += d.end()
        out.append(Span(start, m.start() + len(body)))
    return out


def sentences(text: str, span: Span) -> list[Span]:
    """Sentences of one paragraph; a quotation spanning several sentences stays whole."""
    t = fold(text)
    out, start, inside = [], span.start, False
    i = span.start
    while i < span.end:
        ch = t[i]
        if ch == '"':
            inside = not inside
            # '... forever." He also urged': a quotation that ends a sentence.
            if not inside and t[i - 1] in ".!?" and i + 1 < span.end and t[i + 1].isspace() \
                    and _starts_sentence(t, i + 1, span.end) and t[i + 1:span.end].lstrip()[:1].isupper():
                out.append(Span(start, i + 1))
                j = i + 1
                while j < span.end and t[j].isspace():
                    j += 1
                start, i = j, j
                continue
        elif ch in ".!?" and not inside:
            j = i + 1
            while j < span.end and t[j] in "\"')":
                j += 1
            if j >= span.end or (t[j].isspace() and _starts_sentence(t, j, span.end) and not _abbrev(t, i)
                                 and not shortened_given_name(t[max(span.start, i - 60):i + 1], t[j:j + 40])):
                out.append(Span(start, j))
                while j < span.end and t[j].isspace():
                    j += 1
                start, i = j, j
                continue
        elif ch == '"' and inside:
            inside = False
        i += 1
    if start < span.end and t[start:span.end].strip():
        out.append(Span(start, span.end))
    # A closing quote after the terminal point ("... there.") ends the quote, not a new one.
    return _join_open_quotes(t, out)


def _starts_sentence(t: str, j: int, end: int) -> bool:
    k = j
    while k < end and t[k].isspace():
        k += 1
    return k < end and (t[k].isupper() or t[k] in "\"'(" or t[k].isdigit())


def _abbrev(t: str, i: int) -> bool:
    m = re.search(r"([A-Za-z.]+)$", t[max(0, i - 6):i])
    return bool(m) and (m.group(1).lower().strip(".") in _ABBREV or len(m.group(1).strip(".")) == 1)


def _join_open_quotes(t: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if out and t[out[-1].start:out[-1].end].count('"') % 2 == 1:
            out[-1] = Span(out[-1].start, s.end)
        else:
            out.append(s)
    return out


def quotes(text: str, span: Span) -> list[Span]:
    """Quotation spans (inside the marks) in `span`, paired in order."""
    t = fold(text)
    marks = [i for i in range(span.start, span.end) if t[i] == '"']
    return [Span(a + 1, b) for a, b in zip(marks[::2], marks[1::2])]


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def whole_quote(t: str, sent: Span) -> bool:
    """A sentence that is nothing but one quotation (a quote continuing the previous one)."""
    s = t[sent.start:sent.end].strip()
    return s.startswith('"') and s.count('"') == 2 and s.endswith(('"', '".'))


def quote_typed(t: str, span: Span, qs: list[Span]) -> tuple[Span, str]:
    """A span that is one whole quotation becomes the quotation (direct); else mixed/indirect."""
    inner = [q for q in qs if span.start < q.start and q.end < span.end + 1]
    body = t[span.start:span.end]
    lead = len(body) - len(body.lstrip())
    if len(inner) == 1 and inner[0].start - 1 == span.start + lead and \
            not t[inner[0].end + 1:span.end].strip(" ,.;"):
        q = inner[0]
        end = q.end
        while end > q.start and t[end - 1] in ", ":
            end -= 1
        return Span(q.start, end), "direct"
    return span, ("mixed" if inner else "indirect")
