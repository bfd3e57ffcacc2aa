"""Who signs a document, read from its layout lines rather than its prose.

Two shapes, both kept out of the body by cleaning (they are short lines with no full stop):

    Written by Ana Ruiz, Head of Operations     a section's author line below the page's start
                                                (a review or report appended to a page)
    Ana Ruiz                                    a signature block closing the document: a name
    Ombudsman                                   line, then the signer's role on the next line
                                                (or both on one line: "Ana Ruiz, Ombudsman")

A byline above the story ("By Ana Ruiz") is no signature here: it names the reporter of a news
story, which index/statements/author.py reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.models import Article, Span
from index.statements.signature_block import closing_signature as signature_block
from index.textnorm import fold

_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|bin|al|da|del|le|la)){1,3}"
_WRITTEN = re.compile(rf"^(?i:written|authored|prepared|compiled)\s+(?i:by)\s*:?\s+(?P<name>{_NAME})"
                      r"(?:\s*,\s*(?P<title>[^.!?]{2,80}))?$")
_BLOCK_LINES = 3  # a closing block: the name, the role, perhaps the body's name


@dataclass(frozen=True)
class Signature:
    name: str
    title: str | None  # "Head of Operations", "Ombudsman"
    span: Span  # the line(s) in Article.text


def written_by(article: Article) -> Signature | None:
    """The "Written by NAME, TITLE" line below the page's first paragraph, else None."""
    first = article.paragraphs[0].start if article.paragraphs else 0
    for s in article.subheadings:
        if s.start <= first:
            continue
        m = _WRITTEN.match(fold(article.slice(s)).strip(" *_#"))
        if m:
            return Signature(m.group("name"), (m.group("title") or "").strip() or None, s)
    return None


def closing_signature(article: Article) -> Signature | None:
    """The name and role lines after the document's last paragraph ("Ana Ruiz / Ombudsman"), else None.
    The lines are read by index/statements/signature_block.py, the one reader of a closing block."""
    if not article.paragraphs:
        return None
    last = article.paragraphs[-1].end
    lines = [s for s in article.subheadings if s.start >= last]
    if not 1 <= len(lines) <= _BLOCK_LINES or article.text[lines[-1].end:].strip():
        return None
    # a body's name may follow the block ("Ana Ruiz / Ombudsman / Financial Ombudsman Service")
    signed = next((sig for k in range(len(lines), 0, -1)
                   if (sig := signature_block(article.text[lines[0].start:lines[k - 1].end], _is_role))), None)
    if signed is None:
        return None
    # the span runs from the line naming the signer to the line giving the title
    shown = [fold(article.slice(s)) for s in lines]
    first = next((i for i, t in enumerate(shown) if signed.name in t), 0)
    title = next((i for i, t in enumerate(shown) if i >= first and signed.title in t), first)
    return Signature(signed.name, signed.title, Span(lines[first].start, lines[title].end))


def _is_role(line: str) -> bool:
    from index.vocabulary import vocabulary

    v = vocabulary()
    return any(v.is_role(w) for w in re.findall(r"[A-Za-z][\w'’-]*", line))
