"""Who wrote or decided a document, when only its layout lines say (index/signature_lines.py).

    Who wrote the incident review?       "Written by Ana Ruiz, Head of Operations" above the review
    Who decided the complaint?           "Ana Ruiz / Ombudsman" closing the decision

The prose never names the author or the decider ("I've decided ...", "we"), so no sentence
answers; the signature line does, and is cited. A "Written by" line answers only when the section
it heads (or the page) is the document the question names; a closing signature only for a
document that decides, in one of the leading retrieved articles.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.models import Answer, Citation, ScoredChunk
from index.signature_lines import closing_signature, written_by

_WROTE = re.compile(r"^\s*who\s+(?:wrote|authored|penned|prepared|compiled|signed|is the author of|was the author of)\b", re.I)
_DECIDED = re.compile(r"^\s*who\s+(?:decided|ruled on|determined|adjudicated|signed|made the (?:final )?decision (?:on|in|about))\b"
                      r"(?!\s+(?:to|whether|that)\b)", re.I)
_DECIDES = re.compile(r"\b(?:decision|decided|decide|ruling|determination|adjudication|verdict)\b", re.I)
_ASKING = frozenset(stems("who wrote write written author authored penned prepared compiled signed sign decided "
                          "decide decision ruled rule determined adjudicated made final"))
ARTICLES = 2  # the leading retrieved articles are read


def asks_signer(question: str) -> bool:
    """Whether the question asks who wrote or decided something (checked before any retrieval)."""
    return bool(_WROTE.search(question) or _DECIDED.search(question))


def signed_answer(question: str, passages: list[ScoredChunk], corpus) -> Answer | None:
    """The signature line that answers "who wrote/decided <document>", cited, else None."""
    wrote, decided = bool(_WROTE.search(question)), bool(_DECIDED.search(question))
    if not (wrote or decided) or not hasattr(corpus, "article"):
        return None
    asked = set(stems(question)) - _ASKING
    for article_id in list(dict.fromkeys(sc.chunk.article_id for sc in passages))[:ARTICLES]:
        article = corpus.article(article_id)
        if article is None:
            continue
        signed = written_by(article) if wrote else None
        if signed is not None and asked & set(stems(_heading_above(article, signed.span.start) + " " + (article.title or ""))):
            line = article.slice(signed.span)
            return _answer(question, passages, article, signed.span, f"{line.strip()} [1]")
        closing = closing_signature(article)
        if closing is not None and _DECIDES.search(article.text) and asked & set(stems(article.text)):
            shown = f"{closing.name}, {closing.title}" if closing.title else closing.name
            return _answer(question, passages, article, closing.span, f"Signed at the end of the document: {shown} [1]")
    return None


def _heading_above(article, pos: int) -> str:
    """The section heading nearest above `pos`, past date lines ("Posted Jun 6, 2031 - 17:00")."""
    for s in sorted((s for s in article.subheadings if s.end <= pos), key=lambda s: -s.start):
        text = article.slice(s).strip()
        if not re.search(r"\d", text):
            return text
    return ""


def _answer(question: str, passages, article, span, text: str) -> Answer:
    return Answer(question=question, text=text, retrieved=passages,
                  citations=[Citation(1, article.id, span.start, span.end, article.slice(span))])
