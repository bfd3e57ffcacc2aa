"""What the article says happened instead of the act a question takes for granted.

    Why is the company selling its mill?   "... the company would not sell the mill. "It stays ours,"
                                           she told reporters. Instead it will convert one of the
                                           mill's two machines to make packaging board, she said."
      -> the denial and the sentence that says what instead ("instead", "but", "rather":
         index/vocabulary.yaml `correction_markers`)
    Why did the drivers reject the offer?  "members had voted by 212 to 40 to accept the offer"
      -> the opposite act (`opposite_acts`) done to the same thing
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from index.vocabulary import vocabulary

FOLLOWING = 2  # sentences after a denial read for what happened instead


@lru_cache(maxsize=1)
def _marker() -> re.Pattern:
    words = sorted(vocabulary().correction_markers, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def with_instead(denial: Candidate, own: list[Candidate]) -> list[Candidate]:
    """The denial, then the sentences of its paragraph up to the one that says what happened instead
    (within FOLLOWING sentences); without such a one, the next sentence alone, which most often
    goes on about the same thing."""
    after = sorted((c for c in own if c.chunk.chunk.id == denial.chunk.chunk.id and c.span.start > denial.span.start),
                   key=lambda c: c.span.start)[:FOLLOWING]
    for i, c in enumerate(after):
        if _marker().search(c.text):
            return [denial, *after[: i + 1]]
    return [denial, *after[:1]]


def opposite_done(q, own: list[Candidate]) -> Candidate | None:
    """The best sentence that says the opposite act was done to what the question names ("accept the
    offer" for "reject the offer"), not negated; None without one."""
    from bot.answering.predicate import _negated, _parse

    lemma, thing = _act(q)
    opposites = vocabulary().opposite_acts.get(lemma or "")
    if not opposites:
        return None
    for c in own:
        if thing and not re.search(rf"\b{re.escape(thing)}", c.text, re.I):
            continue
        doc = _parse(c.text)
        for t in doc:
            following = " ".join(w.lemma_.lower() for w in doc[t.i : t.i + 3])
            if t.pos_ in ("VERB", "NOUN") and any(following == o or following.startswith(o + " ") for o in opposites) \
                    and not _negated(t):
                return c
    return None


def _act(q) -> tuple[str | None, str | None]:
    """The question's act and what it is done to: the predicate, or (a speech verb such as "reject",
    which names no predicate) the root verb of its parse and its object."""
    if q.predicate is not None:
        return q.predicate.lemma, q.predicate.obj
    from bot.answering.predicate import _object, parse_question

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None, None
    return root.lemma_.lower(), _object(root)
