"""A speaker named only by a family tie to someone else: "Marit Lund's grandson Piet, 8, stands
on the wall. [...] his grandmother said ..." -- the grandmother is Marit Lund, the one the
paragraph named by the converse tie (grandson -> grandmother) of a person of the possessive's
gender; "Marit Lund's son Piet ... her son said" is Piet, the one it named by the same tie.
A caption or a short story names the family once and then says "his grandmother", "her son".
"""

from __future__ import annotations

from index.statements.cast import Context
from index.statements.people import Person, clean_name
from index.vocabulary import vocabulary


def ties(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The tie words of the same relation as `word`, and of the converse relation."""
    same: set[str] = set()
    converse: set[str] = set()
    for elder, younger in vocabulary().kin_pairs:
        if word in elder:
            same |= elder
            converse |= younger
        if word in younger:
            same |= younger
            converse |= elder
    return frozenset(same), frozenset(converse)


def _fits(word: str, gender: str | None) -> bool:
    """A tie word that can name someone of `gender` ("grandson" is no "her")."""
    held = vocabulary().role_gender(word)
    return gender is None or held is None or held == gender


def _name_of(tok) -> list[str]:
    """The words of the proper name `tok` heads ("Marit Lund" of "Marit Lund's")."""
    first = tok.i
    while first > tok.sent.start and (tok.doc[first - 1].pos_ == "PROPN" or tok.doc[first - 1].text in ("-", "–")):
        first -= 1
    return clean_name(tok.doc[first:tok.i + 1].text.split())  # (a hyphened name is several tokens, one word)


def _person(ctx: Context, words: list[str]) -> Person | None:
    """The cast's person of that name; a new one only for a full name (a lone word may be anyone's)."""
    if not words:
        return None
    return ctx.cast.known(" ".join(words)) or (ctx.cast.person(words) if len(words) > 1 else None)


def named_relative(ctx: Context, head, det: str) -> Person | None:
    """The person "his/her <tie>" (`head` the tie noun, `det` its possessive) names in its
    paragraph, or None: the owner of a converse tie held by someone of the possessive's gender
    ("X's grandson ... his grandmother"), or the one named by the same tie ("X's son Y ... her
    son"), when exactly one person fits."""
    v = vocabulary()
    word = head.lower_
    same, converse = ties(word)
    if not converse:
        return None
    owner_gender = (v.pronoun(det) or {}).get("gender")
    found: dict[str, Person] = {}
    for t in head.doc[:head.i]:
        # ("X's grandson Y": the possessive hangs on the tie, or on the name the tie modifies)
        holder = t.head if t.dep_ == "compound" and t.head.i > t.i else t
        owner = next((c for c in holder.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < t.i), None)
        if owner is None or t.pos_ != "NOUN":
            continue
        if t.lower_ in converse and _fits(t.lower_, owner_gender):
            person = _person(ctx, _name_of(owner))
        elif t.lower_ in same and t.lower_ == word:
            held = holder if holder is not t else next(
                (c for c in t.children if c.pos_ == "PROPN" and c.i > t.i and c.dep_ == "appos"), None)
            person = _person(ctx, _name_of(held)) if held is not None else None
        else:
            continue
        if person is not None and _fits(word, person.gender):
            found[person.name] = person
    return next(iter(found.values())) if len(found) == 1 else None
