"""Now against then: a question about how things are now, and a comparison of now with before.

    How many drivers work the late shift now?
        "When I joined there were twelve drivers on the late shift."   then: weighed down
        "Now there are five."                                           now: weighed up
    How does a market day today compare with one before the bypass?
        "Before the bypass, a good day was 300 customers."   one side, found by its own words
        "On a good Saturday we see 700."                      the other, its neighbour with a figure

A first-person account tells both sides in neighbouring sentences, and only one of them repeats the
question's words: the other side is the next or previous sentence of the paragraph that gives a figure.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps
from bot.answering.neighbours import gives_figure
from bot.answering.question import Question

# The question asks how things stand now.
# Not "today", which in news is the day of the report ("what did the minister say today").
_ASKS_NOW = re.compile(r"\b(?:now|nowadays|these days|currently|at present|at the moment|any ?more)\b", re.I)
# A sentence about now, and one about how it was.
_NOW = re.compile(r"\b(?:now|nowadays|these days|currently|at present|at the moment|today|this year)\b", re.I)
_THEN = re.compile(r"\b(?:when (?:I|we|she|he|they) (?:first )?(?:started|began|joined|arrived|took over)|used to|"
                   r"in those days|back then|in the old days|at the time|(?:before|until) (?:19|20)\d\d|"
                   r"(?:years|decades) ago|once had)\b", re.I)
NOW_BONUS = 1.2
THEN_WEIGHT = 0.6
SIDE_MIN_SCORE = 0.1  # the neighbour's own score: it shares a word with the question, at least


def asks_now(q: Question) -> bool:
    return q.kind in ("how-many", "what") and bool(_ASKS_NOW.search(q.text)) and not _THEN.search(q.text)


def weigh_now(q: Question, candidates: list[Candidate]) -> None:
    """"How many ... now": a sentence about now weighs more, one about how it was less."""
    if not asks_now(q):
        return
    for c in candidates:
        now, then = _NOW.search(c.text), _THEN.search(c.text)
        if now and not then:
            c.score *= NOW_BONUS
        elif then and not now:
            c.score *= THEN_WEIGHT


def now_before_then(q: Question, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """"How many ... now" whose best sentence tells how it was ("When I joined there were twelve
    mechanics"): the paragraph's neighbour about now with a figure ("Now there are five.") answers,
    shown first; the best stays after it, as it names what is counted."""
    if not chosen or not asks_now(q):
        return chosen
    best = chosen[0]
    if not _THEN.search(best.text) or _NOW.search(best.text):
        return chosen
    now = [c for c in candidates if c.chunk.chunk.id == best.chunk.chunk.id and not overlaps(c, [best])
           and _NOW.search(c.text) and not _THEN.search(c.text) and gives_figure(c.text) and _adjacent(c, best)]
    if not now:
        return chosen
    return [now[0], best, *(c for c in chosen[1:] if not overlaps(c, now[:1]))]


def with_other_side(q: Question, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """A comparison whose best sentence gives one side's figure, and no other of its paragraph's: the
    paragraph's neighbour that gives a figure too (the nearer first, the previous before the next) is the other side."""
    if q.kind != "compare" or not chosen or not gives_figure(chosen[0].text):
        return chosen
    best = chosen[0]
    if any(c.chunk.chunk.id == best.chunk.chunk.id and gives_figure(c.text) for c in chosen[1:]):
        return chosen  # its paragraph's other figure is already there
    same = [c for c in candidates if c.chunk.chunk.id == best.chunk.chunk.id and not overlaps(c, chosen)
            and c.score >= SIDE_MIN_SCORE and gives_figure(c.text)]
    before = [c for c in same if c.span.end <= best.span.start]
    after = [c for c in same if c.span.start >= best.span.end]
    previous = max(before, key=lambda c: c.span.end, default=None)
    following = min(after, key=lambda c: c.span.start, default=None)
    near = [c for c in (previous, following) if c is not None and _adjacent(c, best)]
    if not near:
        return chosen
    return [*sorted([best, near[0]], key=lambda c: c.span.start), *chosen[1:]]


def _adjacent(c: Candidate, best: Candidate) -> bool:
    """No other sentence stands between the two (only white space)."""
    text = best.chunk.chunk.text
    base = best.chunk.chunk.start
    lo, hi = (c.span.end, best.span.start) if c.span.end <= best.span.start else (best.span.end, c.span.start)
    return not text[lo - base : hi - base].strip()
