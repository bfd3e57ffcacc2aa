"""Does a who-answer name anyone at all? "Who will replace the chair of X?" is not answered by "It
has been a year of two halves for X": a sentence that names no person, no body and no job, has no
speaker the ledger found, and holds no capitalised name besides the question's own (an "I" or "we"
left unnamed is nobody) tells no one who. The fallback answer for an unknown style is then a
decline, not the nearest sentence on the topic."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.candidates import Candidate
from bot.answering.mentions import named_people
from bot.answering.named_bodies import body_name_spans, inside
from bot.answering.terms import stems
from index.vocabulary import CALENDAR_WORDS, vocabulary

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# words written capitalised that name no one
_NO_ONE = frozenset({"i", "we", "our", "my", "you", "it", "the", "a", "an", "this", "that", "these", "those"})


def names_anyone(q, chosen: list[Candidate], people) -> bool:
    v = vocabulary()
    asked = set(q.names)
    strict = asks_a_person_by_role(q)
    for c in chosen:
        group = people.get(c.chunk.chunk.article_id, ())
        bodies = body_name_spans(c.text, group) if strict else []
        if any(not set(stems(p.name)) & asked and not _only_in(bodies, c.text, p.surname)
               for p in named_people(c.text, group)):
            return True  # someone besides the question's own names ("the chair of X": X is no answer)
        st = c.statement
        if st is not None and not v.pronoun(st.speaker.lower()) and st.speaker.lower() not in _NO_ONE:
            return True
        found = list(_WORD.finditer(c.text))
        words = [m.group(0) for m in found]
        for i, w in enumerate(words):
            low = w.lower().strip("'’")
            if low in v.person_nouns or (low in v.body_nouns and not strict) or v.is_role(low) \
                    or low.rstrip("s") in v.person_nouns:
                return True
            if i and w[:1].isupper() and low not in _NO_ONE and low not in CALENDAR_WORDS \
                    and not set(stems(w)) <= asked and not inside(bodies, *found[i].span()):
                return True
        if words and not inside(bodies, *found[0].span()) and _opens_with_a_name(c.text, words[0], asked):
            return True
    return False


def asks_a_person_by_role(q) -> bool:
    """"Who is the head of the school?", "Which resident wrote ...?": a person of a kind, whom the
    name of a body or a place ("The Hillside Primary School, photographed ...") does not answer.
    "Which union ...", "Who ordered the recall?" may be answered by a body, and are not held to it."""
    if q.asks != "person" or not q.role_head:
        return False
    role = list(q.role)
    before = role[:role.index(q.role_head)] if q.role_head in role else role
    # the words up to the role's head say its kind ("union representative"); "of the health centre" after it does not
    return q.role_head not in _body_stems() and not set(before) & _body_stems()


@cache
def _body_stems() -> frozenset[str]:
    v = vocabulary()
    return frozenset(t for w in v.body_nouns | v.organisation_name_words for t in stems(w))


def _only_in(spans, text: str, surname: str) -> bool:
    """Every time `text` writes `surname`, it is inside a body's or place's name."""
    if not spans:
        return False
    at = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)]
    return bool(at) and all(inside(spans, *a) for a in at)


def _opens_with_a_name(text: str, first: str, asked: set[str]) -> bool:
    """"Harbury came from behind ...": a name opening the sentence, as the parser reads it (a capital
    there is every sentence's, so the word alone does not tell "Harbury" from "Sales")."""
    if first.lower() in _NO_ONE or first.lower() in CALENDAR_WORDS or set(stems(first)) <= asked:
        return False
    from bot.answering.parsing import parse

    doc = parse(text, entities=True)
    return any(t.i == 0 and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) for t in doc)
