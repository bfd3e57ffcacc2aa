"""A person an answer describes but does not name, whose words it then recalls.

"There was an engineer who came up from the city to look at the boilers. And he said, '...'"
("the engineer who came up from the city ... And he said"; "When I asked the county's transport
manager in March, he told me ..."):
the quotation is the engineer's, named as the answer describes them, not the narrator's and not
an unresolved "he". Only a pronoun the reader left unresolved is read this way, and only after
such a description earlier in the same answer.
"""

from __future__ import annotations

import re

from index.statements.attribution import quote_spans
from index.textnorm import fold
from index.vocabulary import noun_asks

_PRONOUNS = {"he", "she"}
# "an engineer", "a young surveyor", "one old man": the article, then up to three lower-case words
_ARTICLE = re.compile(r"\b(?P<art>[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Tt]he)\s+(?P<words>[a-z][a-z-]*(?:['’]s)?(?:\s+[a-z][a-z-]*){0,2})")
# what the answer says of them after the noun: "who came up from the city", "from the insurers", "who worked"
_PARTICLE = r"(?:\s+(?:up|down|over|out|round|across|back|in))?"
_REST = re.compile(rf"(?:\s+(?:who|that)\s+[a-z]+{_PARTICLE})?\s+(?:from|at|with|for|in charge of)\s+(?:the\s+)?[\w'’-]+"
                   rf"|\s+who\s+[a-z]+{_PARTICLE}(?=[\s.,;:!?])")


def described(answer_before: str, resolved: str, named: bool) -> str | None:
    """The last person the answer's text describes with a noun phrase of a person ("an engineer
    who came up from the city"; "the engineer" only with what is said of them), as written, when
    the name the pronoun was resolved to (`resolved`) is not written after it; else None. A
    pronoun resolved to a person (`named`) gives way to a new person only ("an engineer"): "the
    minister for roads" may be the one it was resolved to."""
    found = None
    quoted = quote_spans(fold(answer_before))[0]
    for m in _ARTICLE.finditer(answer_before):
        if any(a <= m.start() < b for a, b in quoted):
            continue  # ("he said, 'I've got a farmer with a broken leg. Get me ...'": someone's words, not the answer's description)
        words = m.group("words").split()
        k = next((k for k, w in enumerate(words) if noun_asks(w) == "person" and not w.endswith("s")), None)
        if k is None:
            continue
        noun_end = m.start("words") + sum(len(w) for w in words[:k + 1]) + _gaps(m.group("words"), k)
        rest = _REST.match(answer_before, noun_end)
        definite = m.group("art").lower() in ("the", "this", "that")
        # ("the county's transport manager": a body's one holder of a post, though nothing more is said of them)
        owned = k > 0 and words[0].endswith(("'s", "’s")) and not named
        if (rest and not (definite and named)) or not definite or owned:
            found = (m.start(), rest.end() if rest else noun_end)
    if found is None or any(w in answer_before[found[1]:] for w in resolved.split() if w[:1].isupper()):
        return None
    written = answer_before[found[0]:found[1]].strip()
    return written[0].lower() + written[1:]


def _gaps(phrase: str, k: int) -> int:
    """The width of the spaces between the first k + 1 words of `phrase`."""
    return sum(len(g) for g in re.findall(r"\s+", phrase)[:k])


def speaker_pronoun(as_written: str) -> bool:
    return as_written.strip().lower() in _PRONOUNS
