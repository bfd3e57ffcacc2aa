"""The header blocks of a pasted e-mail: the sender's "From:" line and the day its "Date:"/"Sent:"
line gives ("From: Ana Ruiz <a.ruiz@...>" over "Sent: Thursday, 6 March 2025 16:42"). Read by the
e-mail reader (emails.py) for each message's speaker and day, and by the part-days reader
(local_days.py) at answer time too: nothing heavier than the standard library is imported here.
"""

from __future__ import annotations

import re

from index.models import Span

# "From: Ana Ruiz <a.ruiz@example.org>", "**From:** Ruiz, Ana", 'From: "Ana Ruiz" [mailto:...]'
_FROM = re.compile(r"^[ \t>*]*From:[ \t*]*\"?(?P<name>[^<\[\n\"@]+?)\"?[ \t]*(?:[<\[(][^\n]*)?$", re.M)
# the day the message went: "Sent: Thursday, 6 March 2025 16:42", "Date: Thu, 6 Mar 2025 at 11:05"
_SENT = re.compile(r"^[ \t>*]*(?:Sent|Date):[ \t*]*(?P<day>[^\n]+?)[ \t]*$", re.M)
_HEADER_FIELD = re.compile(r"^[ \t>*]*(?:From|Sent|Date|To|Cc|Bcc|Subject):", re.M)


# a reply's attribution line, Gmail style: "On Tue, 3 Mar 2026 at 08:40, Ann Roe <ann@...> wrote:"
_WROTE = re.compile(r"^[ \t>]*On (?P<day>[^\n]+?\d{4}[^\n]*?),[ \t]*(?P<name>[^<>\n,]+?)[ \t]*<[^>\n]*>[ \t]*wrote:[ \t]*$", re.M)


def headers(text: str):
    """(start, end, sender, the sent line's day phrase) of each header block, in order."""
    found = sorted([*_header_blocks(text), *_wrote_lines(text)])
    yield from found


def _wrote_lines(text: str):
    """The "On <day>, NAME <address> wrote:" lines over a reply's message and each message it quotes."""
    for m in _WROTE.finditer(text):
        name = _name(m.group("name"))
        if name:
            yield m.start(), m.end(), name, (Span(m.start("day"), m.end("day")), m.group("day"), False)


def _header_blocks(text: str):
    for m in _FROM.finditer(text):
        block_end = m.end()
        lines = text[m.end():].split("\n")[1:6]
        day = None
        pos = m.end() + 1
        for line in lines:
            if not _HEADER_FIELD.match(line):
                break
            s = _SENT.match(line)
            if s and day is None:
                day = (Span(pos + s.start("day"), pos + s.end("day")), s.group("day"), False)
            pos += len(line) + 1
            block_end = pos
        if day is None:
            continue
        name = _name(m.group("name"))
        if name:
            yield m.start(), block_end, name, day


# the address on a sender's line: "From: Ann Roe <treasurer@club.example>"
_ADDRESS = re.compile(r"<(?P<local>[A-Za-z][\w.+-]*)@[^>\s]+>")
_LOCAL_WORD = re.compile(r"[a-z]+")


def address_words(text: str):
    """(sender, the words of the address's local part) of each sender line: an office's mailbox
    ("treasurer@...", "club.secretary@...") says the sender's job; a personal one ("ann.roe58@") the name."""
    for m in [*_FROM.finditer(text), *_WROTE.finditer(text)]:
        name = _name(m.group("name"))
        address = _ADDRESS.search(m.group(0))
        if name and address:
            yield name, _LOCAL_WORD.findall(address.group("local").lower())


def _name(raw: str) -> str | None:
    """The sender's name as people write it ("Ruiz, Ana" -> "Ana Ruiz"), or None if none is given."""
    name = raw.strip(" *'\"")
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given.strip()} {family.strip()}"
    words = name.split()
    return name if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) else None
