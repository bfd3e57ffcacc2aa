"""Social-media posts embedded in a story: the post's header line ("@AnnKorr · Feb 2", "Ann Korr
(@ann_korr) 10:42 AM") printed as a paragraph of its own over the post's text.

The post is its account holder's: the person of the article whose name the header line writes
out, or whose surname the handle spells ("@AnnKorrMP", "@ann_korr"); else the handle itself, as a
round-up quotes an account it cannot name. Only the paragraph right under the header is the post.

An embed pasted as text prints the credit BELOW the post instead: "— Ann Korr (@ann_korr) May 12,
2025", a dash line or the embed's own "Name (@handle) Month D, YYYY". Then the post is the block of
lines just above the credit (the lines joined to it, or the block right above a blank line), dated
by the credit's date; the account is the person the credit names, else its display name, else the
handle. The story's lead-in line over that block ("Some pointed out ...") is nobody's post.
"""

from __future__ import annotations

import re

from index import datelines
from index.models import Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_HANDLE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z0-9_]{2,30})\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")
_DASH_LED = re.compile(r"^\s*(?:-{1,2}|[–—―])\s*\S")
# the embed's credit: "(@handle)" and then only a date with its year ("May 12, 2025", "· 12 May 2025")
_EMBED_TAIL = re.compile(rf"\(@[A-Za-z0-9_]{{2,30}}\)\s*[·•|,-]?\s*(?:{datelines.DATE})\s*$", re.I)
_MAX_POST_LINES = 8


def read(article, docs, bases: list[int], ctx) -> list[Raw]:
    """The account holders' statements of every post under a header line (a body paragraph, or a
    line cleaning set apart as a heading for the date it carries: "@ann_k · Apr 8 2025")."""
    heads = [(span.start, span.end, fold(doc.text)) for span, doc in docs]
    heads += [(s.start, s.end, fold(article.text[s.start:s.end])) for s in article.subheadings]
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        out += _joined_post(doc, span, pi, bases, ctx)
    for start, end, text in heads:
        line = text.strip()
        m = _HANDLE.search(line)
        if m is None or len(line.split()) > 10 or _SENTENCE_END.search(line) or m.start() > 40:
            continue
        if _credit_below(line):
            out += _post_above(article, docs, bases, start, line, m.group("handle"), ctx)
            continue
        pi = next((k for k, (span, _) in enumerate(docs) if span.start >= end), None)
        if pi is None:
            continue
        who = _holder(line, m.group("handle"), ctx)
        post_span, post = docs[pi]
        if _HANDLE.match(fold(post.text).strip()):
            continue  # a header line over another header line: no post text
        out += _post_words(who, post_span, post, bases[pi], pi)
    return out


def _post_words(who: Speaker, span: Span, doc, base: int, pi: int, day=None, cut: int | None = None) -> list[Raw]:
    """Every sentence of the post's paragraph (up to `cut`, where its credit line begins) as its
    account holder's written words, dated by the credit's `day` when it has one."""
    out = []
    for k, a, b in worded_sentences(doc):
        b = b if cut is None else min(b, cut)
        if b - a < 3:
            continue
        raw = Raw(speaker=who, act="wrote", content=Span(span.start + a, span.start + b), quote_type="direct",
                  span=Span(span.start + a, span.start + b), sentence=base + k, paragraph=pi)
        raw.stamped = (None, day) if day else None
        out.append(raw)
    return out


def _joined_post(doc, span: Span, pi: int, bases: list[int], ctx) -> list[Raw]:
    """A post whose lines cleaning joined into one paragraph with its credit line, last: the
    lines before the credit are the post."""
    text = fold(doc.text)
    if "\n" not in text.rstrip():
        return []
    body, line = text.rstrip().rsplit("\n", 1)
    line = line.strip()
    m = _HANDLE.search(line)
    if m is None or len(line.split()) > 10 or not _credit_below(line) or not body.strip():
        return []
    who = _holder(line, m.group("handle"), ctx, display=True)
    day = datelines.full_date(line)
    cut = len(doc.text.rstrip()[:doc.text.rstrip().rfind("\n")].rstrip())  # (fold may change lengths)
    return _post_words(who, span, doc, bases[pi], pi, day, cut)


def _credit_below(line: str) -> bool:
    return bool(_DASH_LED.match(line)) or bool(_EMBED_TAIL.search(line)) and bool(re.search(r"\d{4}\s*$", line))


def _post_above(article, docs, bases: list[int], start: int, line: str, handle: str, ctx) -> list[Raw]:
    """The post over a credit line that starts at `start`: the lines of its own block above it, or,
    when a blank line parts them, the block just above; its words dated by the credit's date."""
    above = [k for k, (span, _) in enumerate(docs) if span.end <= start]
    if not above:
        return []
    if _is_credit(docs[above[-1]][1]):
        return []  # another post's credit right above: no text of this one's
    run = [above[-1]]
    while len(run) < _MAX_POST_LINES and run[0] > 0 and _joined(article.text, docs[run[0] - 1][0], docs[run[0]][0]):
        upper = docs[run[0] - 1][1]
        if _is_credit(upper) or fold(upper.text).rstrip().endswith(":"):
            break  # the post before it, or the story's lead-in to this one
        run.insert(0, run[0] - 1)
    who = _holder(line, handle, ctx, display=True)
    day = datelines.full_date(line)
    out: list[Raw] = []
    for pi in run:
        out += _post_words(who, *docs[pi], bases[pi], pi, day)
    return out


def _is_credit(doc) -> bool:
    line = fold(doc.text).strip()
    return bool(_HANDLE.search(line)) and len(line.split()) <= 10 and _credit_below(line)


def _joined(text: str, upper: Span, lower: Span) -> bool:
    """Are two paragraphs lines of one block (no blank line between them)?"""
    return text[upper.end:lower.start].count("\n") <= 1


def _holder(line: str, handle: str, ctx, display: bool = False) -> Speaker:
    spelled = re.sub(r"[^a-z]", "", handle.lower())
    named = line.replace("@" + handle, " ")
    found = [p for p in ctx.cast.people if len(p.name.split()) >= 2 and p.name in named
             and all(w[:1].isupper() and w.isalpha() for w in p.name.replace("-", "").split())]
    if not found:
        found = [p for p in ctx.cast.people
                 if len(last := re.sub(r"[^a-z]", "", p.name.split()[-1].lower())) >= 3 and last in spelled]
    if len(found) == 1:
        return Speaker(name=found[0].name, as_written="@" + handle, person=found[0])
    shown = _display_name(line, handle) if display else None
    if shown:
        return Speaker(name=shown, as_written=shown)
    return Speaker(name="@" + handle, as_written="@" + handle)


def _display_name(line: str, handle: str) -> str | None:
    """The display name an embed's credit prints before "(@handle)", without a title ("Cr", "Dr")."""
    m = re.match(r"^\s*(?:-{1,2}|[–—―])?\s*(?P<name>[^()@]{2,60}?)\s*\(@" + re.escape(handle) + r"\)", line)
    if m is None:
        return None
    words = clean_name(m.group("name").split())
    return " ".join(words) if words and all(w[:1].isupper() for w in words) else None
