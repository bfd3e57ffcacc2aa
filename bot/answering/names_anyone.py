"""Does a who-answer name anyone at all? "Who will replace the chair of X?" is not answered by "It
has been a year of two halves for X": a sentence that names no person, no body and no job, has no
speaker the ledger found, and holds no capitalised name besides the question's own (an "I" or "we"
left unnamed is nobody) tells no one who. The fallback answer for an unknown style is then a
decline, not the nearest sentence on the topic."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.mentions import named_people
from bot.answering.terms import stems
from index.vocabulary import CALENDAR_WORDS, vocabulary

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# words written capitalised that name no one
_NO_ONE = frozenset({"i", "we", "our", "my", "you", "it", "the", "a", "an", "this", "that", "these", "those"})


def names_anyone(q, chosen: list[Candidate], people) -> bool:
    v = vocabulary()
    asked = set(q.names)
    for c in chosen:
        if any(not set(stems(p.name)) & asked for p in named_people(c.text, people.get(c.chunk.chunk.article_id, ()))):
            return True  # someone besides the question's own names ("the chair of X": X is no answer)
        st = c.statement
        if st is not None and not v.pronoun(st.speaker.lower()) and st.speaker.lower() not in _NO_ONE:
            return True
        words = _WORD.findall(c.text)
        for i, w in enumerate(words):
            low = w.lower().strip("'’")
            if low in v.person_nouns or low in v.body_nouns or v.is_role(low) or low.rstrip("s") in v.person_nouns:
                return True
            if i and w[:1].isupper() and low not in _NO_ONE and low not in CALENDAR_WORDS \
                    and not set(stems(w)) <= asked:
                return True
        if words and _opens_with_a_name(c.text, words[0], asked):
            return True
    return False


def _opens_with_a_name(text: str, first: str, asked: set[str]) -> bool:
    """"Harbury came from behind ...": a name opening the sentence, as the parser reads it (a capital
    there is every sentence's, so the word alone does not tell "Harbury" from "Sales")."""
    if first.lower() in _NO_ONE or first.lower() in CALENDAR_WORDS or set(stems(first)) <= asked:
        return False
    from bot.answering.parsing import parse

    doc = parse(text, entities=True)
    return any(t.i == 0 and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) for t in doc)
