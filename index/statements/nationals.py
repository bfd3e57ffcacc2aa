"""A speaker named by nationality alone: "said the Dutchman", "the Northern Irishman admitted",
"The South African said". Match reports and foreign coverage call the person just written about
that, to avoid repeating the name. It is the person the narration last made its subject: in the
nearest of the last few sentences that has one, the first person named as a subject outside
quotation marks (a name inside a quote, "Ellie told me ...", is someone the speaker talks about;
"X was furious, claiming Y had been offside": X, the one the sentence is about, not Y).
"""

from __future__ import annotations

import bisect
import re

from index.statements.people import Person
from index.textnorm import fold
from index.vocabulary import vocabulary

_SENTENCES_BACK = 4
# a name followed by a job of its own: "Rovers boss X", "Dunmore manager X"
_OWNER = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:'s|’s)?\s+([a-z-]+)")
# a nation's people in the plural speak for its government ("the French said"): only one person counts
_COLLECTIVE = re.compile(r"(?:s|sh|ch|ese)$")


def nationality_gender(toks, head) -> str | None | bool:
    """For "the Dutchman" -> "male", "the Frenchwoman" -> "female", "the South African" -> None;
    False when the phrase is not one person's nationality."""
    if not toks or len(toks) > 3 or toks[0].lower_ != "the" or not head.text[:1].isupper() or head.i != toks[-1].i:
        return False
    low = head.lower_
    v = vocabulary()
    if v.is_role(low):  # "the Chairman"
        return False
    if low in v.nationality_nouns:
        return "female" if low.endswith("woman") else "male" if low.endswith("man") else None
    if head.ent_type_ == "NORP" and head.tag_ in ("NNP", "NNPS") and not _COLLECTIVE.search(low) \
            and all(t.ent_type_ == "NORP" for t in toks[1:]):
        return None  # "the South African", "the Brazilian"
    return False


def described(ctx, pos: int, sentence: int, gender: str | None) -> Person | None:
    """The person "the <nationality>" at `pos` stands for, or None when no sentence of the last
    few makes anyone of that gender its subject."""
    best: dict[int, Person] = {}
    for m in ctx.cast.mentions:
        if m.pos >= pos or m.sentence < sentence - _SENTENCES_BACK or not m.subject or m.speaker:
            continue
        if ctx.cast._in_roll(m.pos) or (gender and m.person.gender not in (None, gender)):
            continue
        if m.sentence not in best and _narrated(ctx, m):  # mentions are in text order: the first of its sentence
            best[m.sentence] = m.person
    return best[max(best)] if best else None


def _narrated(ctx, m) -> bool:
    """The mention names its person outside quotation marks and not as an owner ("Rovers boss
    Ronan Muirhead": the club is no one)."""
    k = bisect.bisect_right(ctx.cast.paragraph_starts, m.pos) - 1
    if k < 0 or k >= len(ctx.paragraph_texts):
        return True
    text, rel = fold(ctx.paragraph_texts[k]), m.pos - ctx.cast.paragraph_starts[k]
    if any(a <= rel < b for a, b in _quote_spans(text)):
        return False
    owner = _OWNER.match(text, rel)
    return not (owner and vocabulary().is_role(owner.group(1)))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    marks = [i for i, c in enumerate(text) if c == '"']
    return [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
