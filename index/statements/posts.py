"""Social-media posts embedded in a story: the post's header line ("@AnnKorr · Feb 2", "Ann Korr
(@ann_korr) 10:42 AM") printed as a paragraph of its own over the post's text.

The post is its account holder's: the person of the article whose name the header line writes
out, or whose surname the handle spells ("@AnnKorrMP", "@ann_korr"); else the handle itself, as a
round-up quotes an account it cannot name. Only the paragraph right under the header is the post.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_HANDLE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z0-9_]{2,30})\b")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")


def read(article, docs, bases: list[int], ctx) -> list[Raw]:
    """The account holders' statements of every post under a header line (a body paragraph, or a
    line cleaning set apart as a heading for the date it carries: "@ann_k · Apr 8 2025")."""
    heads = [(span.end, fold(doc.text)) for span, doc in docs[:-1]]
    heads += [(s.end, fold(article.text[s.start:s.end])) for s in article.subheadings]
    out: list[Raw] = []
    for end, text in heads:
        line = text.strip()
        m = _HANDLE.search(line)
        if m is None or len(line.split()) > 10 or _SENTENCE_END.search(line) or m.start() > 40:
            continue
        pi = next((k for k, (span, _) in enumerate(docs) if span.start >= end), None)
        if pi is None:
            continue
        who = _holder(line, m.group("handle"), ctx)
        post_span, post = docs[pi]
        if _HANDLE.match(fold(post.text).strip()):
            continue  # a header line over another header line: no post text
        for k, a, b in worded_sentences(post):
            out.append(Raw(speaker=who, act="wrote", content=Span(post_span.start + a, post_span.start + b),
                           quote_type="direct", span=Span(post_span.start + a, post_span.start + b),
                           sentence=bases[pi] + k, paragraph=pi))
    return out


def _holder(line: str, handle: str, ctx) -> Speaker:
    spelled = re.sub(r"[^a-z]", "", handle.lower())
    named = line.replace("@" + handle, " ")
    found = [p for p in ctx.cast.people if len(p.name.split()) >= 2 and p.name in named
             and all(w[:1].isupper() and w.isalpha() for w in p.name.replace("-", "").split())]
    if not found:
        found = [p for p in ctx.cast.people
                 if len(last := re.sub(r"[^a-z]", "", p.name.split()[-1].lower())) >= 3 and last in spelled]
    if len(found) == 1:
        return Speaker(name=found[0].name, as_written="@" + handle, person=found[0])
    return Speaker(name="@" + handle, as_written="@" + handle)
