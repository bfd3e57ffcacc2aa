"""A government's speaking notes: the speaker named in a "for NAME" line under the label.

Ministries publish the text a minister reads out as "speaking notes" rather than a titled speech:

    Government of X
    SPEAKING NOTES
    for the Honourable Ana Quellmor
    Minister of Education
    Opening of the ... Library
    Riverton
    Tuesday, March 4, 2025
    CHECK AGAINST DELIVERY

then the speech in the first person. The speaker is the one the "for ..." line names (after an
honorific such as "the Honourable"); the header runs to the delivery line, or else to the first
line of prose, and is no part of the speech. `index.statements.speeches` reads the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

# the page's label: "SPEAKING NOTES", "Speaking points", "Notes for remarks", "Speech notes"
_LABEL = re.compile(r"^(?:speaking|speech|talking|briefing)\s+(?:notes|points)(?:\s*[:\-–—]?\s*)$|"
                    r"^notes\s+for\s+(?:a\s+)?(?:remarks|speech|an address)$", re.I)
# the line that names the speaker: "for the Honourable Ana Quellmor", "by Dr Ana Quellmor, MP"
_FOR = re.compile(r"^(?:for|by|delivered by|to be delivered by)\s+(?:the\s+)?"
                  r"(?:(?:right\s+|most\s+)?(?:hon(?:ou?rable|\.)?|rt\.?\s+hon\.?)\s+)?(?P<who>[^,;:(]{3,60})", re.I)
_DELIVERY = re.compile(r"\b(?:check against (?:the )?delivery|as prepared for delivery|as delivered)\b", re.I)
_HEAD_LINES = 14


@dataclass(frozen=True)
class Header:
    name: str  # "Ana Quellmor"
    as_written: str  # "Ana Quellmor" as the "for" line gives it
    title: str | None  # the line under it when it is a job: "Minister of Education"
    lines: list[str]  # the header's lines, folded, to the delivery line


def header(text: str) -> Header | None:
    """The notes' header, read from the page's text alone; None on any other page."""
    lines = [fold(ln).strip(" *_#") for ln in text[:3_000].splitlines() if ln.strip()][:_HEAD_LINES]
    at = next((k for k, ln in enumerate(lines[:8]) if _LABEL.match(ln)), None)
    if at is None:
        return None
    k, m = next(((k, m) for k in range(at + 1, min(at + 3, len(lines))) if (m := _FOR.match(lines[k]))), (None, None))
    if m is None:
        return None
    words = clean_name(m.group("who").split())
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    v = vocabulary()
    if v.is_role(name) or name.lower() in v.organisations:
        return None
    below = lines[k + 1] if k + 1 < len(lines) else ""
    title = below if below and len(below.split()) <= 8 and any(v.is_role(w.lower()) for w in re.findall(r"[\w'’-]+", below)) else None
    # the header: to the delivery line, else to the line before the first sentence of prose
    end = next((j for j in range(at, len(lines)) if _DELIVERY.search(lines[j])), None)
    if end is None:
        end = next((j - 1 for j in range(at + 1, len(lines)) if len(lines[j].split()) >= 8 and lines[j][-1:] in ".!?"), len(lines) - 1)
    return Header(name, " ".join(m.group("who").split()), title, lines[:end + 1])


def speaker(article, ctx) -> tuple[Speaker | None, list[str]]:
    """The speaker the notes' header names, and the header's lines; (None, []) on any other page."""
    got = header(article.text)
    if got is None:
        return None, []
    person = next((p for p in ctx.cast.people if p.name == got.name), None)
    return Speaker(name=person.name if person else got.name, as_written=got.as_written, person=person), got.lines
