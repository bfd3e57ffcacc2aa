"""A why-question that takes a thing as moved earlier where the article says it is now later (or
the other way round).

    Why has the firm brought first production forward to this year?
        "First production is now expected in the second quarter of 2026, rather than the fourth
         quarter of 2025 as previously guided."
      -> "The articles do not say so; they report: ..." citing that sentence

The question's words of moving earlier or later are index/vocabulary.yaml `earlier_phrases` and
`later_phrases`. A sentence of the asked article on the same thing (two of the question's words)
says the opposite: by a word of the other list ("delayed", "pushed back"), or by "rather than" set
between a new and an old time whose years say which is later.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 12
LEAST_SHARED = 2


@lru_cache(maxsize=4)
def _phrases(key: str) -> re.Pattern:
    words = sorted(getattr(vocabulary(), key), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+(?:[\w'’\-]+\s+){0,4}?") for w in words) + r")\b",
                      re.I)


_USUAL = re.compile(r"\b(?:earlier|later)\s+than\s+(?:usual|normal|last\s+year|ever)\b", re.I)
_RATHER = re.compile(r"\brather\s+than\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "early": 1, "mid": 2, "late": 4}
_PART = re.compile(r"\b(" + "|".join(_ORDINALS) + r")(?:-|\s+)(?:quarter|half|part)?", re.I)


def _when(text: str) -> tuple[int, int] | None:
    """The latest (year, part of year) a piece of text names: "the second quarter of 2026" -> (2026, 2)."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return None
    part = _PART.search(text)
    return max(years), _ORDINALS[part.group(1).lower()] if part else 0


def moved(sentence: str) -> str | None:
    """"later" or "earlier" when the sentence says a thing moved so, else None."""
    later = _phrases("later_phrases").search(sentence) is not None
    earlier = _phrases("earlier_phrases").search(sentence) is not None
    if later != earlier:
        return "later" if later else "earlier"
    m = _RATHER.search(sentence)
    if m is None:
        return None
    # "now expected in the second quarter of 2026, rather than the fourth quarter of 2025": new before old
    new, old = _when(sentence[: m.start()]), _when(sentence[m.end():])
    if new is None or old is None or new == old:
        return None
    return "later" if new > old else "earlier"


def timing_reversed(q, own: list) -> list | None:
    """The sentence of `own` (the asked article's candidates, best first) that moves the thing the
    other way from the question's premise; else None."""
    if q.kind != "why":
        return None
    asked = "earlier" if _phrases("earlier_phrases").search(q.text) else "later" if _phrases("later_phrases").search(q.text) \
        else None
    bare = asked is None
    if bare:  # "why did the ferry season start late": a bare word, read in the question only
        early, late = _phrases("earlier_asked").search(q.text), _phrases("later_asked").search(q.text)
        asked = "earlier" if early and not late else "later" if late and not early else None
    if asked is None:
        return None
    content = set(q.terms) - set(q.names)
    act = set(stems(q.predicate.lemma)) if q.predicate is not None else set()
    for c in own[:SCANNED]:
        shared = c.terms & content
        if act and act <= c.terms and len(shared) < LEAST_SHARED:
            # "We began cutting on the 9th, ten days earlier than usual": the asked act itself, the
            # thing named around it in its paragraph
            shared |= set(stems(c.chunk.chunk.text)) & content
        # ("We started picking on 12 October, a week earlier than usual": the act asked, in a sentence of its own words)
        if len(shared) < LEAST_SHARED and not (bare and act & c.terms and _USUAL.search(c.text)):
            continue
        said = moved(c.text)
        if said is not None and said != asked:
            return [c]
    return None

