"""A question that takes a date the article itself calls an error: the article's correction answers it.

    What did the July inspection of the weir find?
        "In our letter of 4 March we gave the inspection date as 12 July 2025."
        "That was an error; the inspection took place on 12 August 2025."
      -> "The articles do not say so; they report: In our letter ... [1] That was an error; ... [2]"

A month the question names is in one of the asked article's sentences, which (or the next one)
says it was written in error ("was an error", "incorrectly", "should have read"); the sentences
share a word of the question's other than its names and dates, so the error is about the thing
asked. Read from the sentences' text; no parse."""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.datelines import MONTH

_MONTH = re.compile(rf"\b({MONTH})\b\.?")  # the month names and abbreviations the date lines read
_ERROR = re.compile(r"\b(?:was|were|is|are)\s+(?:an?\s+)?(?:error|mistake|wrong|incorrect)\b|\bin\s+error\b|"
                    r"\bincorrectly\b|\bwrongly\s+(?:gave|stated|said|reported|recorded)\b|\bshould\s+have\s+(?:read|said|been)\b",
                    re.I)


def date_in_error(q, candidates: list) -> list | None:
    """[the sentence giving the question's month, the one calling it an error], or None."""
    months = {m.group(1)[:3].lower() for m in _MONTH.finditer(q.text)}
    if not months or not candidates:
        return None
    from bot.answering.afterwards import asked_article

    article_id = asked_article(candidates, q.names)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id),
                 key=lambda c: (c.chunk.chunk.paragraph, c.span.start))
    month_terms = {t for m in _MONTH.finditer(q.text) for t in stems(m.group(1))}
    asked = {t for t in q.terms if t not in q.names and t not in month_terms and not t.isdigit()}
    for i, c in enumerate(own):
        if not any(m.group(1)[:3].lower() in months for m in _MONTH.finditer(c.text)):
            continue
        nxt = own[i + 1] if i + 1 < len(own) and own[i + 1].chunk.chunk.paragraph == c.chunk.chunk.paragraph else None
        if _ERROR.search(c.text):
            # "That was an error; it took place on 12 August": the month after the error is the right one
            error = c if _wrong_here(c.text, months) else None
        else:
            error = nxt if nxt is not None and _ERROR.search(nxt.text) else None
        if error is None or not asked & (c.terms | error.terms):
            continue
        if error is c:
            # "wrongly gave the hearing date as 27 May. The hearing took place on 10 June.": the right date follows
            right = nxt is not None and any(m.group(1)[:3].lower() not in months for m in _MONTH.finditer(nxt.text))
            return [c, nxt] if right else [c]
        return [c, error]
    return None


# "incorrectly said the survey was in September": what follows the word, up to the clause's end, was wrong
_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|in\s+error)\b[^;.]*", re.I)


def _wrong_here(text: str, months: set[str]) -> bool:
    """Whether a month asked is what the sentence says was written wrongly (not the corrected one)."""
    return any(m.group(1)[:3].lower() in months for w in _WRONGLY.finditer(text) for m in _MONTH.finditer(w.group(0)))
