"""A keyword query ("Lachin blockade start date?", "evacuated residents taken where?", "environment
minister?", "mayor quote flooding") put as the question it stands for, so that the parser reads
its kind (who, when, where, how many, what was said) as it reads a full question's.

Only a query that is no question already: it starts with no question word, auxiliary or request,
and the parser finds no kind in it. What it asks is read from its words (index/vocabulary.yaml
`terse_kinds`, `terse_said`) or from its head noun naming a person ("minister", "spokeswoman").
"""

from __future__ import annotations

import re

from bot.answering.question import _asks_of_noun, _head, kind_of
from index.vocabulary import vocabulary

_V = vocabulary()
_STARTS = _V.wh | _V.auxiliaries | frozenset(("and", "according", "if", "whether", "please", "i", "tell", "name",
                                               "give", "list", "identify", "describe", "compare", "explain"))
_PHRASE = {"when": "When", "where": "Where", "how many": "How many", "how much": "How much", "why": "Why", "who": "Who"}


def asked(question: str) -> str:
    """The question a keyword query stands for; any other question unchanged."""
    body = question.strip().rstrip("?.! ").strip()
    words = re.findall(r"[\w'’]+", body.lower())
    if len(words) < 2 or words[0] in _STARTS or "'" in words[0] or "’" in words[0]:
        return question
    if (trailing := _trailing(body)) is not None:
        return trailing
    if any(w in _V.wh for w in words) or kind_of(question) != "what":
        return question  # a question word inside: a question, however it is put
    return _by_keyword(body) or _said(body) or _person(body) or question


def _trailing(body: str) -> str | None:
    """"residents taken where?", "pump stations repaired how many?": the question word said last."""
    m = re.match(r"^(?P<rest>.+?)[\s,]+(?P<wh>where|when|who|why|how many|how much)$", body, re.I)
    if m is None or any(w in _V.wh for w in re.findall(r"[\w'’]+", m.group("rest").lower())):
        return None
    return f"{_PHRASE[m.group('wh').lower()]} {m.group('rest')}?"


def _by_keyword(body: str) -> str | None:
    """"blockade start date?", "number of tenants surveyed": a word that says what is asked, said
    last or before "of" (not "generated last year", "city allotments committee")."""
    low = body.lower()
    for word in sorted(_V.terse_kinds, key=len, reverse=True):
        m = re.search(r"(?:^|\s)(?:the\s+)?" + re.escape(word) + r"(?:\s+of(?=\s)|$)|^" + re.escape(word) + r"(?=\s)", low)
        if m is None:
            continue
        rest = " ".join((body[:m.start()] + " " + body[m.end():]).split())
        if len(rest.split()) < 2:
            return None
        return f"{_PHRASE[_V.terse_kinds[word]]} {rest}?"
    return None


def _said(body: str) -> str | None:
    """"mayor quote flooding", "Lavrov comments EU mission": what the one named first said about the rest."""
    words = body.split()
    for k, w in enumerate(words[1:5], start=1):
        if w.lower().strip(",:") in _V.terse_said:
            who, about = " ".join(words[:k]), " ".join(words[k + 1:])
            det = "" if who[:1].isupper() or who.lower().startswith(("the ", "a ")) else "the "
            return f"What did {det}{who} say" + (f" about {about}?" if about else "?")
    return None


def _person(body: str) -> str | None:
    """"lower saxony environment minister?": a phrase whose head names a person asks who that is."""
    words = body.split()
    head, end = _head(words)
    if head is None or _asks_of_noun(head) != "person" or end > 3:
        return None
    det = "" if words[0].lower() in ("the", "a", "an") else "the "
    if end == len(words) - 1:
        return f"Who is {det}{body}?"
    if words[end + 1][:1].isupper():  # "fire chief Cedar Gulch Fire": what the one described said of it
        return f"What did {det}{' '.join(words[:end + 1])} say about {' '.join(words[end + 1:])}?"
    return f"Which {body}?"
