"""A question about a post's writer ("where is the newsletter writer based", "how many hives does the
blogger keep"): the writer's own first-person sentences are by the one asked about, though the
question names her by what she does, not by name. The ledger gives those sentences to the byline's
writer, written as "I" (index/statements/writer_voice.py); the question's word for a writer counts
as found in them."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.terms import stems

_FIRST_PERSON = frozenset({"i", "we", "my", "our"})


@cache
def _writer_stems() -> frozenset[str]:
    return frozenset(stems("writer writers author newsletter blogger blog columnist substack"))


def writer_terms(terms, c) -> frozenset[str]:
    """The question's terms naming a writer, when candidate `c` is a writer's first-person statement."""
    st = c.statement
    if st is None or st.speaker_as_written.lower() not in _FIRST_PERSON:
        return frozenset()
    return frozenset(t for t in terms if t in _writer_stems())


# the writer saying where she writes from: "Hello from Town, where ...", "here in Town", "we live in Town"
_FROM_PLACE = re.compile(r"^(?:hello|hi|greetings|good (?:morning|evening|afternoon)|writing(?: to you)?)\s+from\s+(?-i:[A-Z])"
                         r"|\b(?:here in|(?:I|we) (?:live|farm|write|keep \w+) (?:in|on|at)|(?:I am|I'm|we are|we're) based in)\s+(?-i:[A-Z])",
                         re.I)
PLACE_BOOST = 0.4


def weigh_writer_place(q, candidates) -> None:
    """"Where is the newsletter writer based": the writer's "Hello from Town" says it."""
    if q.asks != "place":
        return
    for c in candidates:
        if writer_terms(q.terms, c) and _FROM_PLACE.search(c.text):
            c.score += PLACE_BOOST
