"""An export of recorded messages (a voicemail export, a call log with transcriptions, an answering
service's message digest, a phone's "Voice messages" export): blocks of field lines, each with a
sender field, a time field and a content field whose text is the message.

    Voicemail 2 of 5                            a title line (optional)
    From: Unknown number                        the sender: a person, a body, a number, a first name
    Received: Tuesday 3 March 2026, 10:05       the block's day ("Date:", "Time:", "Left:" ...)
    Duration: 0:47                              fields that say nothing
    Transcription:                              the content, on the lines below or on the field line
    Morning, this is Ann Roe from Acme, I'm the engineer ...

A transcript is first person and the caller often names himself in it ("it's Ann Roe from Acme",
"this is Ann, I'm the engineer", "Ann again from Acme"): the sender field is taken when it is a
person's full name, else the name the caller gives. An aide calling for someone ("I'm caseworker
for Councillor Ann Roe", "From: Ann Roe's office") relays that person (`principal`). A block ends at
the next block, a rule line, a note line ("Note added 22/03: ...") or a field line after its text.
A page is such an export when at least two blocks have a sender and a content field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

MIN_BLOCKS = 2
_FIELD = re.compile(r"^[ \t>]*[*_]*(?P<field>[A-Za-z][A-Za-z/' -]{0,24}?)[*_]*[ \t]*:[*_]*(?:[ \t]+(?P<value>\S.*?))?[ \t]*$")
_SENDER = {"from", "caller", "caller name", "caller id", "contact", "sender", "name", "left by", "message from", "from number"}
_TIME = {"received", "date", "time", "date/time", "date and time", "left", "sent", "when", "called", "call time",
         "timestamp", "date received", "received at", "recorded", "created"}
_CONTENT = {"transcription", "transcript", "message", "text", "voicemail", "voice message", "message text",
            "transcribed text", "voicemail transcription", "voicemail text", "message body"}
_OTHER = {"duration", "length", "number", "phone", "phone number", "callback", "call back", "callback number",
          "to", "mailbox", "folder", "priority", "status", "type", "subject", "regarding", "re", "urgent",
          "extension", "account", "line", "language", "confidence", "category", "reason", "taken by", "operator"}
_FIELDS = _SENDER | _TIME | _CONTENT | _OTHER
_RULE = re.compile(r"^[ \t]*[-–—=_*~#·•]{3,}[ \t]*$")
# an exporter's note under the blocks: "Ann's note added 22/03 20:05: ...", "Note: ..."
_NOTE = re.compile(r"^[ \t]*(?:[\w'’.]+[ \t]+){0,3}notes?\b[^:\n]{0,40}:", re.I)
_TITLE = re.compile(r"^[ \t]*[#*_]*[ \t]*[^\W\d_][\w'’ -]{0,40}?(?:[ \t]+#?\d+(?:[ \t]+of[ \t]+\d+)?)?[ \t]*[*_]*[ \t]*$")
_NUM = r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d\d)\b"
_ISO = re.compile(r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)")


@dataclass(frozen=True)
class Block:
    start: int  # the title or first field line
    body: int  # the message's first character
    end: int
    sender: str | None  # the sender field as written, without notes in brackets
    caller: str | None  # who speaks: the sender when a person's full name, else the name given inside
    principal: str | None  # whom an aide's call relays ("caseworker for Councillor Ann Roe")
    day: date | None


@lru_cache(maxsize=64)
def blocks(text: str) -> tuple[Block, ...]:
    """The export's blocks in text order; none unless at least two blocks have a sender and a text."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    found = []  # (start, fields {name: (value, value_start)}, body)
    i, n = 0, len(lines)
    while i < n:
        run = []
        j = i
        while j < n and ":" in lines[j][1][:40] and (m := _FIELD.match(fold(lines[j][1]))) and m.group("field").strip().lower() in _FIELDS:
            run.append((j, m))
            j += 1
            if m.group("field").strip().lower() in _CONTENT:
                break  # the message follows; a "Note:" or "Text:" inside it is no field
        names = {m.group("field").strip().lower() for _, m in run}
        if len(run) < 2 or not names & _SENDER or not names & _CONTENT:
            i = j + 1 if j == i else j
            continue
        fields = {}
        for k, m in run:
            fields.setdefault(m.group("field").strip().lower(), (m.group("value"), lines[k][0] + (m.start("value") if m.group("value") else 0)))
        content = next(f for f in fields if f in _CONTENT)
        value, at = fields[content]
        if value:
            body = at
        else:
            nxt = next((k for k in range(j, n) if lines[k][1].strip()), None)
            body = lines[nxt][0] if nxt is not None else len(text)
        start = lines[i][0]
        if i > 0 and _TITLE.match(lines[i - 1][1]) and lines[i - 1][1].strip() and not _RULE.match(lines[i - 1][1]):
            start = lines[i - 1][0]
        found.append((start, fields, body, j))
        i = j
    if len(found) < MIN_BLOCKS:
        return ()
    numeric = [m for _, fields, _, _ in found for f, (v, _) in fields.items() if f in _TIME and v and (m := re.search(_NUM, fold(v)))]
    from index import chat_lines  # (imported on use: the chat reader imports this module)

    order = chat_lines._order(numeric, text) if numeric else None
    out = []
    for k, (start, fields, body, after) in enumerate(found):
        limit = found[k + 1][0] if k + 1 < len(found) else len(text)
        end = limit
        for s, line in lines[after:]:
            if s >= limit:
                break
            if s > body and (_RULE.match(line) or _NOTE.match(fold(line)) or _known_field(line)):
                end = s
                break
        end = _trim(text, body, end)
        sender = _sender(next((fields[f][0] for f in fields if f in _SENDER), None))
        said = text[body:end]
        out.append(Block(start, body, end, sender, _caller(sender, said), _principal(fields, said), _day(fields, order)))
    callers = _in_full([b.caller for b in out])
    return tuple(Block(b.start, b.body, b.end, b.sender, c, b.principal, b.day) for b, c in zip(out, callers))


def block_at(text: str, pos: int) -> Block | None:
    return next((b for b in blocks(text) if b.start <= pos < b.end), None)


def _known_field(line: str) -> bool:
    m = _FIELD.match(fold(line))
    return bool(m) and m.group("field").strip().lower() in _FIELDS


def _trim(text: str, body: int, end: int) -> int:
    while end > body and text[end - 1].isspace():
        end -= 1
    return end


def _sender(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s*[<\[(][^)\]>]*[)\]>]", "", value)  # "(office)", "<ann@...>", "[mobile]"
    value = re.sub(r"\s*[,;|–-]?\s*\+?[\d][\d ()-]{6,}$", "", value).strip(" ,;-")  # a number after the name
    return value or None


def _day(fields: dict, order: str | None) -> date | None:
    from index import chat_lines

    for f, (value, _) in fields.items():
        if f not in _TIME or not value:
            continue
        v = fold(value)
        if m := _ISO.search(v):
            try:
                return date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            except ValueError:
                pass
        if m := re.search(_NUM, v):
            if got := chat_lines._day(m, order):
                return got
        words = re.sub(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?.*)$", "", v).strip(" ,")
        words = re.sub(rf"^(?:{datelines.WEEKDAY_ANY})\.?,?\s+", "", words, flags=re.I)
        if got := datelines.full_date(words):
            return got
    return None


# the caller naming himself: "it's Ann Roe from Acme", "this is Ann, I'm the engineer", "Ann again from Acme"
_CAP = r"[A-Z][\w'’-]+"
_SELF = re.compile(rf"\b(?:[Ii]t's|[Ii]t is|[Tt]his is|[Mm]y name is|[Mm]y name's|[Ii]t’s)\s+(?:(?:Mrs|Mr|Ms|Miss|Mx|Dr|Cllr|Councillor)\.?\s+)?"
                   rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}})"
                   rf"|(?:^|[,.!?]\s+)(?P<again>{_CAP}(?:\s+{_CAP})?)\s+(?:again|here|calling|speaking)\b")
# an aide relaying someone: "I'm caseworker for Councillor Ann Roe", "calling on behalf of Dr Ann Roe"
_AIDE_WORK = r"(?:case ?worker|assistant|secretary|PA|aide|clerk|office manager|researcher|receptionist|scheduler|chief of staff)"
_AIDE = re.compile(rf"\b(?:(?:I'm|I am|I’m)\s+(?:the\s+|a\s+|an\s+|one of\s+)?(?:[\w-]+\s+)?{_AIDE_WORK}s?\s+(?:for|to)|on behalf of|from the office of|from)\s+"
                   rf"(?:(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,2}}?)?(?P<name>{_CAP}\s+{_CAP}(?:\s+{_CAP})?)(?P<office>['’]s office)?")


def _caller(sender: str | None, said: str) -> str | None:
    """The sender field when it is a person's full name, else the name the caller gives himself in
    the first lines (a first name alone when that is all he gives), else the field."""
    from index.vocabulary import vocabulary

    v = vocabulary()
    field = {w.lower() for w in re.findall(r"[\w'’-]+", sender or "")}
    own = None
    for m in _SELF.finditer(said[:400]):
        words = [w for w in (m.group("name") or m.group("again")).split() if w.lower() not in _NOT_NAME]
        if not words or any(w.lower() in v.body_nouns for w in words):
            continue
        if len(words) >= 2 and (_first_name(words[0]) or not field & {w.lower() for w in words}) \
                or _first_name(words[0]) or m.group("again"):
            own = " ".join(words)  # ("this is Acme Housing": the sender field's body, no caller's name)
            break
    if sender and _full_person(sender):
        return sender
    if own and sender and len(own.split()) == 1 and len(sender.split()) == 1:
        return sender
    return own or sender


def _in_full(callers: list[str | None]) -> list[str | None]:
    """A caller named by his first name alone ("Ann again from Acme") is the caller of an earlier
    block who gave that first name with his surname."""
    out, full = [], []
    for c in callers:
        if c and len(c.split()) == 1:
            c = next((f for f in reversed(full) if f.split()[0] == c), c)
        elif c and len(c.split()) >= 2:
            full.append(c)
        out.append(c)
    return out


_NOT_NAME = {"from", "at", "again", "here", "calling", "speaking"}


def _first_name(word: str) -> bool:
    from index.statements.people import first_name_gender

    return first_name_gender(word) is not None


def _full_person(sender: str) -> bool:
    words = sender.split()
    from index import recording_turns
    from index.vocabulary import vocabulary

    words = recording_turns.untitled(words)
    v = vocabulary()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"['’]s\b|\d", sender) \
        and _first_name(words[0]) and not any(w.lower() in v.body_nouns for w in words)


def _principal(fields: dict, said: str) -> str | None:
    """Whom an aide's call relays: the office in the sender field, or "caseworker for X" inside."""
    from index import recording_turns

    sender = next((fields[f][0] for f in fields if f in _SENDER), None) or ""
    name = None
    if m := re.match(rf"^\s*(?:(?:the\s+)?office\s+of\s+)?(?P<name>(?:{_CAP}\s+){{1,3}}{_CAP}?)(?:['’]s\s+office)?\b", sender):
        if re.search(r"office", sender, re.I):
            name = m.group("name")
    if name is None and (m := _AIDE.search(said[:400])) and (m.group("office") or not m.group(0).startswith("from ")):
        name = m.group("name")
    if not name:
        return None
    words = recording_turns.untitled(name.split())
    return " ".join(words) if _first_name(words[0]) else None


@lru_cache(maxsize=64)
def messages(text: str) -> tuple[Block, ...]:
    """The blocks and the exporter's notes around them ("Note from Ann (secretary): ... — Ann Roe",
    "Ann's note added 22/03: ..."): a note is its writer's words, undated but by the export."""
    found = blocks(text)
    if not found:
        return ()
    notes = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if any(b.start <= start < b.end for b in found) or not (m := _NOTE_BY.match(fold(line))):
            continue
        said = line[m.end():].strip()
        sign = _SIGNED.search(fold(said))
        author = sign.group("name") if sign else (m.group("by") or m.group("own"))
        if author and said:
            notes.append(Block(start, start + len(line) - len(line[m.end():].lstrip()), start + len(line.rstrip()), author, author, None, None))
    # "Ann's note added ...:" under a note signed "— Annabel Roe": the signer, by her short name
    signers = [b.caller for b in notes if b.caller and len(b.caller.split()) >= 2]
    notes = [b if len(b.caller.split()) > 1 or len(b.caller) < 3 else
             Block(b.start, b.body, b.end, b.sender, next((f for f in signers if f.split()[0].startswith(b.caller)), b.caller), None, None)
             for b in notes]
    return tuple(sorted([*found, *notes], key=lambda b: b.start))


# "Note from Ann (secretary):", "Ann's note added 22/03 20:05:", "Exporter's note:"
_NOTE_BY = re.compile(rf"^[ \t]*(?:(?P<own>{_CAP})['’]s\s+)?notes?\b(?:\s+from\s+(?P<by>{_CAP}(?:\s+{_CAP})?))?(?:[^:\n]|(?<=\d):(?=\d\d)){{0,40}}:\s*", re.I)
_SIGNED = re.compile(rf"(?:^|\s)[—–-]{{1,2}}\s*(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\s*$")
