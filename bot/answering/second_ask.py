"""A question that asks two things in one ("How big a fall had the analyst expected, and what range
did the company warn of?"): each part gets its sentence.

    "We had pencilled in a 25% fall."                                   the first part
    "... after the group warned that earnings would be 35% to 45% lower"  the second, two paragraphs up

When no chosen sentence holds the second part's own words (those the first part lacks), the best
sentence of the leading article that holds enough of them comes along; for a figure asked, it must
hold a number. Comparisons have their own halves (compare_halves.py)."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps
from bot.answering.question import ASKING_STEMS, amounts
from bot.answering.terms import stems

_SECOND = re.compile(r",\s+and\s+(?:what|which|how|who|when|where)\b(.*)$", re.I)
_FIGURE = re.compile(r"\bhow\s+(?:much|many|big|large|high|far|long)\b|\b(?:range|figure|number|amount|percentage|rate)\b", re.I)
# "what range": two figures as bounds ("between 35% and 45%", "from 10 to 12 million", "3-4%")
_RANGE = re.compile(r"\bbetween\s+\S*\d\S*\s+and\s+\S*\d|\bfrom\s+\S*\d\S*\s+to\s+\S*\d|\d\S*\s*(?:-|–|to)\s*\S*\d", re.I)
_PRICE = re.compile(r"\b(?:cost|costs|price|fee|fees|paid|pay|spent|spend)\b", re.I)  # a figure asked without "how much"
COVERED = 0.3  # share of the second part's (idf-weighted) own words a sentence must hold
MAX_CHOSEN = 4


def with_second_ask(q, chosen: list[Candidate], candidates: list[Candidate], idf) -> list[Candidate]:
    from bot.answering.extractive import coverage

    if not chosen or q.kind == "compare" or len(chosen) >= MAX_CHOSEN:
        return chosen
    m = _SECOND.search(q.text)
    if m is None:
        return chosen
    first = set(stems(q.text[: m.start()]))
    figure = bool(_FIGURE.search(m.group(0)))
    bounds = bool(re.search(r"\brange\b", m.group(0), re.I))
    kind = set(stems("range")) if bounds else set()  # the kind of figure asked, which the sentence shows by its form
    own = tuple(t for t in stems(m.group(1)) if t not in first and t not in ASKING_STEMS and t not in kind)
    article_id = chosen[0].chunk.chunk.article_id
    if own and not any(coverage(own, c.terms, idf) >= COVERED for c in chosen):
        pool = [c for c in candidates if c.chunk.chunk.article_id == article_id and not overlaps(c, chosen)
                and coverage(own, c.terms, idf) >= COVERED and (not figure or amounts(c.text)) and (not bounds or _RANGE.search(c.text))]
        if pool:
            chosen = chosen + [max(pool, key=lambda c: (coverage(own, c.terms, idf), c.score, -c.rank))]
    return _with_first_ask(q, q.text[: m.start()], m.group(1), chosen, candidates, idf, article_id)


def _with_first_ask(q, first_part: str, second_part: str, chosen, candidates, idf, article_id) -> list[Candidate]:
    """"What did kiln owners say each conversion cost them, and how much in fines ...?": the best sentence,
    another speaker's "imposed fines on kiln owners", answers the second ask and only names the first's
    speaker. The first ask's own words, less who said it, must be held too; else its best sentence comes."""
    from bot.answering.extractive import coverage

    if len(chosen) >= MAX_CHOSEN:
        return chosen
    second = set(stems(second_part))
    said_by = set(q.speaker)
    own = tuple(t for t in stems(first_part) if t not in second and t not in ASKING_STEMS and t not in said_by)
    if not said_by or not own or any(coverage(own, c.terms, idf) >= COVERED for c in chosen):
        return chosen
    figure = bool(_FIGURE.search(first_part) or _PRICE.search(first_part))
    pool = [c for c in candidates if c.chunk.chunk.article_id == article_id and not overlaps(c, chosen)
            and coverage(own, c.terms, idf) >= COVERED and (not figure or amounts(c.text))]
    if not pool:
        return chosen
    return [max(pool, key=lambda c: (coverage(own, c.terms, idf), c.score, -c.rank))] + chosen
