"""The reason in the sentence after the one that restates a why-question.

    Why did it take so long to restart the line?
      "Restarting the line should take an hour."                        restates the question, no reason
      "Only one car could be moved at first, because the spare motor ..." the reason: comes along

An article often states the matter first and its reason in the next sentence, which shares fewer of
the question's words. When the best sentence gives no reason and the very next sentence of its
paragraph opens or holds a causal link and shares a content word of the question, that sentence
comes along. Read only from the scored candidates: no parse."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps

_STATES_REASON = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|caused\s+by|blamed\s+on|the\s+reason|so\s+that|"
    r"since\s+(?:the|it|they|we|our|its|their)\b)", re.I)
MAX_CHOSEN = 4


def states_reason(text: str) -> bool:
    return bool(_STATES_REASON.search(text))


def with_reason_after(q, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """`chosen`, with the best sentence's next sentence in its paragraph when only that one gives a reason."""
    if not chosen or len(chosen) >= MAX_CHOSEN or states_reason(chosen[0].text):
        return chosen
    best = chosen[0]
    chunk_id = best.chunk.chunk.id
    after = [c for c in candidates if c.chunk.chunk.id == chunk_id and c.span.start >= best.span.end]
    if not after:
        return chosen
    nxt = min(after, key=lambda c: c.span.start)
    content = set(q.terms) - set(q.names)
    if not states_reason(nxt.text) or not content & nxt.terms or overlaps(nxt, chosen[:1]):
        return chosen
    return [best, nxt] + [c for c in chosen[1:] if c is not nxt and c.span != nxt.span]
