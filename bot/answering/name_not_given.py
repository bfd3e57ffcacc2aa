"""A name asked ("what is the driver's name", "what is the name of the bus driver") where the
chosen sentences name no one and nothing: they speak of the driver ("The driver was amazing.") but
never say what the driver is called, so the decline cites them rather than giving them as the name.

A name is read as any capitalised word that is not the question's own, not the first word of a
sentence (unless it is no English word: "Wetherby drives the bus."), and not a speaker's label in a
transcript ("Corin Wetherby: ..."). Places and bodies count as well: reading them as names only
makes the check hold back. A lone capitalised dictionary word inside a sentence ("checks the gauge
against the Lodestar tables") is a thing's name, not the person's: a person is named by a word no
dictionary holds ("Wetherby") or by two capitalised words together ("Tom Bell", "Mr Bell").
"""

from __future__ import annotations

import re

_NAME_ASKED = re.compile(r"^\s*(?:and\s+)?what(?:\s+is|\s+was|'s|’s)\s+(?:(?:the\s+)?(?:full\s+|first\s+)?name\s+of\s+(?:the|this|that)\s+"
                         r"|the\s+[\w\-\s]+?(?:'s|’s)\s+(?:full\s+|first\s+)?name\b)", re.I)
_LABEL = re.compile(r"^\s*[A-Z][\w.\-'’ ]{0,40}:\s")
_WORD = re.compile(r"[A-Za-z][\w\-'’]*")
_OPENS = frozenset("the a an this that these those he she it they we i you his her its their our".split())


def name_not_given(q, chosen: list) -> object | None:
    """chosen[0] when a name is asked and no chosen sentence holds a capitalised word that may be a
    name; else None."""
    from bot.answering.english_words import is_english

    if not chosen or not _NAME_ASKED.search(q.text):
        return None
    asked = {w.lower() for w in _WORD.findall(q.text)}
    for c in chosen:
        text = _LABEL.sub("", c.text, count=1)
        for sentence in re.split(r"(?<=[.!?])[\"”’]?\s+", text):
            words = _WORD.findall(sentence)
            for i, w in enumerate(words):
                if not w[0].isupper() or w.lower() in asked or w == "I":
                    continue
                if i == 0 and (w.lower() in _OPENS or is_english(w.lower())):
                    continue
                if is_english(w.lower()) and not _in_a_run(words, i):
                    continue  # "the Lodestar tables": a lone capitalised word a dictionary holds
                return None  # a capitalised word that may be the name
    return chosen[0]


def _in_a_run(words: list[str], i: int) -> bool:
    """Whether words[i] stands beside another capitalised word (not "I"): "Tom Bell", "Mr Bell"."""
    return any(0 <= j < len(words) and words[j][0].isupper() and words[j] != "I" for j in (i - 1, i + 1))
