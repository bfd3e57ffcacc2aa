""""According to the lead judgment, what must a notice include?": a document the question cites by
what it is ("the lead judgment", "the minority report") is the words of whoever the articles say gave
or wrote it ("Lady Ashcombe gives the lead judgment"). The question is asked about that person, and
the sentence saying so is cited with the answer (as a described person's, bot/answering/hops.py)."""

from __future__ import annotations

import re

from bot.answering.candidates import candidates_of
from bot.answering.hops import Hop
from index.textnorm import fold

LOOK_AT = 8
_DOCUMENTS = r"judgment|judgement|opinion|ruling|decision|report|review|study|findings"
_ACCORDING = re.compile(rf"\baccording to (the (?:[\w\-]+ ){{1,3}}?(?:{_DOCUMENTS}))\b", re.I)
_GAVE = r"(?:gives|gave|delivers|delivered|writes|wrote|authored|authors|hands down|handed down|led|leads)"
_NAME = r"((?:(?:Lady|Lord|Justice|Judge|Dame|Sir|Dr|Professor|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"


def author_hop(question: str, corpus) -> Hop | None:
    """The question with its cited document replaced by the name of whoever gave it, else None."""
    m = _ACCORDING.search(fold(question))
    if m is None:
        return None
    phrase = m.group(1)
    words = phrase.split()[1:]  # "lead judgment"
    said_as = r"\s+".join(map(re.escape, words))
    gave = re.compile(rf"{_NAME}\s+{_GAVE}\s+(?:the|a|an|its|his|her)\s+{said_as}\b", re.I)
    for c in candidates_of(corpus.retrieve(phrase, LOOK_AT)):
        found = gave.search(c.text)
        if found is None or not found.group(1)[:1].isupper():
            continue
        name = found.group(1)
        start = question.lower().find(phrase.lower())
        if start < 0:
            return None
        rewritten = question[:start] + name + question[start + len(phrase):]
        return Hop(rewritten, name, c)
    return None
