"""The field that narrows a leader's word to one job: "the council's finance director".

Words for a body's leader stand for one another ("boss" / "chief executive" / "council leader"),
so a role whose head is such a word matches whoever leads the body. With a field before it ("finance
director", "medical chief", "sales head") it is no longer the body's leader but the head of one of its
parts: a passage reports that job only if it says the field too ("Director of Finance"). Bodies and
ranks before the head ("the council director", "the deputy chief") are not fields."""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.vocabulary import vocabulary

_NOT_FIELDS = frozenset("the a an his her their its our my your new former interim acting".split())


def job_field(phrase: str | None, head: str) -> tuple[str, ...]:
    """The stems of the field word right before a leader-word head in `phrase`, or ()."""
    from bot.answering.people import _BODIES, _COMPANY_STEMS, _GENERIC_BODIES, _LEADER_STEMS

    if not phrase or head not in _LEADER_STEMS:
        return ()
    written = [w.strip("?,.") for w in phrase.split()]
    at = next((i for i, w in enumerate(written) if stems(w)[-1:] == (head,)), 0)
    if at == 0:
        return ()
    before = written[at - 1]
    low = before.lower()
    if not before.isalpha() or not before.islower() or low in _NOT_FIELDS or re.search(r"['’]s?$", before):
        return ()  # a name, a possessive body, an article: not a field
    field = tuple(stems(low))
    if not field or set(field) & (_LEADER_STEMS | _BODIES | _COMPANY_STEMS | _GENERIC_BODIES):
        return ()  # "the chief executive", "the council director": the body's own leader
    if low in vocabulary().place_nouns:
        return ()  # "the city chief", "the state director": where, not a field
    if low in vocabulary().person_nouns or low in ("deputy", "vice", "assistant", "associate", "senior", "joint", "co"):
        return ()  # a rank, not a field
    return field
