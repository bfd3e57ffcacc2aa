"""The messages of an exported or pasted chat, read from the stamps that open them.

Two shapes of chat. In one the stamp, the sender and the text share a line: WhatsApp's "[12/02/2026,
08:14] Ann Roe: ...", its Android form "12/02/2026, 08:14 - Ann Roe: ...", the time first
"[08:14, 12/02/2026] Ann Roe: ...", an ISO day "[2026-02-12 08:14] Ann Roe: ...". In the other a
header line names the sender and the stamp and the text follows on the lines below: Telegram's
"Ann Roe, [12.02.26 08:14]", Slack's "Ann Roe  8:14 AM", Teams' "[8:14 AM] Ann Roe", an iMessage
"Ann Roe, 12 Feb 2026 at 08:14", Discord's "Ann Roe — Today at 8:14 AM". A header that gives a
time alone takes its day from the date line above it ("Thursday, 12 February 2026", "--- 12 Feb ---", "──── Tuesday, March 3rd ────"); a day
written without its year takes the year of the last full date before it, else the export's. An
app's relative dividers and stamps ("──── Yesterday ────", "Today at 8:14 AM") count from the day
of the export line ("Exported by ann.roe on 2026-03-05 18:40"), and from no other day.

A message runs from its stamp to the next stamp or date line: its text may run over several lines.
A stamped line with no sender ("[12/02/2026, 09:05] This message was deleted", "Ann Roe added Bo
Li") is the app's, nobody's words. A page is a chat when at least three lines open messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

MIN_MESSAGES = 3
_NUM = r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)"
_ISO = r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)"
_TIME = r"(?P<time>\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)"
_SENDER = r"(?P<sender>[^:\n\[\]]{2,80}?)"
_CLOCK = re.compile(r"\d:\d\d")  # what every _TIME (and an elapsed offset) holds

# the stamp, the sender and the text on one line (kept as STAMP: headings and the chat reader ask for it)
STAMP = re.compile(
    rf"^\s*\[?(?P<date>{_NUM}),?\s+{_TIME}\]?\s*(?:[-–]\s+)?{_SENDER}:\s+(?P<message>\S.*)$")
_INLINE = (
    STAMP,
    re.compile(rf"^\s*\[?(?P<date>{_ISO})[,T ]\s*{_TIME}\]?\s*(?:[-–]\s+)?{_SENDER}:\s+(?P<message>\S.*)$"),
    re.compile(rf"^\s*\[{_TIME},?\s+(?P<date>{_NUM})\]\s*{_SENDER}:\s+(?P<message>\S.*)$"),
)
# a stamp with no "Sender:" after it: the app's own line
_BARE = (
    re.compile(rf"^\s*\[?(?P<date>{_NUM}),?\s+{_TIME}\]?\s*(?:[-–]\s+)?(?P<message>\S.*)?$"),
    re.compile(rf"^\s*\[?(?P<date>{_ISO})[,T ]\s*{_TIME}\]?\s*(?:[-–]\s+)?(?P<message>\S.*)?$"),
    re.compile(rf"^\s*\[{_TIME},?\s+(?P<date>{_NUM})\]\s*(?P<message>\S.*)?$"),
)
# a header line: the sender and the stamp, the text below; with a time alone, a capitalised name
# (Slack's "Ann Roe (volunteer lead)  8:11 AM": a note in brackets after the name, in any case)
_CAPS = r"(?P<sender>(?:\+?[\d ]{7,20}|@?[A-Z][\w.'’&-]*(?:[ ][A-Z(][\w.'’()&-]*){0,4}(?:[ ]\([^()\n]{1,60}\))?))"
_NAME = r"(?P<sender>(?:\+?[\d ]{7,20}|[@\w][\w.'’()&-]*(?:[ \t][\w.'’()&-]+){0,5}))"
# Discord's, copied: "Ann Roe — Today at 8:14 AM", "ann_r — Yesterday at 4:15 PM", "Ann Roe — 03/03/2026 8:14 AM"
# (a handle in lower case too: the dash and the day make the line a header)
_DISCORD = re.compile(rf"^\s*{_CAPS}\s+[—–-]\s+(?:(?P<rel>today|yesterday)\s+at\s+|(?P<date>{_NUM}),?\s+(?:at\s+)?){_TIME}\s*$", re.I)
_HEADERS = (
    re.compile(rf"^\s*{_NAME},?\s*\[(?P<date>{_NUM}),?\s+{_TIME}\]\s*:?\s*$"),
    re.compile(rf"^\s*{_NAME},?\s*\[(?P<date>{_ISO})[,T ]\s*{_TIME}\]\s*:?\s*$"),
    re.compile(rf"^\s*{_NAME},\s+(?P<words>(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?{datelines.DATE})(?:,?\s+(?:at\s+)?{_TIME})\s*:?\s*$", re.I),
    re.compile(rf"^\s*{_CAPS}(?:\s{{2,}}|\t|\s*[·•|]\s*|\s+)\[?{_TIME}\]?\s*:?\s*$"),
    re.compile(rf"^\s*\[{_TIME}\]\s+{_CAPS}\s*:?\s*$"),
    _DISCORD,
)
# a date line between the messages, its rules of dashes or box-drawing lines ("──── Tuesday, March 3rd ────")
_RULE = r"[\s\-–—=*_~─━═┄┈]*"
_DATE_LINE = re.compile(rf"^{_RULE}(?P<words>(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?:{datelines.DATE}|\d{{4}}-\d\d-\d\d))"
                        rf"(?:,?\s+(?:at\s+)?\d{{1,2}}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?{_RULE}$", re.I)
# an app's divider relative to the day the chat was exported: "──── Today ────", "Yesterday", "Monday"
_RELATIVE_LINE = re.compile(rf"^{_RULE}(?P<words>today|yesterday|{datelines.WEEKDAY})\.?(?:,?\s+(?:at\s+)?{_TIME})?{_RULE}$", re.I)
# the export's own line: "Exported by ann.roe on 2026-03-05 18:40 (Europe/London)", "Export date: 5 March 2026"
_EXPORTED = re.compile(rf"\bexport(?:ed)?\b(?:\s+date)?[^\n]{{0,60}}?(?P<day>{datelines.ISO}|{datelines.DATE},?\s+\d{{4}})", re.I)
_SYSTEM = re.compile(r"^\W*(?:<[^>]*omitted>|this message was deleted|image omitted|video omitted|sticker omitted)\W*$"
                     r"|\bmessages? (?:and calls )?(?:are|is) end-to-end encrypted\b", re.I)
# the first line of a thread reply, quoting the message replied to: "replied to a thread: Ann Roe: The pump ...",
# "Replying to @ann: ...", "In reply to Ann Roe"
_REPLY_PREVIEW = re.compile(r"[ \t]*(?:replied to a thread|replying to|in reply to)\b[^\n]*\n", re.I)
NOTED = re.compile(r"\S\s*\([^()\n]*[^\W\d_][^()\n]*\)\s*$")  # a sender's note in brackets: "Ann Roe (treasurer)"
_HEAD = 1500  # characters: an export's own lines stand above its first message
# (nor a day: "Today 8:14 AM", "Mon, 3 Mar at 08:14" are an app's dividers)
_NOT_A_SENDER = re.compile(rf"^(?:by|from|to|sent|date|posted|updated|published|subject|cc|re|today|yesterday|{datelines.WEEKDAY_ANY})\b", re.I)


@dataclass(frozen=True)
class Message:
    start: int  # the stamp line's first character
    body: int  # the text's first character (on the stamp line, or the line below a header)
    end: int  # the next stamp or date line, or the end of the text
    sender: str | None  # as written; None for the app's own lines
    day: date | None
    header: bool  # the stamp stands on a line of its own, over the text
    relative: str | None = None  # the divider's word ("Yesterday") when the day counts from the export's


def is_message(line: str) -> bool:
    return any(p.match(line) for p in _INLINE)


@lru_cache(maxsize=64)
def messages(text: str) -> tuple[Message, ...]:
    """The chat's messages in text order; none unless at least three lines open one."""
    # a meeting recording's transcript: its headers give elapsed times, and its day is the recording's
    from index import recording_turns

    # Every stamp, header and elapsed offset below holds a clock time ("8:14"): a page with none
    # (most news) skips the line-by-line reads (folding never makes a digit or a colon).
    clocked = _CLOCK.search(text) is not None
    if clocked and (recorded := recording_turns.turns(text)):
        day = recording_turns.recording_day(text)
        from index.diarised_names import names

        named = names(text)  # "Speaker 2" of an auto-transcript: the guest the host introduced
        return tuple(Message(t.start, t.body, t.end, named.get(t.name, t.name) + (f" ({t.organisation})" if t.organisation else ""), day, True)
                     for t in recorded)
    # an export of recorded messages: field-line blocks whose caller may name himself inside
    from index import voice_messages

    if voiced := voice_messages.messages(text):
        return tuple(Message(b.start, b.body, b.end, b.caller or b.sender, b.day, True) for b in voiced)
    if not clocked:
        return ()
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    opened = []  # (line index, kind, match)
    for i, (_, line) in enumerate(lines):
        folded = fold(line)
        hit = next((("inline", m) for p in _INLINE if (m := p.match(folded))), None) \
            or next((("bare", m) for p in _BARE if (m := p.match(folded))), None) \
            or next((("header", m) for p in _HEADERS if (m := p.match(folded)) and (p is _DISCORD or _name_like(m.group("sender")))), None)
        if hit:
            opened.append((i, *hit))
    if sum(kind != "bare" for _, kind, _ in opened) < MIN_MESSAGES:
        return ()
    # a name and a time alone could be a listing's line ("BBC One  7:30 PM"): headers alone make a
    # chat when someone speaks twice
    senders = [m.group("sender").strip() for _, kind, m in opened if kind == "header"]
    if all(kind == "header" for _, kind, _ in opened) and len(set(senders)) == len(senders):
        return ()
    order = _order([m for _, _, m in opened if m.groupdict().get("a")], text)
    taken = {j for j, _, _ in opened}
    exported = export_day(text)
    separators = {i: (_separator_day(line, text, start, exported), None) for i, (start, line) in enumerate(lines)
                  if i not in taken and _DATE_LINE.match(fold(line))}
    if exported is not None:  # "──── Yesterday ────": the day before the export's
        separators.update({i: (_relative_day(m.group("words"), exported), m.group("words")) for i, (_, line) in enumerate(lines)
                           if i not in taken and i not in separators and (m := _RELATIVE_LINE.match(fold(line)))})
    starts = sorted([i for i, _, _ in opened] + list(separators))
    out = []
    day_above = relative = None
    at = {i: (kind, m) for i, kind, m in opened}
    for k, i in enumerate(starts):
        if i in separators:
            day_above, relative = separators[i]
            continue
        kind, m = at[i]
        start, line = lines[i]
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        end = lines[nxt][0] if nxt is not None else len(text)
        own = m.groupdict().get("date") or m.groupdict().get("words")
        day, counted = (_day(m, order), None) if own else (day_above, relative)
        if (rel := m.groupdict().get("rel")) is not None:  # "— Yesterday at 4:15 PM": from the export's day, if any
            day, counted = (_relative_day(rel, exported), rel) if exported else (None, None)
        if kind == "header":
            body = lines[i + 1][0] if i + 1 < len(lines) and (nxt is None or i + 1 < nxt) else end
            sender = m.group("sender").strip()
        else:
            body = start + (m.start("message") if m.group("message") else len(line))
            sender = m.group("sender").strip() if kind == "inline" else None
            if _SYSTEM.search(m.group("message") or ""):
                sender = None
        if kind == "header" and (reply := _REPLY_PREVIEW.match(text, body)) and reply.end() < end:
            body = reply.end()  # "replied to a thread: Ann Roe: The pump has...": the quoted message, not this one's
        out.append(Message(start, body, end, sender, day, kind == "header", counted))
    return tuple(out)


def noted_headers(text: str) -> list[tuple[int, int]]:
    """The header lines of a chat's senders that carry a note in brackets ("Ann Roe (board treasurer)
    9:40 AM"): the one line that says who the sender is. (Not a recording's turn headers, whose
    offsets and organisations are the export's bookkeeping.)"""
    if not typed(text):
        return []
    return [(m.start, m.body) for m in messages(text) if m.header and m.sender and NOTED.search(m.sender)]


def typed(text: str) -> bool:
    """The page is a chat of typed messages (this module's layouts), not a recording's transcript
    or an export of recorded voice messages, whose own readers keep their turns."""
    # The clock first: a page without one (most news) is no typed chat, and the test costs nothing
    # beside `messages`, which reads an unclocked page's field-line blocks all the same.
    if not _CLOCK.search(text) or not messages(text):
        return False
    from index import recording_turns, voice_messages

    return not recording_turns.turns(text) and not voice_messages.messages(text)


def message_at(text: str, pos: int) -> Message | None:
    return next((m for m in messages(text) if m.start <= pos < m.end), None)


def _name_like(sender: str) -> bool:
    s = sender.strip()
    return bool(s) and not _NOT_A_SENDER.match(s) and not re.search(r"[.!?]\s", s) and (s[:1].isupper() or s[:1] in "+@" or s[:1].isdigit())


def export_day(text: str) -> date | None:
    """The day the chat was exported, from its export line near the top ("Exported by ann.roe on
    2026-03-05 18:40"): an export is no article's publication, but an app's "Today" and "Yesterday"
    dividers count from it."""
    m = _EXPORTED.search(text, 0, _HEAD)
    return datelines.full_date(m.group("day")) if m else None


def _relative_day(word: str, exported: date) -> date:
    word = word.lower()
    if word in ("today", "yesterday"):
        return date.fromordinal(exported.toordinal() - (word == "yesterday"))
    # a weekday divider: the last such day up to the export's (the app writes older days in full)
    return date.fromordinal(exported.toordinal() - (exported.weekday() - datelines.WEEKDAYS[word]) % 7)


def _separator_day(line: str, text: str, pos: int, exported: date | None) -> date | None:
    words = _DATE_LINE.match(fold(line)).group("words")
    got = datelines.full_date(words)
    if got:
        return got
    year, month, day = datelines.parse_date(words)
    if not (month and day):
        return None
    # (imported on use: the statements package reads this module)
    from index.statements.message_days import year_before

    year = year_before(text, pos)
    if year is None and exported is not None:  # "Tuesday, March 3rd" in a chat exported 2026-03-05
        year = exported.year - ((month, day) > (exported.month, exported.day))
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None


def _order(stamps: list[re.Match], text: str) -> str | None:
    """"day" or "month": which part of the chat's numeric dates is the day."""
    if any(m.group("sep") == "." or int(m.group("a")) > 12 for m in stamps):
        return "day"
    if any(int(m.group("b")) > 12 for m in stamps):
        return "month"
    # read both ways, the order that keeps the messages in time order over the shorter span
    spans = {}
    for order in ("day", "month"):
        days = [d for m in stamps if (d := _day(m, order))]
        if len(days) == len(stamps) and days:
            spans[order] = (any(a > b for a, b in zip(days, days[1:])), (max(days) - min(days)).days)
    if len(spans) == 2 and spans["day"] != spans["month"]:
        return min(spans, key=spans.get)
    # (imported on use: a chat rarely needs the page's spelling)
    from index import carrier_dates

    return carrier_dates.numeric_order(text)


def _day(m: re.Match, order: str | None) -> date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("words"):
            return datelines.full_date(g["words"])
    except ValueError:
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    year = y if y >= 100 else 2000 + y
    if order is None and a != b:
        return None
    day, month = (a, b) if order in ("day", None) else (b, a)
    try:
        return date(year, month, day)
    except ValueError:
        return None
