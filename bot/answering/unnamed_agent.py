"""A who-question may be answered by someone the article names only by what they are: a passive's
agent ("the leak was first noticed by a night cleaner", "found by a dog walker"). The sentence
names someone new, though it names no one."""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_V = vocabulary()
# A passive's agent named only by what they are: "was first noticed by a junior curler", "found by a dog walker".
_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|first\s+|then\s+)?[a-z]+(?:ed|en|wn|t)\s+by\s+"
                    r"(?:a|an|one|two|three|some|several|another)\s+(?P<phrase>[a-z\-]+(?:\s+[a-z\-]+){0,2})")


def unnamed_agent(text: str) -> bool:
    """The sentence tells an act done by someone named only by a person's noun ("by a junior curler")."""
    for m in _AGENT.finditer(text):
        for noun in m.group("phrase").split():
            if noun in _V.person_nouns or noun.rstrip("s") in _V.person_nouns or re.search(r"..(?:er|ist|ian)s?$", noun):
                return True
    return False
