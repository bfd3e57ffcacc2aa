"""Words relayed by the people they were told to: "Ann Roe said the district commissioner had told
them in a meeting on Monday that the levy would be reviewed." What the levy's fate is, is the
commissioner's statement, made at that meeting (its day, when the occasion names one); the relayer
only passes it on, so the statement is the official's instead of hers."""

from __future__ import annotations

import re

from index.models import Span
from index.statements.dates import find_time_phrases
from index.statements.attribution import Raw
from index.statements.heard_say import _speaker
from index.statements.speakers_np import Speaker
from index.textnorm import fold

# "the district commissioner had told them in a meeting on Monday that ...", "the minister assured us that ..."
_TOLD = re.compile(r"(?P<who>(?:the|their|our|his|her)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+(?:had\s+|has\s+)?"
                   r"(?:told|assured|informed|promised|warned)\s+(?:them|us|him|her|me)\b(?P<occasion>[^\"“”,;]{0,60}?)\s+that\s+")
_NOT_WHO = {"he", "she", "they", "it", "we", "i"}
# "the home had not told them ...": an auxiliary or a negation is no part of who told, and a telling denied is none
_NOT_WORDS = {"had", "has", "have", "not", "never", "did", "does", "would", "could", "was", "were", "is", "also", "still"}


def read(raws: list[Raw], text: str, ctx) -> list[Raw]:
    """Each indirect statement whose words open on "the OFFICIAL had told them ... that": the
    official's statement of what follows "that", in place of the relayer's."""
    folded = fold(text)
    out: list[Raw] = []
    for r in raws:
        m = _TOLD.match(folded, r.content.start, r.content.end) if r.quote_type == "indirect" else None
        if m is None or m.end() >= r.content.end or m.group("who").split()[-1] in _NOT_WHO \
                or _NOT_WORDS & set(m.group("who").lower().split()):
            out.append(r)
            continue
        words = m.group("who")
        who = _speaker(words, r.span.start, r.sentence, ctx, folded) \
            or Speaker(name=re.sub(r"^(?:their|our|his|her)\s+", "the ", words), as_written=words, generic=True)
        if who.name == r.speaker.name:
            out.append(r)
            continue
        relayed = Raw(speaker=who, act="told", content=Span(m.end(), r.content.end), quote_type="indirect", span=r.span,
                      sentence=r.sentence, paragraph=r.paragraph,
                      times=_occasion_times(text, m.start("occasion"), m.end("occasion")), cue=())
        out.append(relayed)
    return out


def _occasion_times(text: str, start: int, end: int) -> list[tuple[Span, str, bool]]:
    """The time phrases of the occasion the words were told at ("in a meeting on Monday"), as a cue's own."""
    return [(Span(start + t.start, start + t.end), t.text, False) for t in find_time_phrases(text[start:end])]
