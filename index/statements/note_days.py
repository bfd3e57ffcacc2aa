"""A report that sources its quotations in numbered notes: the quote carries a marker ("he
said.[33]", "said³³", "she said.(33)") and the note at the end says whose words they were and
when ("[33] Interview with X, Mbalame village, 5 November 2025."; "[34] Ibid."). The note is
the statement's day (and place): nothing in the body dates the words, and the report's cover
often gives a month only.

A statement takes the note of the first marker after it in its paragraph when no other speaker's
statement stands between them (a note closes the run of words it sources); else the marker just
before it in its paragraph with no other speaker's words in between ("She said she was later
offered ..."); else the note of the same speaker's statement just before it (the next paragraph
of a letter's summary). A day the statement names itself ("explicit") is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from index.models import Statement

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a note line: "[33] ...", "33. ...", "33) ...", "³³ ..." at the start of a line
_NOTE_LINE = re.compile(rf"^[ \t]*(?:\[(\d{{1,3}})\]|(\d{{1,3}})[.)]|([{_SUPERSCRIPT}]{{1,3}}))[ \t]+(\S.*)$", re.M)
# a marker in the body: "[33]", "³³", or "(33)" against the words or mark before it
_MARKER = re.compile(rf"\[(\d{{1,3}})\]|(?<=[\w.,;:!?\"”’])([{_SUPERSCRIPT}]{{1,3}})|(?<=[\w.,;:!?\"”’])\((\d{{1,3}})\)")
_IBID = re.compile(r"^\s*(?:ibid|ibidem|id)\b\.?", re.I)
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) {_MONTH},? (\d{{4}})\b")
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH} (\d{{1,2}}),? (\d{{4}})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MIN_NOTES = 2


@dataclass(frozen=True)
class Note:
    day: date | None
    place: str | None


def _superscript(s: str) -> str:
    return "".join(str(_SUPERSCRIPT.index(c)) for c in s)


def notes(text: str) -> tuple[int, dict[int, Note]]:
    """(where the notes block starts, number -> note) of the numbered notes at the end of the
    text; (len(text), {}) when there are fewer than two, or none the body marks."""
    found: list[tuple[int, int, str]] = []
    for m in _NOTE_LINE.finditer(text):
        n = int(m.group(1) or m.group(2) or _superscript(m.group(3)))
        found.append((m.start(), n, m.group(4)))
    # the block: the last run of note lines numbered one after another (not a "2." heading above)
    block: list[tuple[int, int, str]] = []
    for item in reversed(found):
        if block and item[1] != block[-1][1] - 1:
            break
        block.append(item)
    block.reverse()
    if len(block) < _MIN_NOTES:
        return len(text), {}
    start = block[0][0]
    marked = {n for _, n in markers(text[:start])}
    if len({n for _, n, _ in block} & marked) < _MIN_NOTES:
        return len(text), {}
    out: dict[int, Note] = {}
    last: Note | None = None
    for _, n, body in block:
        note = last if _IBID.match(body) and last is not None else _read(body)
        out[n] = note
        last = note
    return start, out


def markers(body: str) -> list[tuple[int, int]]:
    """(position, number) of every note marker in the body."""
    out = []
    for m in _MARKER.finditer(body):
        n = m.group(1) or m.group(3) or _superscript(m.group(2))
        out.append((m.start(), int(n)))
    return out


_BEFORE_QUOTE = re.compile(r'\s*["“‘\']')


def unmarked(text: str) -> str:
    """`text` with the note markers that stand before a quotation blanked (one space for one
    character: offsets kept): '"...," he said.[13] "Nobody ..."' parses as two quoted sentences."""
    return _MARKER.sub(lambda m: " " * len(m.group(0)) if _BEFORE_QUOTE.match(text, m.end()) else m.group(0), text)


def _read(body: str) -> Note:
    """The one full date a note gives, and the comma-part just before it when that is a place."""
    hits = []
    for m in _DAY_MONTH_YEAR.finditer(body):
        hits.append((m.start(), _day(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))))
    for m in _MONTH_DAY_YEAR.finditer(body):
        hits.append((m.start(), _day(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))))
    for m in _ISO.finditer(body):
        hits.append((m.start(), _day(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    hits = [h for h in hits if h[1] is not None]
    if len({d for _, d in hits}) != 1:  # no date, or several (a letter "of 9 May, received 2 June"): none
        return Note(None, None)
    pos, day = hits[0]
    parts = [p.strip() for p in body[:pos].split(",")]
    place = parts[-2] if len(parts) >= 3 and parts[-1] == "" else None
    if place and not (place[:1].isupper() and len(place.split()) <= 5 and "(" not in place):
        place = None
    return Note(day, place)


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def dated(stmts: list[Statement], text: str, paragraphs: list[tuple[int, int]], of: list[int]) -> list[Statement]:
    """The statements, those a note sources dated (and placed) by it. `paragraphs`: each parsed
    paragraph's (start, end); `of[i]`: the paragraph of statement i."""
    start, table = notes(text)
    if not table:
        return stmts
    marks = [(p, n) for p, n in markers(text[:start]) if n in table]
    if not marks:
        return stmts
    chosen: list[int | None] = []
    for i, st in enumerate(stmts):
        if st.start >= start or of[i] >= len(paragraphs):
            chosen.append(None)
            continue
        a, b = paragraphs[of[i]]
        others = [s.start for s in stmts if s.speaker != st.speaker and a <= s.start < b]
        after = next((n for p, n in marks if st.start <= p < b), None)
        at = next((p for p, n in marks if st.start <= p < b), None)
        note = None
        if after is not None and not any(st.start < o < at for o in others):
            note = after
        else:
            before = [(p, n) for p, n in marks if a <= p < st.start]
            if before and not any(before[-1][0] < o < st.start for o in others):
                note = before[-1][1]
            elif i and chosen[i - 1] is not None and stmts[i - 1].speaker == st.speaker and of[i] - of[i - 1] <= 1:
                note = chosen[i - 1]
        chosen.append(note)
    out = []
    for st, n in zip(stmts, chosen):
        note = table.get(n) if n is not None else None
        if note is None or note.day is None or st.date_basis == "explicit":
            out.append(st)
            continue
        out.append(replace(st, when_text=None, when_start=note.day, when_end=None, date_basis="explicit",
                           where=st.where or note.place))
    return out
