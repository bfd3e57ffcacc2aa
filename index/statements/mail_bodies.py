"""Inside one e-mail message: whom its "he" and "she" are, whose letter it quotes, where its sign-off starts.

A message is written by its sender to people who know whom it talks about, so it names people by
their first name ("Odile phoned at lunch. She will not renew the lease") and the pronoun that
follows is the person the message just named, not someone the thread named in full messages ago
(the general resolver looks back over the whole page). A message that passes on a letter
introduces it ("Ida Quennell has sent us a letter (dated 3 May). Here is what she says:") and
quotes it in the paragraphs under the colon: those are the letter writer's words, on the letter's
day, and the introducing sentence is the sender's own. The sign-off ("Odile", a name line with the
role under it, a motto, the legal footer) is no statement at all.
"""

from __future__ import annotations

import calendar
import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.dates import MONTHS
from index.statements.people import first_name_gender
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_PRONOUNS = {"he": "male", "she": "female"}
_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_CALENDAR = {*MONTHS, *(d.lower() for d in calendar.day_name)}  # "March", "Friday": the lexicon's names too
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# "Kind regards,", "Thanks,", "Best wishes": the line over the sender's name in a sign-off
_VALEDICTION = re.compile(r"^(?:(?:kind|best|warm|many)\s+)?(?:regards|thanks|thank you|wishes|cheers|best|"
                          r"yours(?: sincerely| faithfully)?|all the best|sincerely)[,.!]?$", re.I)
# "(letter dated 16 March)", "letter of 2 May": the day the quoted letter bears
_LETTER_DAY = re.compile(r"\b(?:dated|of)\s+(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|"
                         r"[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)")


def sign_off(paragraph: str, sender: str) -> bool:
    """The paragraph opens the message's sign-off: its first line is the sender's name or first
    name ("Odile", "Odile Farthingale"), or a valediction ("Kind regards,") over such a line."""
    lines = [ln.strip(" \t*_-–—").rstrip(",.") for ln in fold(paragraph).strip().split("\n")]
    names = {sender.lower(), sender.split()[0].lower()}
    if lines and lines[0].lower() in names:
        return True
    return len(lines) >= 2 and bool(_VALEDICTION.match(lines[0] + ",")) and lines[1].lower() in names


def settle(raws: list[Raw], text: str, messages: list[tuple[int, int, str, int]], paragraphs: list[Span],
           ctx) -> list[Raw]:
    """`raws` with each message's pronoun speakers named by the message and its quoted letter given
    to its writer. `messages` are (body start, end, sender, the sender's sent-day time phrase)."""
    for start, end, sender, _ in messages:
        inside = [r for r in raws if start <= r.span.start < end]
        for r in inside:
            if r.speaker.as_written.lower() in _PRONOUNS:
                who = _named_before(text, start, _pronoun_at(text, r), _PRONOUNS[r.speaker.as_written.lower()], sender, ctx)
                if who is not None:
                    r.speaker = Speaker(name=who[0], as_written=r.speaker.as_written, person=who[1])
                    # a time after the words is more of the news ("... and the sale goes through in June"), not
                    # when it was told: the sentence before ("I saw her on Sunday") or the sent day dates it
                    r.times = [t for t in r.times if t[0].start < r.content.start]
        _quoted_letters(inside, text, [p for p in paragraphs if start <= p.start < end], sender)
    return raws


def _pronoun_at(text: str, r: Raw) -> int:
    """Where the statement's first "he" or "she" stands in its sentence."""
    m = _PRONOUN.search(text, r.span.start, r.span.end)
    return m.start() if m else r.span.start


def _named_before(text: str, start: int, pos: int, gender: str, sender: str, ctx):
    """(name, person) of the last person the message names before `pos` whom the pronoun fits: a
    first name the lexicon knows, or a name of the page's cast; the sender is never "he"."""
    own = set(sender.split())
    people = ctx.cast.people
    found = None
    for m in _WORD.finditer(text, start, pos):
        word = m.group()
        if word in own or word.lower() in _CALENDAR or text[m.end():m.end() + 3] in (" – ", " - ", " — ") and _line_start(text, m.start()):
            continue  # the sender, a month, or the one the line addresses ("Barnaby – can you book the van")
        if text[m.end():m.end() + 2] in ("'s", "’s"):
            continue  # "the shed behind Ned's cottage. He also said": a possessor is not the one talked of
        full = [p for p in people if len(p.name.split()) > 1 and p.name.split()[0] == word]
        g = first_name_gender(word)
        if not full and g is None:
            continue
        if (full[0].gender if len(full) == 1 and full[0].gender else g) not in (gender, None):
            continue
        found = (full[0].name, full[0]) if len(full) == 1 else (word, None)
    return found


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _quoted_letters(inside: list[Raw], text: str, paragraphs: list[Span], sender: str) -> None:
    """'X has sent us a letter (dated D). Here is what it says:' over quoted paragraphs: those
    are X's, on D; the sentence announcing the letter is the sender's."""
    for k, para in enumerate(paragraphs[:-1]):
        if not text[para.start:para.end].rstrip().endswith(":"):
            continue
        writers = [r for r in inside if para.start <= r.span.start < para.end and r.speaker.name != sender
                   and r.speaker.person is not None and not r.speaker.generic]
        if not writers:
            continue
        own = next((r for r in inside if r.speaker.name == sender), None)
        if own is None:
            continue
        writer, own_voice = writers[0].speaker, (own.speaker, list(own.times))
        day = _LETTER_DAY.search(text, para.start, para.end)
        for below in paragraphs[k + 1:]:
            if not text[below.start:below.end].lstrip().startswith('"'):
                break
            for r in inside:
                if below.start <= r.span.start < below.end and r.speaker.name == sender:
                    r.speaker = writer
                    if day:
                        r.times = [(Span(day.start(1), day.end(1)), day.group(1), False)]
        for r in writers:  # "X has sent us a letter": the sender tells of the letter
            r.speaker, r.times, r.content = own_voice[0], list(own_voice[1]), Span(r.span.start, r.span.end)
