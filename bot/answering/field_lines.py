"""A field line ("Operating profit: €9.8m", "Comment submitted date: Tue 04 Mar 2025") answers only
what its label names.

A page of fields (index/labelled_lines.py) gives each field a sentence of its own. A field's value
is its label's: a submitted date is no day of the decision asked about, a case officer no answer to
who supports. So a field line is kept only for a question sharing a word with its label, and weighs
more the more words of a label the question uses whole ("who is the case officer"); and a year
the question names that the line does not, in an article that never names that year, is another
period's figure ("profit in 2022" against the report's "Operating profit: €9.8m").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.candidates import Candidate
from bot.answering.question import Question
from bot.answering.terms import stems
from index.labelled_lines import SHORT_FIELD, data_field
from index.vocabulary import noun_asks

_FIELD_LINE = re.compile(r"^\s*[-•*]?\s*(?P<label>[A-Z][\w'’()/&.,-]*(?:[ \t]+[\w'’()/&.,-]+){0,5})[ \t]*:[ \t]+(?P<value>[^\n]+)$")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def field_of(text: str) -> tuple[str, str] | None:
    """(label, value) of a one-line field sentence, else None."""
    m = _FIELD_LINE.match(text.strip())
    if m is None or len(text.strip()) > SHORT_FIELD or not data_field(text.strip()):
        return None
    return m.group("label"), m.group("value")


def signature_lines(text: str) -> bool:
    """A signature block of name, role and date lines."""
    from index.sign_off import _name, _role

    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    return 2 <= len(lines) <= 3 and _name(lines[0]) is not None and _role(lines[1])


def weigh_field_lines(q: Question, candidates: list[Candidate], article_of: Callable[[str], object]) -> None:
    asked_years = set(_YEAR.findall(q.text))
    texts: dict[str, str] = {}
    for c in candidates:
        if q.kind != "who" and signature_lines(c.text):
            c.score = 0.0  # "Ana Ruiz / Chair / 27 March 2025" says who signed, and nothing else
            continue
        field = None if c.statement is not None else field_of(c.text)  # (a note's "- Ann: ...": her words, no field)
        if field is None:
            continue
        label, _ = field
        worded = set(stems(label)) & set(q.terms)
        if worded and q.role and not worded & set(q.role) and noun_asks(label.split()[-1].lower()) == "person":
            worded = set()  # "who was the postmaster, in the interview": "Interviewer: ..." names another role's holder
        if not worded:
            c.score = 0.0
            continue
        if worded == set(stems(label)):  # "who is the case officer": "Case officer: ..." is the answer's own field
            c.score *= 1 + 0.5 * len(worded)
        if asked_years and not asked_years & set(_YEAR.findall(c.text)):
            aid = c.chunk.chunk.article_id
            if aid not in texts:
                texts[aid] = getattr(article_of(aid), "text", "") or ""
            if not asked_years & set(_YEAR.findall(texts[aid])):
                c.score = 0.0
