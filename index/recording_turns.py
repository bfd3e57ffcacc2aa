"""A meeting recording's transcript export (Teams, Zoom, Otter, Google Meet): turns opened by a
header that names the speaker and gives the time elapsed since the recording began, the turn's
text on the lines below.

    Okonjo-Hale, Delphine (Harrowfield BC)   0:41     Teams: "Surname, Given (Organisation)", the offset beside it
    Cllr Ann Roe   6:25                                a title before the name
    Guest (Unverified)   5:30                          an unnamed dial-in, who may name themself inside the turn
    Ann Roe                                            Zoom, Otter, Meet: the offset on a line of its own
    00:06:25

An offset is no clock time (no AM/PM, no date); the offsets never run backwards. The turns are
dated by the recording: a recording name ending "-20250311_183002-Meeting Recording" or a
"March 11, 2025, 6:30PM" line near the top. A page is such an export when at least three headers
open turns and someone speaks twice (or the recording's date line is there): a name and a time
alone could be a listing's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.caption_pages import ELAPSED
from index.textnorm import fold

MIN_TURNS = 3
_WORD = r"[A-Z][\w'’.-]*"
# "Given Surname", "Cllr Given Surname", "Surname, Given", "Surname, Given Middle"; then notes in brackets
_NAME = rf"(?P<name>{_WORD}(?:[ ]{_WORD}){{0,4}}(?:,[ ]{_WORD}(?:[ ]{_WORD}){{0,2}})?)(?P<notes>(?:[ ]*\([^()\n]{{1,60}}\))*)"
_OFFSET = rf"\[?(?P<offset>{ELAPSED})\]?"
_SAME_LINE = re.compile(rf"^[ \t]*{_NAME}(?:[ \t]+|[ \t]*[|·•–-][ \t]*){_OFFSET}[ \t]*$")
_NAME_LINE = re.compile(rf"^[ \t]*{_NAME}[ \t]*$")
_OFFSET_LINE = re.compile(rf"^[ \t]*{_OFFSET}[ \t]*$")
# an automatic transcriber's diarised label, a voice it told apart but cannot name: "Speaker 1",
# "SPEAKER_01", "Speaker A" (the names come from the host's introductions: index/diarised_names.py)
ANONYMOUS = r"(?:Speaker|SPEAKER|speaker)[ _]?(?:\d{1,2}|[A-Z])"
_ANON_LINE = re.compile(rf"^[ \t]*(?P<name>{ANONYMOUS})(?P<notes>)(?:[ \t]+|[ \t]*[|·•–-][ \t]*)[(\[]?(?P<offset>{ELAPSED})[)\]]?[ \t]*$")
_ANON_NAME_LINE = re.compile(rf"^[ \t]*(?P<name>{ANONYMOUS})(?P<notes>)[ \t]*$")
# the offset first, the label after it and the turn's text on the same line: "[00:01:42] Speaker 2: So ..."
# (a named label in that place is a podcast's own, read by index/statements/transcript.py)
# or the label and its offset first, the text after them on the line: "Speaker 2  1:42  Yeah, so ..."
_ANON_TEXT = re.compile(rf"^[ \t]*(?P<name>{ANONYMOUS})(?P<notes>)[ \t]+[(\[]?(?P<offset>{ELAPSED})[)\]]?[ \t]*(?:[:|–-][ \t]*|[ \t]{{2,}})(?=\S)")
_LEADING = re.compile(rf"^[ \t]*\[(?P<offset>{ELAPSED})\][ \t]*(?P<name>{ANONYMOUS})(?P<notes>)[ \t]*:[ \t]*")
# the recording's own name and date line: "...-20250311_183002-Meeting Recording", "March 11, 2025, 6:30PM"
_RECORDING_NAME = re.compile(r"-(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)_\d{6}-\s*(?:Meeting )?Recording\b", re.I)
_DATE_TIME_LINE = re.compile(rf"^\s*(?P<words>(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?{datelines.DATE}),?\s+(?:at\s+)?\d{{1,2}}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*$", re.I)
# notes in brackets that mark how someone joined, not whom they work for
_MARKER = re.compile(r"^(?:guest|unverified|external|host|co-?host|organi[sz]er|presenter|moderator|attendee|panelist|"
                     r"he/him|she/her|they/them|you|me)$", re.I)
# a display name that names no one: a dial-in, a numbered speaker
_NOBODY = re.compile(r"^(?:guest|unknown(?: speaker)?|speaker(?:[ _]?(?:\d+|[a-z]))?|participant(?: \d+)?|caller(?: \d+)?|"
                     r"unidentified(?: speaker)?|phone(?: user)?)$", re.I)
_NOT_A_NAME = re.compile(r"^(?:transcript|chapters|comments|recording|duration|attendees|summary|notes)$", re.I)


@dataclass(frozen=True)
class Turn:
    start: int  # the header's first character
    body: int  # the turn's text's first character
    end: int  # the next header, or the end of the text
    name: str  # the display name in reading order, without title or notes: "Delphine Okonjo-Hale"
    written: str  # the header's name as written: "Okonjo-Hale, Delphine (Harrowfield BC)"
    organisation: str | None  # the bracketed note naming whom they speak for: "Harrowfield BC"
    nobody: bool  # "Guest", "Speaker 2": the header names no one
    offset: int  # seconds into the recording


@lru_cache(maxsize=64)
def turns(text: str) -> tuple[Turn, ...]:
    """The export's turns in text order; none unless the page is a recording's transcript."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    heads = []  # (start, body line index, match, offset)
    i = 0
    while i < len(lines):
        start, _, line = lines[i]
        folded = fold(line)
        m = _SAME_LINE.match(folded) or _ANON_LINE.match(folded)
        if m and _name_like(m):
            heads.append((start, i + 1, m, _seconds(m.group("offset"))))
            i += 1
            continue
        if (m := _LEADING.match(folded) or _ANON_TEXT.match(folded)) and _name_like(m):
            heads.append((start, (start + m.end(),), m, _seconds(m.group("offset"))))  # the text on the label's line
            i += 1
            continue
        if i + 1 < len(lines) and (m := _NAME_LINE.match(folded) or _ANON_NAME_LINE.match(folded)) and _name_like(m) \
                and (t := _OFFSET_LINE.match(fold(lines[i + 1][2]))):
            heads.append((start, i + 2, m, _seconds(t.group("offset"))))
            i += 2
            continue
        i += 1
    if len(heads) < MIN_TURNS:
        return ()
    offsets = [h[3] for h in heads]
    if any(b < a for a, b in zip(offsets, offsets[1:])):
        return ()  # clock times of a listing or a chat read out of order
    names = [_reading_order(m.group("name")) for _, _, m, _ in heads]
    if len(set(names)) == len(names) and recording_day(text) is None:
        return ()
    out = []
    for k, (start, body_line, m, offset) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        if isinstance(body_line, tuple):
            body = body_line[0]
        else:
            body = lines[body_line][0] if body_line < len(lines) and lines[body_line][0] < end else end
        notes = re.findall(r"\(([^()]+)\)", m.group("notes"))
        organisation = next((n.strip() for n in notes if not _MARKER.match(n.strip())), None)
        name = names[k]
        nobody = bool(_NOBODY.match(name)) or (any(n.strip().lower() == "unverified" for n in notes) and len(name.split()) < 2)
        written = (m.group("name") + m.group("notes")).strip()
        out.append(Turn(start, body, end, name, written, organisation, nobody, offset))
    return tuple(out)


def turn_at(text: str, pos: int) -> Turn | None:
    return next((t for t in turns(text) if t.start <= pos < t.end), None)


def recording_day(text: str) -> date | None:
    """The day the recording was made: its file name's stamp, else a date-and-time line near the top."""
    head = text[:2_000]
    if m := _RECORDING_NAME.search(head):
        try:
            return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            pass
    for line in head.splitlines()[:8]:
        if m := _DATE_TIME_LINE.match(fold(line)):
            if got := datelines.full_date(m.group("words")):
                return got
    return None


def _name_like(m: re.Match) -> bool:
    name = m.group("name").strip()
    return not _NOT_A_NAME.match(name) and not re.search(r"\d", name) or bool(_NOBODY.match(name))


def _reading_order(name: str) -> str:
    """"Okonjo-Hale, Delphine" -> "Delphine Okonjo-Hale"; a title before the name dropped."""
    from index.statements.people import clean_name

    name = name.strip()
    if re.fullmatch(ANONYMOUS, name):  # "SPEAKER_01" -> "Speaker 1": one spelling for the one voice
        tag = re.split(r"[ _]", name, 1)[-1] if re.search(r"[ _]", name) else name[7:]
        return f"Speaker {int(tag) if tag.isdigit() else tag}"
    if "," in name:
        surname, given = (p.strip() for p in name.split(",", 1))
        name = f"{given} {surname}"
    words = name.split()
    cleaned = clean_name(untitled(words)) if len(words) > 1 else words
    return " ".join(cleaned or words)


def untitled(words: list[str]) -> list[str]:
    """A name's words without the titles and role words before it ("Cllr", "Dr.", "Chair", "Mayor")."""
    from index.vocabulary import vocabulary

    v = vocabulary()
    while len(words) > 2 and (v.title_gender(words[0].rstrip(".")) is not None or v.title_role(words[0].rstrip(".")) is not None
                              or v.is_role(words[0].lower().rstrip("."))):
        words = words[1:]
    return words


def _seconds(offset: str) -> int:
    parts = [int(p) for p in offset.split(":")]
    total = 0
    for p in parts:
        total = total * 60 + p
    return total


# a dial-in naming themself: "It's Mrs Ann Roe from Y", "It's Tobi, Tobi Adewale, I'm 16", "my name is Ann Roe"
_SELF = re.compile(r"\b(?i:it's|it is|this is|i'm|i am|my name is|my name's)\s+(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+)?"
                   r"(?P<given>[A-Z][\w'’-]+)(?:,?\s+(?P=given))?(?P<rest>(?:\s+[A-Z][\w'’-]+){1,2})")


def self_named(text: str, turn: Turn) -> str | None:
    """The full name a turn's speaker gives themself in its first lines, when the header names no one."""
    if not turn.nobody:
        return None
    m = _SELF.search(fold(text[turn.body:min(turn.end, turn.body + 300)]))
    if m is None or not m.group("given")[0].isupper() or not all(w[0].isupper() for w in m.group("rest").split()):
        return None
    from index.statements.people import first_name_gender

    name = f"{m.group('given')}{m.group('rest')}"
    return name if first_name_gender(m.group("given")) or len(name.split()) >= 2 else None
