"""A reaction round-up's speaker header over a block of quotation paragraphs, with no speech verb:
"Comment from Dr Ann Roe, Senior Lecturer in Genetics at Westby University:", "Prof Ann Roe,
Chair of Agronomy, Westby University:". The paragraphs under the header, each opened by its own
quotation mark, are the header person's, up to the next header, a "Declared interests:" /
"Competing interests:" line, or a paragraph that is no quotation. (A header that ends in a speech
verb, "..., said:", is read by the cue paragraph's own rule.)

A results sheet's line is such a header too: organisers' "flash quotes" print each finisher's
place, name (the surname in capitals), country code and result, "1. Ann ROE (SWE) 8:41.07 PB",
over her quotations; a paragraph there may open with the question put to her, "On the record:
"...", "Asked about ...: "..."", and the quotation after the colon is hers.
"""

from __future__ import annotations

import re

from index.headlines import RESULT_LINE
from index.models import Span
from index.statements.attribution import Raw
from index.statements.colon_credits import _named
from index.statements.dash_credits import _credited
from index.statements.nlp import worded_sentences
from index.textnorm import fold
from index.vocabulary import vocabulary

# [Comment from ]Credit: -- a credit of up to 200 characters with no mark or sentence end, then the colon
_HEADER = re.compile(r"^\s*(?:(?:comments?|reactions?|responses?|quotes?|views?)\s+(?:from|by)\s+)?"
                     r"(?P<credit>[A-Z][^:\"“”«»\n]{2,200}?)\s*:\s*$", re.I)
_INTERESTS = re.compile(r"^\s*(?:declared|competing|conflicts? of|declarations? of)\s+interests?\b", re.I)
_QUOTE_OPENS = re.compile(r'^\s*["“«]')
MAX_HEADER_WORDS = 30
# "On the record: "..."" / "Asked about the reports: "...": the prompt before her quotation
_PROMPT = re.compile(r'^\s*[A-Z][^"“”«\n]{2,150}:\s*(?=["“«])')


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The quotation paragraphs under each verbless speaker header, the header person's."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        who = _header(fold(doc.text), ctx)
        if who is None:
            continue
        for k in range(pi + 1, len(docs)):
            text = fold(docs[k][1].text)
            prompt = _PROMPT.match(text) if RESULT_LINE.match(fold(doc.text)) else None
            if not (_QUOTE_OPENS.match(text) or prompt) or _INTERESTS.match(text) or _header(text, ctx) is not None:
                break
            q_span, q_doc = docs[k]
            for n, a, b in worded_sentences(q_doc, prompt.end() if prompt else 0):
                a, b = _inside_marks(q_doc.text, a, b)
                out.append(Raw(speaker=who, act="said", content=Span(q_span.start + a, q_span.start + b),
                               quote_type="direct", span=Span(q_span.start + a, q_span.start + b),
                               sentence=bases[k] + n, paragraph=k))
    return out


def _inside_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """The sentence without the quotation marks (and the stop) that open or close it."""
    while a < b and text[a] in "\"“”«» ":
        a += 1
    while b > a and text[b - 1] in "\"“”«» .,":
        b -= 1
    return a, b


def _header(text: str, ctx):
    if (placed := RESULT_LINE.match(text)) is not None:
        words = [w.title() if w.isupper() and len(w) > 1 else w for w in placed.group("name").split()]
        return _credited(" ".join(words), ctx, own_line=True)
    m = _HEADER.match(text)
    if m is None or len(text.split()) > MAX_HEADER_WORDS or _INTERESTS.match(text):
        return None
    credit = m.group("credit")
    last = credit.split()[-1].lower().strip(",.")
    if vocabulary().speech_lemma(last):
        return None  # "..., said:": the cue paragraph's
    return _named(re.split(r"\s+(?:at|of)\s+(?=[A-Z])", credit)[0], ctx) or _named(credit, ctx)
