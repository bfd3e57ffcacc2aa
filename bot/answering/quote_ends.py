"""A quote chosen at a sentence that opens it is read on to the sentence that closes it.

    "A correction should be as easy to see as the mistake.      <- chosen: shares words with the question
     This time I think we managed that, but barely," he told me.  <- comes along: the rest of what was said

A quote's sentences are one saying: its opening alone leaves out the speaker's last word on the matter
(often the answer, in other words than the question's) and who says it. The rest comes from the same
paragraph only, and stops at the sentence that closes the quote.
"""

from __future__ import annotations

from bot.answering.candidates import Candidate, overlaps
from bot.answering.neighbours import next_sentence, quote_left_open

MAX_REST = 2  # sentences after the opening one: a longer quote's middle is not read for its end


def with_quote_ends(chosen: list[Candidate], corpus) -> list[Candidate]:
    """`chosen`, each sentence that leaves a quote open followed by the quote's rest in its paragraph."""
    out: list[Candidate] = []
    for i, c in enumerate(chosen):
        out.append(c)
        if not quote_left_open(c.text):
            continue
        last = c
        for _ in range(MAX_REST):
            nxt = next_sentence(last, corpus)
            if nxt is None or nxt.chunk.chunk.id != c.chunk.chunk.id or overlaps(nxt, out + chosen[i + 1:]):
                break
            out.append(nxt)
            last = nxt
            if _closes(nxt.text):
                break
    return out


def _closes(text: str) -> bool:
    return '"' in text or "”" in text
