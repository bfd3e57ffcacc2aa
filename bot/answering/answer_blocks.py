"""A written-answers page's label lines name no topic of their own: "Answered on 4 March 2025" and
"Answered by X, Minister of State" say when and by whom their block's question was answered, and
the question ("To ask ..., how many sailings were cancelled") says what about. Each label line gets
the terms of its block's question and of the block's other labels, so that "When did the minister answer the question on
cancelled sailings?" finds that block's day and not another's (index/statements/answer_labels.py
reads the labels).
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.statements import answer_labels


ASKS_OF_LABELS = ("when", "who")  # a label line says when and by whom, never what
# What every answering label starts with (answer_labels._ANSWERED: "Answered by", "Reply given by",
# "Responding minister:"); folding changes no letter, so the page's own text is searched.
_ANSWER_WORD = re.compile(r"answer|repl|respon", re.I)


def with_block_terms(kind: str, candidates, article_of) -> None:
    """Give each candidate that is a label line of a written-answers page its block's question terms,
    for a question a label line can answer."""
    if kind not in ASKS_OF_LABELS:
        return
    pages: dict[str, dict[int, frozenset[str]]] = {}
    for c in candidates:
        aid = c.chunk.chunk.article_id
        if aid not in pages:
            pages[aid] = _label_terms(article_of(aid))
        found = pages[aid].get(c.span.start)
        if found:
            c.terms = c.terms | found


def _label_terms(article) -> dict[int, frozenset[str]]:
    """Where each label line starts -> its block's question terms."""
    text = getattr(article, "text", None)
    if not text or not _ANSWER_WORD.search(text):
        return {}  # (an answers page has an "Answered by" line: a page without the word has none)
    lines = answer_labels.labels(text)
    if not answer_labels.is_answers_page(text, lines):
        return {}
    asks = [i for i, ln in enumerate(lines) if ln.kind == "asked"]
    out: dict[int, frozenset[str]] = {}
    for n, i in enumerate(asks):
        # the question: from the "Asked by" line to the next label
        end = lines[i + 1].pos if i + 1 < len(lines) else len(text)
        question = text[lines[i].pos:end].split("\n", 1)[-1]
        first = i
        while first > 0 and lines[first - 1].kind == "tabled":  # "UIN 1234, tabled on ..." above "Asked by"
            first -= 1
        last = (asks[n + 1] if n + 1 < len(asks) else len(lines))
        while last > i + 1 and lines[last - 1].kind == "tabled":
            last -= 1  # the next block's "tabled" line
        # the question's words, and the block's labels' (who answered it, as its day line has not)
        terms = frozenset(stems(question)) | frozenset(t for ln in lines[first:last] for t in stems(ln.text))
        for ln in lines[first:last]:
            out[ln.pos] = terms
    return out


_ANSWERING = re.compile(r"\b(?:answer(?:ed|s)?|repl(?:y|ied|ies)|respond(?:ed|s)?)\b", re.I)
_ASKING = re.compile(r"\b(?:asked|ask|tabled?|lodged?|submit(?:ted)?|put down)\b", re.I)
OTHER_SIDE = 0.5


def weigh_other_side(q, candidates) -> None:
    """"When was the question answered?": the question's own statement is dated the day it was tabled,
    another event's day; "when was it tabled?" the other way round."""
    if q.kind != "when":
        return
    answering, asking = bool(_ANSWERING.search(q.text)), bool(_ASKING.search(q.text))
    other = "asked" if answering and not asking else "answered" if asking and not answering else None
    if other is None:
        return
    for c in candidates:
        if c.statement is not None and c.statement.act == other:
            c.score *= OTHER_SIDE
