"""A why-question asking why a year was chosen ("why did the editors settle on 2017 as the year it
was built") where the document's last word on that year sets it aside for another: a discussion that
ends "Then 2018 it is. I've changed the lead and moved 2017 to a note", a correction that says "the
date was 2018, not 2017".

    the question: a verb of choosing (settle on, choose, pick, opt for, decide on, go with) and a year
    the document: the last sentence naming that year, or a sentence beside it in its passage, names
        another year and a word of change (changed, corrected, moved, replaced, "not", "it is")

The answer corrects the premise with those sentences. A year named with a day and month ("10 March
2026", a comment's signature) is a date, not a year chosen, and is not read.
"""

from __future__ import annotations

import re

_CHOICE = re.compile(r"\b(?:settl(?:e|ed|es|ing)\s+(?:on|upon)|cho(?:se|ose|osen|oses|osing)|pick(?:ed|s)?|opt(?:ed|s)?\s+for|"
                     r"decid(?:e|ed|es)\s+on|agree(?:d|s)?\s+on|go\s+with|went\s+with|gone\s+with|plump(?:ed)?\s+for|land(?:ed)?\s+on)\b",
                     re.I)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATED = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+$", re.I)
# words that set one thing aside for another
_CHANGE = re.compile(r"\b(?:chang(?:e|ed|ing)|correct(?:ed|ion)?|mov(?:e|ed|ing)|replac(?:e|ed|ing)|swapp?(?:ed)?|amend(?:ed)?|"
                     r"fix(?:ed)?|updated?|instead|rather\s+than|not|it\s+is|it\s+was)\b", re.I)


def choice_overturned(q, article_id: str | None, corpus) -> list | None:
    """The sentences of the asked article that set the asked year aside for another (the one with the
    other year first), for a why-question asking why that year was chosen; else None."""
    if q.kind != "why" or article_id is None or corpus is None or not _CHOICE.search(q.text):
        return None
    asked = {m.group(1) for m in _YEAR.finditer(q.text)}
    if len(asked) != 1:
        return None
    year = next(iter(asked))
    from bot.answering.candidates import candidate_at
    from index.models import ScoredChunk

    last = None  # (chunk, index of the sentence) of the last sentence naming the year
    chunks = corpus.chunks_of(article_id)
    for chunk in chunks:
        if year not in chunk.text:
            continue
        for i, span in enumerate(chunk.sentences):
            sc = ScoredChunk(chunk, 0.0)
            if year in _years(candidate_at(sc, 1, span).text):
                last = (chunk, i)
    if last is None:
        return None
    chunk, i = last
    sc = ScoredChunk(chunk, 0.0)
    around = [candidate_at(sc, 1, chunk.sentences[j]) for j in range(max(0, i - 1), min(len(chunk.sentences), i + 2))]
    at = around[min(i, 1)]  # the sentence naming the year
    others = [c for c in around if (_years(c.text) - {year}) and _CHANGE.search(c.text)]
    if not others:
        return None
    return [others[0]] + ([at] if at is not others[0] else [])


def _years(text: str) -> set[str]:
    """The bare years of `text`: not a day's date ("10 March 2026")."""
    return {m.group(1) for m in _YEAR.finditer(text) if not _DATED.search(text[:m.start()])}
