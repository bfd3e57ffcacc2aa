"""A talk page's comments: each signed comment's own sentences are its signer's.

A wiki-style discussion thread (index.talk_signatures) names its speakers by signature, not by
speech verbs: "The plaque says 1873. I think the date is wrong. Ann Roe (talk) 14:02, 3 March 2026
(UTC)". Every sentence of the comment is the signer's statement, dated by the signature, save the
sentences that relay someone else's words ("The Gazette reported on 2 March that ...", "The trust
replied yesterday that ..."): the speech readers give those to their own speakers (merged over the
signer's), dated from the comment's day (index.statements.local_days). A sentence no reader gives
anyone ("The article says 1871") is the signer's telling. Section headings and the signature itself are no one's words.
"""

from __future__ import annotations

import re

from index import talk_signatures
from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker
from index.statements.thread_posts import _poster


# a question, a request or a thank-you asks or thanks, it states nothing: "Which is it?", "Please fix
# this.", "If there's another source, please link it.", "Thanks for this, and ..."
_ASKS = re.compile(r"\?[\"”']?$|^(?:please|thanks|thank you|many thanks)\b|,\s*(?:please|pls)\s+[^,]*$", re.I)
# the wiki's own marker on a reply, "(edit conflict)", is no word of the signer's
_MARKER = re.compile(r"^\((?:edit conflict|ec|outdent)\)\s*", re.I)


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The signers' statements, one per sentence of their comments' own text; [] on any other page."""
    found = talk_signatures.comments(article.text)
    if not found or not docs:
        return []
    out: list[Raw] = []
    for c in found:
        who = _signer(c.signer, article.text, ctx)
        for pi, (span, doc) in enumerate(docs):
            if span.end <= c.start or span.start >= c.body_end:
                continue
            for n, a, b in worded_sentences(doc, floor=12):
                x, y = max(span.start + a, c.start), min(span.start + b, c.body_end)
                words = _MARKER.sub("", article.text[x:y].strip(" :*")).strip()
                if y - x < 12 or len(words.split()) < 3 or _ASKS.search(words):
                    continue
                x = article.text.index(words, x)
                y = x + len(words)
                raw = Raw(speaker=who, act="wrote", content=Span(x, y), quote_type="direct",
                          span=Span(x, y), sentence=bases[pi] + n, paragraph=pi)
                raw.stamped = (c.day_text, c.day)
                out.append(raw)
    return out


def _signer(name: str, text: str, ctx) -> Speaker:
    """A person by a display name ("Ann Roe"), else the username or address as signed."""
    return _poster(name, None, text, ctx)
