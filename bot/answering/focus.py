"""The thing a "what is the X with / of ..." question asks for: X is what the answer must hold.

"What is the danger with the recalled heaters?" is answered by the sentence on the hazard, not by
the one describing the heaters, though that one holds more of the question's other words. The
focus noun (or a word of its paraphrase group, index/vocabulary.yaml `paraphrases`) weighs more,
and a sentence without it answers less. A figure ("what was the revenue") is counting's; a person
("what is the minister's view") is no focus here.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.textnorm import fold
from index.vocabulary import noun_asks, vocabulary

_FOCUS = re.compile(r"^\s*(?:and\s+)?what\s+(?:is|was|are|were|'s)\s+the\s+(?:main\s+|biggest\s+|chief\s+)?([a-z]+)"
                    r"\s+(?:with|of|for|in|about|behind|from|to|on|facing|posed)\b", re.I)
FOCUS_WEIGHT = 2.0
NO_FOCUS = 0.7


# "What injury kept her out?", "what concession did the firm offer?", "what rule will apply?": the noun
# after "what", then an auxiliary or a verb in the past
_WHAT_NOUN = re.compile(r"^\s*(?:and\s+)?what\s+(?:new\s+|main\s+|other\s+|exact\s+)?([a-z]+)\s+([a-z]+)\b", re.I)
_AUXILIARIES = frozenset("did does do will would is was are were has have had can could should may might must shall".split())
_COPULAS = frozenset("is was are were".split())
# Nouns after "what" that ask a time, a figure or a manner, whose words the answer need not hold
_NOT_FOCUS = frozenset("time day date year month week hour number kind sort type way amount price cost size age "
                       "percentage share proportion rate figure total".split())


def _what_noun(text: str) -> str | None:
    m = _WHAT_NOUN.match(text)
    if m is None or m.group(1).lower() in _NOT_FOCUS or m.group(1).lower() in _AUXILIARIES:
        return None
    verb = m.group(2).lower()
    if verb in _COPULAS:
        return None  # "what warning is in place", "what relief is each family getting": the thing may go by
        # another name ("a boil-water notice"), and a sentence that happens to say "warning" is no answer
    past = verb.endswith("ed") or verb in _PAST_FORMS
    # Only the thing that does the act ("what injury kept her out"): after an auxiliary ("what
    # concession did she offer") the thing is often told in other words, and a sentence that happens
    # to say the noun wins over the answer.
    return m.group(1) if past and verb not in _AUXILIARIES else None


_PAST_FORMS = frozenset(f for forms in vocabulary().irregular_past.values() for f in forms)


def doer_asked(question: str) -> str | None:
    """The stem of the noun asked for when it does the question's act ("what injury kept her out":
    the injury kept her out): the sentence telling the thing answers, whatever its verb."""
    m = _WHAT_NOUN.match(fold(question))
    if m is None or m.group(2).lower() in _AUXILIARIES or _what_noun(fold(question)) is None:
        return None
    found = stems(m.group(1))
    return found[0] if len(found) == 1 and noun_asks(m.group(1)) is None else None


def focus_of(question: str, held=None) -> str | None:
    """The stem of the noun asked for, or None (most questions: one regular expression). A noun
    right after "what" ("what excuse did he give") is the focus only where `held(stem)` says some
    sentence holds it: an excuse is rarely called one, and then the question's other words pick."""
    m = _FOCUS.match(fold(question))
    noun = m.group(1) if m is not None else _what_noun(fold(question))
    if noun is None or noun_asks(noun) is not None:
        return None
    found = stems(noun)
    if len(found) != 1:
        return None
    return found[0] if m is not None or held is None or held(found[0]) else None
