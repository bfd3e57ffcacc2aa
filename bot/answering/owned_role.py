"""A role asked with its body's possessive, answered by a description that names the body by its noun:

    Who is the Harbour Board's spokesman?     "... speaks to the board's spokesperson, X"
    Who is the Tanvale water trust's engineer? "the trust's engineer, X, said ..."

A story names a body in full once and then by its noun alone ("the board's"); the words that qualify
it in the question ("Harbour", "water") are the article's, not the description's. The job may be
written in another word of its group ("spokesman" / "spokesperson": index/vocabulary.yaml
`role_groups`). The possessor's last word is the noun the description owns the job by."""

from __future__ import annotations

import re

from bot.answering.people import Person, term_match
from bot.answering.terms import stems

_POSSESSIVE = re.compile(r"^(?:the\s+)?(?P<body>(?:[\w\-]+\s+){0,5}?(?P<noun>[\w\-]+))['’]s?\s+(?P<job>[\w\-\s]+?)\s*\??$", re.I)


def body_owns_role(role_phrase: str | None, role: tuple[str, ...], role_head: str | None, p: Person,
                   terms: frozenset[str]) -> bool:
    """Whether `p`'s description holds the job of "the BODY's JOB" (`role_phrase`) owned by the body's
    noun ("the board's spokesperson"), the body's other words being the article's (`terms`)."""
    m = _POSSESSIVE.match((role_phrase or "").strip())
    if m is None or not role_head or not term_match(role_head, p.terms):
        return False
    noun = stems(m.group("noun"))
    if len(noun) != 1 or noun[0] == role_head:
        return False
    owned = re.search(r"\bthe\s+([\w\-]+)['’]s?\s+", p.description, re.I)
    if owned is None or tuple(stems(owned.group(1))) != tuple(noun):
        return False
    job = set(stems(m.group("job")))
    # every word of the body is the article's; every word of the job is the description's (in its group)
    return all(t in terms for t in role if t not in job) and all(term_match(t, p.terms) for t in job)
