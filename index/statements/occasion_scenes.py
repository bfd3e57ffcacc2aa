"""Scenes a sentence sets by naming the story's dated gathering without a day of its own.

    MORE than 200 people packed the school hall on Monday night ...      <- the lede dates the meeting
    ...
    Not everyone at the meeting was convinced. Farmer X doubted ...     <- a scene: Monday night
    "It will never pay," he said.                                        <- said at the meeting

"at the meeting", "at Tuesday's hearing": a narrative sentence (nobody's words) that places its
subject at an occasion of the vocabulary sets the scene of that occasion's day, as a dated sentence
does (`scenes.py`): the day of the last sentence before it that names the occasion, else the
story's own first day when that is the news of the report's last week (the lede's gathering).
"""

from __future__ import annotations

import re
from datetime import date

from index.statements.event_days import word_stem
from index.statements.scenes import Scene

_AT = re.compile(r"\b(?:at|during|after)\s+(?:the|that|this|(?:[A-Z][a-z]+day|last night|yesterday)['’]s)\s+([a-z]+)(?:\s+([a-z]+))?\b")
_RECENT = 7  # days before publication: the lede's gathering, not the story's background


_NEAR = 40  # characters each side of a day: the occasion it dates ("the meeting on Monday", "Monday's meeting")


def _day_of(text: str, noun: str, pos: int, events: list[tuple[int, date, str]], pub: date) -> date | None:
    """The day of the last sentence before `pos` that dates the occasion, else the story's recent first day."""
    stem = word_stem(noun)
    # (the day must be the occasion's: "confirmed on Tuesday that ... its board meeting on 4 May" dates no meeting on Tuesday)
    named = [d for p, d, t in events if p < pos and t and d <= pub
             and re.search(rf"\b{re.escape(stem)}", text[max(0, p - _NEAR):p + _NEAR].lower())]
    if named:
        return named[-1]
    first = next(((p, d) for p, d, t in events if t and d <= pub), None)
    if first and first[0] < pos and 0 < (pub - first[1]).days <= _RECENT:
        return first[1]
    return None


def read(text: str, docs, events: list[tuple[int, date, str]], pub: date, quoted_of) -> list[Scene]:
    """The scenes of undated sentences that place their subject at the story's dated gathering;
    `quoted_of(doc)`: the quotation spans of a paragraph's text."""
    from index.vocabulary import vocabulary

    occasions = vocabulary().occasions
    out = []
    for pi, (span, doc) in enumerate(docs):
        quoted = None
        for sent in doc.sents:
            m = _AT.search(sent.text)
            noun = next((w for w in (m.groups() if m else ()) if w in occasions), None)  # "at the public meeting"
            if noun is None or any(e.label_ in ("DATE", "TIME") for e in sent.ents):
                continue
            if not _past(sent):
                continue
            quoted = quoted if quoted is not None else quoted_of(doc.text)
            if any(a <= sent.start_char + m.start() < b for a, b in quoted):
                continue
            start = span.start + sent.start_char
            day = _day_of(text, noun, start, events, pub)
            if day is not None:
                out.append(Scene(pi, start, span.start + sent.end_char, day, f"at the {noun}"))
    return out


def _past(sent) -> bool:
    """The sentence narrates the past ("was convinced", "stood up"), nothing still to come."""
    root = sent.root
    kids = list(root.children)
    if any(c.lower_ in ("will", "would", "'ll", "shall") for c in kids):
        return False
    return root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids)


def at_dated_occasion(outside: str, when_text: str | None) -> bool:
    """The cue's own day dates an occasion the words were said at ("At Tuesday night's school board
    meeting, parent X asked ...", "during Monday's hearing"): a scene the next speaker of the body
    that met goes on in."""
    from index.vocabulary import vocabulary

    if not when_text:
        return False
    # ("At Tuesday night's school board meeting": the day phrase may be "Tuesday" or "Tuesday night's")
    m = re.search(rf"\b(?:at|during)\s+(?:the\s+)?{re.escape(when_text)}([\w\s'’-]{{1,40}})", outside, re.I)
    return bool(m) and any(w.lower() in vocabulary().occasions for w in re.findall(r"[a-z]+", m.group(1).lower())[:5])

