"""A who-question may be answered by someone the article names only by what they are: a passive's
agent ("the leak was first noticed by a night cleaner", "found by a dog walker", "had been kept up by
the county council"). The sentence names someone new, though it names no one."""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_V = vocabulary()
# A passive's agent named only by what they are: "was first noticed by a junior curler", "found by a dog walker".
_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|first\s+|then\s+)?[a-z]+(?:ed|en|wn|t)\s+by\s+"
                    r"(?:a|an|one|two|three|some|several|another)\s+(?P<phrase>[a-z\-]+(?:\s+[a-z\-]+){0,2})")


# ... or a body by its kind: "had been maintained by the provincial government"
_BODY_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|first\s+|then\s+)?[a-z]+(?:ed|en|wn|t)\s+(?:up\s+|out\s+|over\s+)?by\s+"
                         r"the\s+(?P<phrase>[a-z\-]+(?:\s+[a-z\-]+){0,2})")
_BODY_NOUNS = frozenset(w for w in _V.organisations | _V.generic_bodies if " " not in w) - _V.place_nouns


def unnamed_agent(text: str) -> bool:
    """The sentence tells an act done by someone named only by a person's noun ("by a junior curler")
    or by a body's ("by the provincial government")."""
    for m in _AGENT.finditer(text):
        for noun in m.group("phrase").split():
            if noun in _V.person_nouns or noun.rstrip("s") in _V.person_nouns or re.search(r"..(?:er|ist|ian)s?$", noun):
                return True
    return any(w in _BODY_NOUNS for m in _BODY_AGENT.finditer(text) for w in m.group("phrase").split())
