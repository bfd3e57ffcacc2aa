"""A body whose name itself holds "and" or a possessive ("the Dock, Rail and Allied Workers' Union
of X", "the Boatmen and Porters' Association") is one speaker under its whole name.

The parser reads such a name as a list ("Dock", "Rail" and "... Union of X": three speakers) or
keeps only its head and drops the listed words ("The Dock, Union of X"). A run of capitalised words
joined by commas, "and" or "&" and possessive marks, whose last part is headed by a body noun
("Union", "Association", "Guild") while no earlier part has one, is one name. A list of bodies
("the Union of X and the Guild of Y") keeps its speakers: a second "the" or a second body noun
inside the run makes it a list.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

_JOINS = {",", "and", "&", "'", "'s", "\u2019", "\u2019s"}


def _capital(t) -> bool:
    return t.text[:1].isupper() and t.is_alpha


def joined_body_name(head) -> str | None:
    """The whole name of the body `head` (a subject's head) names, when that name has "and" or a
    possessive inside and the parser split or shortened it; else None."""
    doc, v = head.doc, vocabulary()
    top = head  # (the parser may hang "Union of X" on "Crane" as an apposition, "Workers" as a conjunct)
    while top.dep_ in ("appos", "conj", "compound", "nmod", "poss") and top.head.i != top.i and _capital(top.head):
        top = top.head
    nodes = [top, *top.conjuncts]
    start = min(t.left_edge.i for t in nodes)
    end_limit = max(t.right_edge.i for t in nodes)
    i = start + 1 if doc[start].lower_ == "the" else start
    first, words, of_at = i, [], None
    while i <= end_limit:
        t = doc[i]
        if _capital(t):
            words.append(t)
        elif t.lower_ in _JOINS:
            pass
        elif t.lower_ == "of" and of_at is None and words:
            of_at = len(words)
        else:
            break
        i += 1
    while i - 1 > first and not _capital(doc[i - 1]):
        i -= 1
    span = doc[first:i]
    if not any(t.lower_ in ("and", "&") for t in span) or head.i >= i or head.i < first:
        return None
    core = words[:of_at] if of_at is not None else words
    if len(core) < 3 or core[-1].lower_ not in v.organisations:
        return None
    if any(w.lower_ in v.organisations for w in core[:-1]):
        return None  # "the Harbour Board and Ferry Union": two bodies
    if of_at is not None and any(w.lower_ in v.organisations for w in words[of_at:]):
        return None
    return span.text
