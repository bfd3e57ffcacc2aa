"""How a cited sentence is shown: a transcript turn's label says who spoke, it is not part of the words.

    "[00:02:10] CLLR DAVIES: We meet on the fourth."   ->  "Cllr Davies: We meet on the fourth."
    "Ms OKORO: We will publish it."  (the ledger's Grace Okoro)  ->  "Grace Okoro, on 3 May 2025: We will publish it."

A label with a timestamp is always a turn's. One without is taken off only where the ledger gives the
sentence to the person it names: "GEORGE TOWN: The state will ..." (a dateline) or "VERDICT: False."
stays as written. The citation keeps the article's text and offsets; only the answer's line changes.
"""

from __future__ import annotations

import re

from bot.answering.attribution import attribute
from index.models import Article, Statement
from index.statements.nlp import TIMESTAMP
from index.textnorm import fold

# "[00:02:10] CLLR DAVIES:", "Ms OKORO:", "Mr HALE (Ashby) (10:42):": a house's seat and clock in brackets.
_LABEL = re.compile(rf"^\s*(?P<stamp>{TIMESTAMP})(?P<label>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){{0,3}})"
                    r"(?P<brackets>(?:\s*\([^()]{1,60}\))*)\s*:\s+(?=\S)")
_CLOCK = re.compile(r"\(\d{1,2}[:.]\d{2}\)")
_TITLES = frozenset("mr mrs ms miss dr sir dame prof cllr the rev hon lord lady judge".split())


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’\-]+", fold(text).lower()) if w not in _TITLES}


def _label_of(text: str, st: Statement | None) -> re.Match | None:
    """The turn label opening `text`, if it is one (see the module's docstring)."""
    if ":" not in text[:120]:
        return None  # most sentences: no label, and no regular expression run
    m = _LABEL.match(text)
    if m is None:
        return None
    if m.group("stamp").strip() or _CLOCK.search(m.group("brackets")):
        return m  # a timestamp, before the name or in brackets after it, marks a turn
    if st is not None and names_speaker(m.group("label"), st.speaker, st.speaker_as_written):
        return m
    return None


def names_speaker(label: str, speaker: str, as_written: str | None = None) -> bool:
    """The label names the speaker: a word of their name, or their initials ("HM:", "J.K.:"), or
    the label the ledger read as theirs (`as_written`: "WH:" for Margit ("Wynn") Hollocombe, whom
    a catalogue header names)."""
    if as_written and fold(as_written).strip().rstrip(":").lower() == fold(label).strip().lower():
        return True
    named = _words(label)
    if named and named & _words(speaker):
        return True
    letters = label.replace(".", "").replace(" ", "")
    initials = "".join(w[0] for w in re.split(r"[\s-]+", fold(speaker)) if w[:1].isupper())
    return 2 <= len(letters) <= 4 and letters.isupper() and letters == initials.upper()


def _as_name(label: str) -> str:
    """"CLLR DAVIES" -> "Cllr Davies"; "Ms OKORO" -> "Ms Okoro"; a name written in mixed case stays."""
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in label.split())


def shown(text: str, st: Statement | None, article: Article | None, kind: str, start: int | None) -> str:
    """The answer's line for one cited sentence, without its citation number: who said it, then the words."""
    m = _label_of(text, st)
    if m is None:
        return f"{attribute(text, st, article, kind, start)}{_one_line(text)}"
    words = text[m.end():]
    label = _as_name(m.group("label"))
    if st is None or not names_speaker(m.group("label"), st.speaker, st.speaker_as_written):
        return f"{label}: {_one_line(words)}"  # the ledger's speaker is someone else or no one: the label says who
    said = attribute(words, st, article, kind, None if start is None else start + m.end())
    return f"{said or label + ': '}{_one_line(words)}"


def shown_for(text: str, name: str) -> str:
    """A sentence shown as `name`'s (a multi-hop's bridge): its turn label, naming them, becomes the attribution."""
    m = _LABEL.match(text) if ":" in text[:120] else None
    if m is None or not (m.group("stamp").strip() or _CLOCK.search(m.group("brackets")) or _words(m.group("label")) & _words(name)):
        return _one_line(text)
    return f"{_as_name(m.group('label'))}: {_one_line(text[m.end():])}"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
