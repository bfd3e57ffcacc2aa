"""Parts of a page that carry a day of their own: the day a statement there is counted from.

A chat's messages (index.chat_lines), a talk page's signed comments (index.talk_signatures), a thread's posts (index.post_stamps: "#3 | jo_b | Posts: 14 | 06/03/2026 11:05") and a pasted
e-mail's messages (a "From:" line with its "Date:"/"Sent:" line) were each written on their own
day, not on the page's: a forwarder's note under the outer header was written on the outer
header's day, the forwarded message on the inner header's. What a post or message says with no
day of its own was said that day, and its "yesterday" or "on Wednesday" counts from that day.
Whether the post's words are read as its author's statements is another reader's business; the
day holds either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import chat_lines, datelines, fundraiser_page, post_stamps, talk_signatures
from index.statements import mail_headers, update_days
from index.textnorm import fold


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    day: date


@lru_cache(maxsize=64)
def parts(text: str) -> tuple[Part, ...]:
    """The dated parts of the page `text`, in text order; none when the page has fewer than two
    (one header alone dates the whole page, as its date line does). Kept: an answer asks for the
    parts of each article it cites."""
    found = [Part(p.start, p.end, p.day) for p in post_stamps.posts(text)]
    if found and (page := fundraiser_page.page(text)) and page.created:  # a fundraiser's story: its created day
        found = [Part(page.story[0], min(page.story[1], found[0].start), page.created), *found]
    if not found:  # a chat's messages: "[12/02/2026, 08:14] Ann Roe: ... last night ..."
        found = [Part(m.start, m.end, m.day) for m in chat_lines.messages(text) if m.day]
    if not found:  # a talk page's comments: "... yesterday ... Ann Roe (talk) 14:02, 3 March 2026 (UTC)"
        found = [Part(c.start, c.end, c.day) for c in talk_signatures.comments(text)]
    if not found and "From:" in text:  # every mail header opens so (folding changes no letter or colon)
        found = _messages(fold(text))
    if len(found) >= 2:
        return tuple(found)
    # an update appended to the page ("UPDATE, October 20:"): from its line on, the update's day
    return tuple(Part(*u) for u in update_days.updates(text))


def _messages(text: str) -> list[Part]:
    heads = [(start, day) for start, _, _, (_, phrase, _) in mail_headers.headers(text)
             if (day := datelines.full_date(phrase))]
    return [Part(start, heads[k + 1][0] if k + 1 < len(heads) else len(text), day)
            for k, (start, day) in enumerate(heads)]


def day_at(found: tuple[Part, ...], pos: int) -> date | None:
    return next((p.day for p in found if p.start <= pos < p.end), None)


def same_part(found: tuple[Part, ...], a: int, b: int) -> bool:
    """Whether positions `a` and `b` stand in the same dated part (or both outside every part)."""
    return next((p for p in found if p.start <= a < p.end), None) == next((p for p in found if p.start <= b < p.end), None)
