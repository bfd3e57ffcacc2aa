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


def speaker(article, ctx) -> tuple[Speaker | None, list[str]]:
    """The speaker the notes' header names, and the header's lines; (None, []) on any other page."""
    lines = [fold(ln).strip(" *_#") for ln in article.text.splitlines() if ln.strip()][:_HEAD_LINES]
    at = next((k for k, ln in enumerate(lines[:8]) if _LABEL.match(ln)), None)
    if at is None:
        return None, []
    m = next((m for ln in lines[at + 1:at + 3] if (m := _FOR.match(ln))), None)
    if m is None:
        return None, []
    words = clean_name(m.group("who").split())
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None, []
    name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    if vocabulary().is_role(name) or name.lower() in vocabulary().organisations:
        return None, []
    person = next((p for p in ctx.cast.people if p.name == name), None)
    # the header: to the delivery line, else to the line before the first sentence of prose
    end = next((k for k in range(at, len(lines)) if _DELIVERY.search(lines[k])), None)
    if end is None:
        end = next((k - 1 for k in range(at + 1, len(lines)) if len(lines[k].split()) >= 8 and lines[k][-1:] in ".!?"), len(lines) - 1)
    return Speaker(name=person.name if person else name, as_written=" ".join(m.group("who").split()), person=person), lines[:end + 1]
