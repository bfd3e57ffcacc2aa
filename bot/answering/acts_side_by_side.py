"""A comparison of two acts answered by the one sentence that gives each act its figure.

    Compare what the union asked for with what the company offered on wages.
        both <- "We asked for 9 percent ..., and the company offered 4.5 percent and nothing for the night shift."

Each half of the question has its own act ("ask", "offer"); a sentence in which a word of each half's
act is followed closely by a number of its own sets the two figures side by side, whoever the halves'
subjects are called there ("we", "the company"), so it answers both at once.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.question import Question, amounts
from bot.answering.terms import stems

_YEAR = re.compile(r"(?:19|20)\d\d")
REACH = 4  # words from the act's word to its figure ("asked for a 9 percent rise")
MIN_SCORE = 0.24  # (the answerer's own floor: the sentence must be on the question's subject)


def acts_side_by_side(q: Question, candidates: list[Candidate]) -> Candidate | None:
    """The best sentence of the leading article in which each half's own act word has its own figure."""
    if q.kind != "compare" or len(q.halves) != 2 or not candidates:
        return None
    first, second = q.halves
    # (the halves' acts are the question's verbs: "the union's pay demand" names a sum, "pay" no act)
    acts = _verbs(q.text)
    own = [(frozenset(first) - frozenset(second)) & acts, (frozenset(second) - frozenset(first)) & acts]
    if not all(own):
        return None
    lead = max(candidates, key=lambda c: (c.score, -c.rank)).chunk.chunk.article_id
    pool = [c for c in candidates if c.score >= MIN_SCORE and c.chunk.chunk.article_id == lead and _each_has_figure(c.text, own)]
    return max(pool, key=lambda c: (c.score, -c.rank)) if pool else None


def _verbs(question: str) -> frozenset[str]:
    """The stems of the question's verbs ("asked", "offered"), from its shared parse."""
    from bot.answering.predicate import parse_question

    return frozenset(t for w in parse_question(question) if w.pos_ == "VERB" for t in stems(w.text))


def _each_has_figure(text: str, halves: list[frozenset[str]]) -> bool:
    """Each half's act word is followed within REACH words by a figure, and the two figures differ."""
    words = re.findall(r"[\w%$€£.,\-]+", text)
    # (digits, not a year: "four months of 2023" is no figure set against the offer)
    figured = [i for i, w in enumerate(words) if amounts(w.strip(".,")) and re.search(r"\d", w) and not _YEAR.fullmatch(w.strip(".,"))]
    figures = []
    for terms in halves:
        acts = [i for i, w in enumerate(words) if set(stems(w.strip(".,"))) & terms]
        figures.append({f for i in acts for f in figured if 0 < f - i <= REACH})
    return any(a != b for a in figures[0] for b in figures[1])
