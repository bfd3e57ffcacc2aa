"""Whether a speaker's name is a body's ("Fairhallow Building Society", "Quillset Inc"), not a person's."""

from __future__ import annotations

from functools import cache

from index.vocabulary import vocabulary


@cache
def _body_words() -> frozenset[str]:
    v = vocabulary()
    return v.organisations | v.companies | v.organisation_name_words


def body_name(name: str) -> bool:
    """The name ends in a word of bodies ("Society", "Bank", "Inc"): a body's, whose "It said ..." is its own."""
    words = name.split()
    return bool(words) and words[-1].lower().rstrip(".") in _body_words()
