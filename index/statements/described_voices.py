"""A person an answer describes but does not name, whose words it then recalls.

"There was an engineer who came up from the city to look at the boilers. And he said, '...'":
the quotation is the engineer's, named as the answer describes them, not the narrator's and not
an unresolved "he". Only a pronoun the reader left unresolved is read this way, and only after
such a description earlier in the same answer.
"""

from __future__ import annotations

import re

from index.vocabulary import noun_asks

_PRONOUNS = {"he", "she"}
# "an engineer", "a young surveyor", "one old man", with what the answer says of them after it
# ("who came up from the city", "from the council"), up to the clause's end
_DESCRIBED = re.compile(r"\b(?P<art>[Aa]n?|[Oo]ne)\s+(?P<words>(?:[a-z][a-z-]*\s+){0,2}?)(?P<noun>[a-z][a-z-]+)\b"
                        r"(?P<rest>\s+(?:who|from|with|at|in charge of)\b[^.,;:!?\"“”]{1,60}?)?(?=\s+(?:to|and)\b|[.,;:!?]|$)")


def described(answer_before: str, resolved: str) -> str | None:
    """The last person the answer's text describes with an indefinite noun phrase of a person
    ("an engineer who came up from the city"), as written, when the name the pronoun was
    resolved to (`resolved`) is not written after it; else None."""
    found = None
    for m in _DESCRIBED.finditer(answer_before):
        if noun_asks(m.group("noun")) == "person" and not m.group("noun").endswith("s"):
            found = m
    if found is None or any(w in answer_before[found.end():] for w in resolved.split() if w[:1].isupper()):
        return None
    return found.group(0).strip()


def speaker_pronoun(as_written: str) -> bool:
    return as_written.strip().lower() in _PRONOUNS
