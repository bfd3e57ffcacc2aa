""""Mr <surname>" when two people in the article share that surname.

A people-moves column names "Lim Mei Ling" and later "Lim Jun Hao" (a family name written first),
a feature a father and a son, or two unrelated namesakes ("who is not related to ..."). The
cast's lone-surname lookup keeps the first person it found, so a later "Mr Lim" would be her.
The title's gender tells them apart; a courtesy title beside a namesake called by a title of
office ("Cllr X" and her sister-in-law "Mrs X") means the one without; between two of one gender,
the one named last is meant.
"""

from __future__ import annotations

import bisect

from index.statements.people import Cast, Person
from index.vocabulary import vocabulary


def titled_namesake(cast: Cast, raw_words: list[str], cleaned: list[str], pos: int | None = None,
                    jobs: set[str] | frozenset[str] = frozenset()) -> Person | None:
    """The person "Mr X" / "Ms X" means when several people named so far have X in their name;
    None when the title or the name does not settle it (the cast's own lookup then decides).
    A job the reference carries in apposition (`jobs`: "Mr X, the riders' chairman") names the
    namesake holding it. With no gendered title, the job written before the surname ("General
    Secretary X") or, given the reference's offset `pos`, the namesake mentioned last before it decides."""
    if len(cleaned) != 1:
        return None
    holders = cast.holders(cleaned[0])
    if len(holders) < 2:
        return None
    if jobs:
        held = [p for p in holders if p.roles & jobs]
        if len(held) == 1:
            return held[0]
    gender = vocabulary().title_gender(raw_words[0].rstrip(".")) if len(raw_words) >= 2 else None
    if gender is None:
        return _untitled(cast, raw_words, holders, pos)
    fits = [p for p in holders if p.gender == gender] or [p for p in holders if p.gender is None]
    if not fits:
        return None
    if len(fits) > 1:
        # "Mrs X" beside "Cllr X": a courtesy title means the namesake whom no title of office names
        offices = set(vocabulary().title_roles.values())
        plain = [p for p in fits if not (p.roles & offices)]
        if 0 < len(plain) < len(fits):
            fits = plain
    if len(fits) > 1:  # two of one gender: the one mentioned last (before the reference, where known:
        # the cast holds the whole article's mentions, and "Mr X said" under the first namesake's
        # introduction is not the second one, named a paragraph later)
        last = cast.last_of(pos, fits) if pos is not None else None
        last = last or next((m.person for m in reversed(cast.mentions) if any(m.person is p for p in fits)), None)
        if last is None:
            return None
        fits = [last]
    found = fits[0]
    found.gender = found.gender or gender
    return found


def _untitled(cast: Cast, raw_words: list[str], holders: list[Person], pos: int | None) -> Person | None:
    """"General Secretary Cde X", "X said": the namesake given the job the reference carries, else
    the one mentioned last before it (a surname alone goes on about the person just named, not the
    first of that surname the article met)."""
    v = vocabulary()
    jobs = {w.lower().rstrip(".,") for w in raw_words[:-1]}
    jobs |= {" ".join(w.lower() for w in raw_words[i:i + 2]) for i in range(len(raw_words) - 2)}
    jobs = {j for j in jobs if v.is_role(j)}
    if jobs:
        held = [p for p in holders if p.roles & jobs]
        if len(held) == 1:
            return held[0]
    if pos is None:
        return None
    last = cast.last_of(pos, holders)
    if last is not None and _others_spoke_since(cast, pos, last):
        # paragraphs on, after other speakers, a surname alone goes back to the namesake the article
        # followed (the cast's own lookup: the first of it); the later one was followed by pronouns
        return None
    return last


def _others_spoke_since(cast: Cast, pos: int, person: Person) -> bool:
    """Whether someone else spoke between `person`'s last mention before `pos` and `pos`."""
    i = bisect.bisect_left(cast.mentions, pos, key=lambda m: m.pos) - 1
    while i >= 0 and cast.mentions[i].person is not person:
        if cast.mentions[i].speaker:
            return True
        i -= 1
    return False
