"""The closing matter of a press release or an exchange announcement: nobody's statements.

A release ends with an end mark ("ENDS", "-ends-", "###", "END"), notes to editors, the company's
boilerplate ("About X"), and a contacts block ("Enquiries:", "For further information, please
contact:", "Media contacts:") of names, firms and advisers ("X Capital (Nominated Adviser)").
An exchange announcement adds regulatory paragraphs wherever it prints them: that it "contains
inside information" under the market-abuse rules, "the person responsible for arranging the
release", a forward-looking-statements caution. None of these is anyone saying anything, though
names and verbs stand in them; the text stays in the article (its facts can be asked about).
"""

from __future__ import annotations

import re

from index import voice_messages
from index.models import Article, Span
from index.textnorm import fold

_END_MARK = re.compile(r"^[\s\-–—*_#]*(?:ends?|end of (?:release|announcement|statement|press release))[\s\-–—*_.]*$|^\s*#{3}\s*$", re.I)
# a contacts or notes heading, alone or with its first entry after a colon
_CLOSING_HEAD = re.compile(
    r"^[\s*_#]*(?:enquiries|inquiries|(?:media|press|investor|analyst)s?(?: relations)? (?:enquiries|inquiries|contacts?|information)|"
    r"contacts?|for (?:further|more|additional) (?:information|details|enquiries)(?:,?\s*(?:please\s+)?contact)?|"
    r"notes? (?:to|for) (?:the )?editors?|editors?['’]? notes?)\s*(?::.{0,120}|\.{0,3})$", re.I)
_REGULATORY = re.compile(
    r"\b(?:contains?|constitutes?|deemed to (?:contain|constitute)|contained) inside information\b|\bmarket abuse regulation\b|"
    r"\bperson responsible for (?:arranging|making|the release)\b|\b(?:contains?|include|includes) (?:certain )?forward[- ]looking statements\b",
    re.I)


def spans(article: Article) -> list[Span]:
    """Where the article's closing matter stands: from an end mark or a contacts or notes heading
    below the lede to the end, and each regulatory paragraph."""
    text = article.text
    body_start = article.paragraphs[0].end if article.paragraphs else 0
    out = []
    voiced = voice_messages.blocks(text)  # a voice notes export's "Contact: Ann Roe" opens a message
    for m in re.finditer(r"[^\n]+", text):
        if any(b.start <= m.start() < b.end for b in voiced):
            continue
        if m.start() >= body_start and (_END_MARK.match(fold(m.group(0))) or _CLOSING_HEAD.match(fold(m.group(0)))):
            out.append(Span(m.start(), len(text)))
            break
    out += [p for p in article.paragraphs if _REGULATORY.search(fold(text[p.start:p.end]))]
    return out


def outside(raws: list, closing: list[Span]) -> list:
    """The statements that stand outside the closing matter."""
    if not closing:
        return raws
    return [r for r in raws if not any(c.start <= r.span.start < c.end for c in closing)]
