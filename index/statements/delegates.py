"""Speakers of intergovernmental meetings coverage: delegates named after their country.

Meetings coverage introduces each speaker as "the representative of COUNTRY, NAME, TITLE, said"
(the parser often hangs the name on the country as a conjunct, or leaves the cue without a subject
after a fronted "Speaking in explanation of vote after the vote, ..."), and names them again later
by office and country only ("the Minister for Energy of COUNTRY said", "the representative of
COUNTRY said"), however many delegates spoke in between.
"""

from __future__ import annotations

from index.statements.people import Person, first_name_gender
from index.vocabulary import vocabulary
from index.world import country_for


def _role_at(doc, k: int, end: int) -> int | None:
    """The index of the role noun a phrase starting at `k` heads ("representative", "Deputy
    Minister for Water"): the last role word before its "of"/"for" or its end."""
    v, found = vocabulary(), None
    while k < end and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].lower_ not in ("of", "for"):
        if v.is_role(doc[k].lower_):
            found = k
        k += 1
    return found


def fronted_delegate(verb):
    """The role noun of "<opening phrase>, the representative of X, NAME, TITLE, said": a cue the
    parser left without a subject, with the speaker's phrase between the opening phrase's comma
    and the cue (and no verb of its own)."""
    doc, start = verb.doc, verb.sent.start
    for k in range(start + 2, verb.i - 1):
        if doc[k].lower_ != "the" or doc[k - 1].text != ",":
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in doc[k:verb.i]):
            continue
        role = _role_at(doc, k + 1, verb.i)
        if role is not None and _place_and_name(doc, role, verb.i) is not None:
            return doc[role]
    return None


def _place_and_name(doc, role: int, end: int):
    """(place tokens, name tokens) of "ROLE [for X] of PLACE, NAME[, TITLE]" up to `end`, or None."""
    k = role + 1
    if k < end and doc[k].lower_ == "for":  # "Minister for Energy of Zambia"
        k += 1
        while k < end and (doc[k].pos_ == "PROPN" or doc[k].lower_ in ("and", "the")):
            k += 1
    if k >= end or doc[k].lower_ != "of":
        return None
    k += 1
    p0 = k
    while k < end and (doc[k].pos_ == "PROPN" or (doc[k].lower_ in ("the", "and") and k > p0 or doc[k].lower_ == "the")):
        k += 1
    place = [t for t in doc[p0:k] if t.lower_ != "the"]
    if not place or not country_for(" ".join(t.text for t in place)) and not any(t.ent_type_ in ("GPE", "NORP") for t in place):
        return None
    name = None
    if k < end and doc[k].text == ",":
        n0 = k = k + 1
        while k < end and doc[k].pos_ == "PROPN" and not vocabulary().is_role(doc[k].lower_) and doc[k].text[:1].isupper():
            k += 1
        run = doc[n0:k]
        # (the small model tags an unfamiliar name ORG as often as PERSON: a title after it, or a
        # known given name, tells it is a person's)
        personal = any(t.ent_type_ == "PERSON" for t in run) or (run and first_name_gender(run[0].text) is not None) \
            or (k < end and _role_at(doc, k + 1, end) is not None)
        if 2 <= len(run) <= 5 and (k == end or doc[k].text == ",") and personal:
            name = list(run)
    return place, name


def delegate_of(ctx, head) -> tuple[list, list, str] | None:
    """(name tokens or [], place tokens, role) of a delegate phrase headed by `head`, or None."""
    # "the representative", "the Permanent Representative": a role with its article just before
    if not vocabulary().is_role(head.lower_) or not any(t.lower_ == "the" for t in head.doc[max(0, head.i - 2):head.i]):
        return None
    end = head.sent.end
    cue = next((t.i for t in head.doc[head.i:end] if t.pos_ == "VERB"), end)
    found = _place_and_name(head.doc, head.i, cue)
    if found is None:
        return None
    place, name = found
    return name or [], place, head.lower_


def recalled_delegate(ctx, role: str, place: list, pos: int) -> Person | None:
    """The one person the article named before `pos` as holding `role` for that country ("the
    Minister for Energy of Zambia said", "Responding, the representative of Mozambique said")."""
    from index.statements.people import _same_role

    nation = country_for(" ".join(t.text for t in place)) or " ".join(t.lower_ for t in place)
    holders = {id(m.person): m.person for m in ctx.cast.mentions if m.pos < pos and _same_role(role, m.person.roles)
               and any((country_for(w) or w) == nation for w in m.person.nations)}
    return next(iter(holders.values())) if len(holders) == 1 else None
