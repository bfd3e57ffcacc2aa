"""A did-question whose act the articles tell only as open to someone, never as done.

    Did the tenant appeal the ruling?   "Either party may appeal within 14 days."
    Did the council sell the field?     "The council could sell the field to cover the deficit."

The question asks whether the act happened; the chosen sentences name the act only after a word of
what may be done ("may", "can", "is entitled to", "has 28 days to", "the right to"), and none of the
best article's sentences tells it otherwise. The decline cites the sentence: the articles say the act
is open, not that it was done. Read from the sentences' text with regexes (no parse).
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

_DID_ASKED = re.compile(r"^\s*(?:and\s+)?(?:did|has|have|had)\s+(?!not\b)", re.I)
# What may be done: "may (still) appeal", "is entitled to appeal", "has 21 days to appeal", "the right to appeal".
_OPEN_BEFORE = re.compile(
    r"\b(?:may|might|can|could|free\s+to|entitled\s+to|right\s+to|rights?\s+of|days?\s+(?:in\s+which\s+)?to|weeks?\s+to|"
    r"months?\s+to|option\s+to|whether\s+to|chance\s+to|able\s+to|eligible\s+to|deadline\s+to|time\s+to|how\s+to)\s+"
    r"(?:(?:still|yet|also|now|then|further|lodge|file|bring|make|submit|an?|the)\s+){0,2}$", re.I)
# A noun of the act that may be brought: "an appeal may be lodged".
_OPEN_AFTER = re.compile(r"^\w*\s+(?:may|might|can|could)\s+(?:still\s+|also\s+)?be\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _uses(text: str, stem: str) -> list[re.Match]:
    """The act's words in `text`; not a capitalised one inside it (a name: "the Appeals Committee"),
    nor in a heading of a few words ("7. Appeal")."""
    words = list(_WORD.finditer(text))
    if len(words) < 4:
        return []
    return [m for i, m in enumerate(words) if stem in stems(m.group(0)) and not (i and m.group(0)[0].isupper())]


def _only_open(text: str, stem: str) -> bool | None:
    """True when every use of the act in `text` is as what may be done, False when one is otherwise,
    None when the act is not named."""
    uses = _uses(text, stem)
    if not uses:
        return None
    return all(_OPEN_BEFORE.search(text[max(0, m.start() - 60):m.start()]) or _OPEN_AFTER.match(text[m.end():])
               for m in uses)


def only_open(q, chosen: list, own: list) -> object | None:
    """The chosen sentence telling the asked act only as open to someone, for a did-question, when no
    chosen sentence nor any of `own` (the best article's best sentences) tells it otherwise; else None."""
    p = q.predicate
    if p is None or not p.lemma or not _DID_ASKED.match(q.text):
        return None
    act = stems(p.lemma)
    if not act:
        return None
    found = None
    for c in [*chosen, *own]:
        told = _only_open(c.text, act[0])
        if told is False:
            return None
        if told and found is None and any(c is o for o in chosen):
            found = c
    return found
