"""A surname asked ("what is Tobiah's surname", "the deckhand's last name") of someone the article
names by a first name only ("a deckhand called Tobiah"): the articles do not give it, and the
sentence naming the person is cited in the decline rather than given as the answer.

The person is the question's one-word name, or, for a role asked, the one-word name the chosen
sentences give after "called", "named" or "known as". The article's text is read for that name
followed by another capitalised word ("Tobiah Quennell"): then the surname may be told.
"""

from __future__ import annotations

import re

_SURNAME = r"(?:sur|last\s+|family\s+|full\s+|second\s+)name"
_NAMED_ASKED = re.compile(rf"\b([A-Z][a-z][\w\-]*)(?:'s|’s)\s+{_SURNAME}\b|\b{_SURNAME}\s+of\s+([A-Z][a-z][\w\-]*)\b(?!\s+[A-Z])")
_SURNAME_ASKED = re.compile(rf"\b{_SURNAME}\b", re.I)
# "a deckhand called Tobiah", "known only as Mira": a one-word name (not followed by a capitalised word).
# Also "who gave only his first name, Ruvo", "identified only by her first name, Ama": the first name told as such.
_CALLED = re.compile(r"\b(?:called|named|known\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|gave\s+(?:only\s+)?(?:his|her|their)\s+name\s+as"
                     r"|(?:gave|give|gives|giving|offered|provided|by|using)\s+(?:only\s+)?(?:his|her|their)\s+first\s+name(?:\s+only)?(?:\s+as|,)?)"
                     r"\s+([A-Z][a-z][\w\-]*)\b(?![ \t]+[A-Z])")


def first_name_only(q, chosen: list, text_of) -> object | None:
    """The chosen sentence naming the asked person by a first name that no chosen article follows with
    a surname, for a question asking a surname; else None. `text_of(article_id)`: the article's text."""
    if not chosen or not _SURNAME_ASKED.search(q.text):
        return None
    named = _NAMED_ASKED.search(q.text)
    firsts = [named.group(1) or named.group(2)] if named else []
    cite = None
    if not firsts:
        for c in chosen:
            if (m := _CALLED.search(c.text)) is not None:
                firsts, cite = [m.group(1)], c
                break
    if not firsts:
        return None
    first = firsts[0]
    articles = {c.chunk.chunk.article_id for c in chosen}
    full = re.compile(rf"\b{re.escape(first)}[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z][\w\-']*|\b{re.escape(first)}[ \t]+(?:van|von|de|da|di|le|la|du|al|el|bin|ben)\s")
    for a in articles:
        text = text_of(a) or ""
        if first not in text or full.search(text):
            return None  # named in full (or not at all) there
    return cite or next((c for c in chosen if first in c.text), None)
