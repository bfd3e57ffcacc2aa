"""The words with which a sentence would withhold what a question asks: "how old" for "How old are
the wagons?", "which supplier" for "Which supplier failed to deliver?". A next-best sentence that
says it did not say "which supplier" withholds the very thing asked, though the best sentence
mentions the supplier's goods."""

from __future__ import annotations

import re

_HOW = re.compile(r"^\s*(?:and\s+)?how\s+(old|much|many|long|big|large|far|deep|high|tall|often)\b", re.I)
_WHICH = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+([a-z][a-z\-]{2,})\s+(?:did|does|do|was|were|has|have|had|is|are|will|"
                    r"would|could|[a-z]+ed)\b", re.I)
# "Which of the two centres will they use?": the thing asked is the set's noun.
_WHICH_OF = re.compile(r"^\s*(?:and\s+)?which\s+of\s+(?:the|these|those|its|their|his|her)\s+(?:[a-z\-]+\s+)?([a-z][a-z\-]{2,})\b", re.I)
_NOT_NOUNS = frozenset("did does do was were has have had is are will would could kind sort type".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten several many new other".split())
# "declined to say which, citing security", "would not say which one": a choice withheld with no noun, the
# sentence's own set ("one of two sites") being what it is a choice of.
_BARE_WHICH = (r"\b(?P<verb>say|said|name|named|disclose|disclosed|reveal|revealed|specify|specified|confirm|confirmed|identify|"
               r"identified|indicate|indicated|tell\s+\w+)\s+which(?:\s+ones?|\s+of\s+(?:them|these|those|the\s+two))?"
               r"(?=\s*(?:[,.;:!?\u2014\u2013)]|$|-\s|(?:until|because|as|while|but|and|citing|saying|though|although|since|before|after|for)\b))")


def asking_phrase(question: str) -> re.Pattern | None:
    """The phrase a sentence withholding the question's answer would hold, or None."""
    if (m := _HOW.match(question)) is not None:
        return re.compile(rf"\bhow\s+{m.group(1)}\b", re.I)
    return which_phrase(question)


def which_phrase(question: str) -> re.Pattern | None:
    """"which supplier" for "Which supplier failed to deliver?": it names the thing asked, so a sentence
    withholding it withholds the answer even to a question asking for a person or a body."""
    m = _WHICH_OF.match(question)
    if m is not None and m.group(1).lower() in _NUMBER_WORDS | _NOT_NOUNS:
        m = None
    m = m or _WHICH.match(question)
    if m is not None and m.group(1).lower() not in _NOT_NOUNS:
        noun = re.escape(_singular(m.group(1).lower()))
        return re.compile(rf"\b(?:which|what)\s+{noun}(?:s|es)?\b|{_BARE_WHICH}", re.I)
    return None


def _singular(noun: str) -> str:
    """"centre" of "centres", "address" of "addresses": the noun the pattern's own ending follows."""
    return noun[:-2] if noun.endswith(("sses", "ches", "shes", "xes")) else noun.rstrip("s") if not noun.endswith("ss") else noun


# A refusal right before the disclosure verb: "declined to say which", "would not name which one".
_REFUSED = re.compile(r"(?:(?:declined|refused|decline|declines|refuses)\s+to|(?:did|does|do|would|will|could|can)\s+not|"
                      r"(?:didn|doesn|don|wouldn|won|couldn|can)['’]t)\s+$", re.I)


def choice_withheld(question: str, text: str) -> bool:
    """The sentence refuses to say which of a set it is ("picked one of two sites but declined to say
    which one"), the set being the noun a which-question asks ("which site did they pick"): the choice
    is not told, whatever the parse makes of the words after it."""
    m = _WHICH_OF.match(question)
    if m is not None and m.group(1).lower() in _NUMBER_WORDS | _NOT_NOUNS:
        m = None
    m = m or _WHICH.match(question)
    if m is None or m.group(1).lower() in _NOT_NOUNS:
        return False
    noun = _singular(m.group(1).lower())
    if not re.search(rf"\b{re.escape(noun)}(?:s|es)?\b", text, re.I):
        return False
    return any(_REFUSED.search(text[: w.start("verb")]) for w in re.finditer(_BARE_WHICH, text, re.I))
