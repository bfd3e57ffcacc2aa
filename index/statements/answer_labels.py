"""The labelled lines of a written-answers page, as parliaments print them.

Who asked: "Asked by NAME (Seat)", "Asked by: NAME, Region, Party", "Tabled by NAME", "Asked by
Lord NAME of PLACE". Who answered: "Answered by NAME, Minister of State (Department for X)",
"Answered by NAME on DATE", "Answer given by Commissioner NAME on behalf of the Commission
(D.M.YYYY)", "Replied by NAME". When: "Answered on DATE", "Answer received on DATE", "Date
answered: DATE"; "tabled on DATE", "Date lodged: DATE", "Lodged: DATE". A "Holding answer received
on DATE" line is a label too, but no answer's day. Forms, not a list of parliaments: each is a
label word, "by" or "on" (or a colon), then a name or a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import datelines
from index.statements.people import clean_name
from index.textnorm import fold

# a colon alone ends only a label that names no text: "Asking member:", never "Answer:" (the answer itself)
_ASKED = re.compile(r"^(?:(?:asked|tabled|lodged|submitted|put down|question(?: asked)?)\s+by\s*:?|"
                    r"(?:asking|tabling) member\s*:|member\s*:)\s*(?P<rest>\S.*)$", re.I)
_ANSWERED = re.compile(r"^(?:(?:answered|answer(?:ed)? given|answer|replied|reply given|reply|response given|responded)\s+by\s*:?|"
                       r"(?:answering|responding) (?:member|minister)\s*:)\s*(?P<rest>\S.*)$", re.I)
_ANSWERED_ON = re.compile(r"^(?:answered|answer (?:received|given|published|made)|date (?:of )?(?:answer|reply)|"
                          r"date answered|answer date|replied|reply (?:received|given))\s*(?:on)?\s*:?\s*(?P<date>\S.{4,40})$", re.I)
_HOLDING = re.compile(r"^holding (?:answer|reply)\b", re.I)
_TABLED = re.compile(r"\b(?:tabled|lodged|submitted|date (?:tabled|lodged|submitted|asked))\s*(?:on)?\s*:?\s*(?P<date>\S.{4,40}?)\s*[.;,]?$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:tabled|lodged|submitted)\b", re.I)  # a sentence's, no label
# "Question for Department for X", "To ask the Secretary of State ...", "Question S6W-01234",
# "Question for written answer E-001234/2025": a page of written questions
QUESTION_LINE = re.compile(r"^(?:to ask\b|(?:parliamentary |written )?questions? (?:for|to|number|reference|no\.?)\b|"
                           r"question\s+[A-Z]*[\w/-]*\d)", re.I)
# where a name ends on a label line: its role or seat after a comma or a bracket, "on behalf of"
# the body it answers for, the day it is dated
_NAME_END = re.compile(r"\s*[,(\[]\s*|\s+[-–—]\s+|\s+on behalf of\s+|\s+on\s+(?=\S*\d)", re.I)
_PEER = {"lord", "baroness", "lady", "viscount", "viscountess", "earl", "countess", "marquess", "duke", "bishop"}
MAX_LABEL_WORDS = 24


@dataclass
class Line:
    pos: int
    kind: str  # "asked" | "answered" | "answered_on" | "tabled" | "holding"
    text: str
    name: str | None = None  # who asked or answered, as written
    role: str = ""  # "Minister of State (Department for X)", "Labour, Seat", "the European Commission"
    day: tuple[str, date] | None = None  # the day the line states, and its words


def labels(text: str) -> list[Line]:
    """The page's label lines, in order."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group(0)
        line = fold(raw).strip(" *_#")
        if not line or len(line.split()) > MAX_LABEL_WORDS:
            continue
        found = _label(line)
        if found is not None:
            found.pos = m.start() + len(raw) - len(raw.lstrip(" *_#"))
            out.append(found)
    return out


def is_answers_page(text: str, lines: list[Line]) -> bool:
    """An answering minister's label, and a question's: who asked, when it was tabled, or its
    heading or wording ("Question for written answer", "To ask the Secretary of State")."""
    if not any(ln.kind == "answered" for ln in lines):
        return False
    return any(ln.kind in ("asked", "tabled") for ln in lines) or any(
        QUESTION_LINE.match(fold(m.group(0)).strip(" *_#")) for m in re.finditer(r"[^\n]+", text))


def _label(line: str) -> Line | None:
    if _HOLDING.match(line):
        return Line(0, "holding", line)
    for kind, pattern in (("answered", _ANSWERED), ("asked", _ASKED)):
        m = pattern.match(line)
        if m and (who := _who(m.group("rest"))) is not None:
            name, role, day = who
            return Line(0, kind, line, name, role, day)
    m = _ANSWERED_ON.match(line)
    if m and (day := _day(m.group("date"))):
        return Line(0, "answered_on", line, day=day)
    m = _TABLED.search(line)
    if m and len(line.split()) <= 10 and not _PASSIVE.search(line) and (day := _day(m.group("date"))):
        return Line(0, "tabled", line, day=day)
    return None


def _who(rest: str) -> tuple[str, str, tuple[str, date] | None] | None:
    """(name, role, day) of what follows "Answered by"; None when it is no name (a sentence)."""
    rest = rest.strip().rstrip(".:")
    if re.search(r"[a-z]{2}[.!?]\s", rest):
        return None
    day = None
    for sep in re.finditer(r"\s+on\s+|,\s*|\s*\(|\s+[-–—]\s+", rest):  # "NAME on DATE", "NAME (DATE)"
        tail = rest[sep.end():]
        if len(tail) <= 40 and (day := _day(tail)):
            rest = rest[:sep.start()].rstrip(" ,")
            break
    parts = _NAME_END.split(rest, maxsplit=1)
    name = parts[0].strip()
    role = " ".join(p for p in parts[1:] if p).strip(" ()[],") if len(parts) > 1 else ""
    words = name.split()
    if words and words[0].lower() in _PEER and "of" in words[1:]:
        words = words[:words.index("of", 1)]  # "Lord Ferrowby of Caldmoor": the title's place is no name
    if not words or len(words) > 7 or not all(w[:1].isupper() or w.lower() in ("de", "van", "von", "der", "da", "di", "le", "la", "bin", "al")
                                                 for w in words):
        return None
    if not clean_name(list(words)):
        return None
    return " ".join(words), role, day


def _day(phrase: str) -> tuple[str, date] | None:
    phrase = phrase.strip(" ().,;:")
    day = datelines.full_date(phrase)
    return (phrase, day) if day else None


def name_words(line: Line) -> list[str]:
    return clean_name((line.name or "").split())
