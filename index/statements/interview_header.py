"""An oral-history or archive transcript's catalogue header, and the turn labels it explains.

Archives print who took part in a header of labelled fields ("Interviewee: Ann Maeve Roe",
"Interviewer: Tom Lisk", "Date of interview: ...") and then label the turns more briefly: by
initials ("AR:", "TL:", "A.M.R.:"), by role ("Q:"/"A:", "Interviewer:"), or by a first name
or surname ("Ann:", "LISK:"). Those labels are the header's people, named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.textnorm import fold

# the header's field naming the one who answers, and the one who asks
_ANSWERS = ("interviewee", "narrator", "informant", "respondent", "speaker", "contributor", "interviewed")
_ASKS = ("interviewer", "interviewed by", "interview by", "conducted by", "oral historian", "recorded by", "questions by")
_FIELD = re.compile(r"^\s*[*_#]*\s*(?P<field>(?i:" + "|".join(sorted(_ANSWERS + _ASKS, key=len, reverse=True))
                    + r"))s?\s*[*_]*\s*(?::|(?<=\bby)(?=\s))\s*[*_]*\s*(?P<names>[^\n]{2,120}?)\s*[*_]*\s*$")
_NAME = re.compile(r"^(?:(?i:mr|mrs|ms|miss|dr|prof|rev|sir|dame)\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})$")
# the labels that stand for a side rather than a person
QUESTION_LABELS = {"q", "question", "interviewer"}
ANSWER_LABELS = {"a", "answer", "interviewee", "narrator", "respondent"}
# how far into the text the header may run
_HEAD_CHARS = 1500


@dataclass(frozen=True)
class Participant:
    name: str
    asks: bool  # the interviewer
    # the first names they go by, when the header quotes one ('Margit ("Wynn") Hollocombe'): the
    # turns are then labelled by its initials ("WH:") or by it ("Wynn:"), not by "MH"
    called: tuple[str, ...] = ()


def participants(text: str) -> list[Participant]:
    """The people the header's labelled fields name, in order ("Interviewer: Tom Lisk")."""
    out: list[Participant] = []
    for line in fold(text[:_HEAD_CHARS]).splitlines():
        m = _FIELD.match(line)
        if not m:
            continue
        asks = m.group("field").lower() in _ASKS
        called = tuple(_NICKNAME.findall(m.group("names")))
        for name in _names(m.group("names")):
            if all(p.name != name for p in out):
                out.append(Participant(name, asks, called if len(_names(m.group("names"))) == 1 else ()))
    return out


# a catalogue's surname first: "HARROW, Rowena", "Harrow, Rowena Ketteridge"
_SURNAME_FIRST = re.compile(r"^(?P<surname>[A-Z][\w'’-]+),\s+(?P<given>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$")


# the first name one goes by, quoted in the name: 'Margit ("Wynn") Hollocombe', 'Margit "Wynn" Hollocombe'
_NICKNAME = re.compile(r"""\(?["'‘“](?P<called>[A-Z][a-z'’-]+)["'’”]\)?(?=\s+[A-Z])""")
# a birth name after the name one bears: ", née Quarle", " (née Quarle)", ", born Quarle", "formerly Quarle"
_BIRTH_NAME = re.compile(r"""[,;]?\s*\(?\b(?i:née|nee|born|formerly|geb\.?)\s+[A-Z][\w'’-]+\)?""")


def _names(value: str) -> list[str]:
    """The full names a field's value lists ("Ann Roe and Tom Lisk", "ROE, Ann"), each of two words
    or more; without the nickname, the birth name or the years beside one ('Margit ("Wynn")
    Hollocombe, née Quarle (b. 1938)' -> "Margit Hollocombe")."""
    from index.statements.turns import _cased

    value = _BIRTH_NAME.sub("", _NICKNAME.sub("", value))
    value = " ".join(re.sub(r"\s*\([^()]*\)", "", value).split()).rstrip(".")
    if (flipped := _SURNAME_FIRST.match(value)) is not None:
        return [f"{flipped.group('given')} {_cased(flipped.group('surname'))}"]
    out = []
    for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", value):
        nm = _NAME.match(part.strip().rstrip("."))
        if not nm or len(nm.group("name").split()) < 2:
            return []
        out.append(nm.group("name"))
    return out


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).upper()


def labelled(label: str, people: list[Participant]) -> Participant | None:
    """The one header person a turn label stands for: a side's label ("Q", "A") when one person
    is on that side, their initials (of every name or of the first and last), or one of their names."""
    key = fold(label).strip().rstrip(".").lower()
    if not people or not key:
        return None
    if key in QUESTION_LABELS or key in ANSWER_LABELS:
        side = [p for p in people if p.asks == (key in QUESTION_LABELS)]
        return side[0] if len(side) == 1 else None
    letters = key.replace(".", "").replace(" ", "").upper()
    found = []
    for p in people:
        for given in (None, *p.called):  # (the name they go by in place of the first: "WH" for "Wynn Hollocombe")
            words = re.split(r"[\s-]+", p.name)
            if given:
                words = [given, *words[1:]]
            if (letters.isalpha() and 2 <= len(letters) <= 4 and letters in (_initials(words), _initials([words[0], words[-1]]))) \
                    or key == " ".join(words).lower() or (" " not in key and key in (words[0].lower(), words[-1].lower())):
                found.append(p)
                break
    return found[0] if len(found) == 1 else None


# a catalogue field that names no one's words: the recording's day, place, length, transcriber, a note
_NOTE_FIELD = re.compile(r"^\s*[*_#]*\s*(?i:(?:date|place|location|duration|length|tape|track|collection|reference|accession"
                         r"|project|transcri(?:ber|ption|pt)|editor'?s?\s+note|note|summary of interview|date of interview"
                         r"|dates? of recording|recording date|interview date)\s*[*_]*\s*:"
                         r"|(?:recorded|transcribed|edited|interviewed|indexed|summarised|summarized)\s+(?:at|on|in|by)\b)")
# a stage direction in its own brackets: "[laughs]", "[pause]", "[End of extract]", "(inaudible)"
_STAGE = re.compile(r"[\[(](?P<note>[A-Za-z][^\[\]():\n]{0,40})[\])]")
STAGE_WORDS = 6


def field(line: str) -> bool:
    """A header field line: who took part ("Interviewer: Tom Lisk"), or a catalogue note ("Date
    of interview: ...", "Recorded at ...", "Transcribed by ...")."""
    line = next(iter(fold(line).strip().splitlines()), "")  # (a header block read as one paragraph: its first line)
    if _NOTE_FIELD.match(line):
        return True
    m = _FIELD.match(line)
    return bool(m) and bool(_names(m.group("names")))


def stage(text: str) -> bool:
    """A paragraph that is a stage direction and nothing else: "[pause]", "[End of extract]"."""
    m = _STAGE.fullmatch(text.strip())
    return bool(m) and len(m.group("note").split()) <= STAGE_WORDS


def stage_notes(text: str):
    """The stage directions inside a turn's text ("[laughs]"), as (start, end)."""
    for m in _STAGE.finditer(text):
        if len(m.group("note").split()) <= STAGE_WORDS:
            yield m.start(), m.end()


# the header's field that dates the recording: "Date of interview: 14 March 2019", "Recorded on 3 May 2021"
_DAY_FIELD = re.compile(r"^\s*[*_#]*\s*(?i:date of interview|interview date|dates? of recording|recording date|date recorded"
                        r"|recorded on|interviewed on|date)\s*[*_]*\s*:?\s*[*_]*\s*(?P<day>[^\n]{6,60}?)\s*[*_]*\s*$")


def recorded_day(text: str):
    """(phrase, day) of the header field that dates the recording, when it gives a whole day."""
    from datetime import date

    from index.datelines import parse_date

    for line in fold(text[:_HEAD_CHARS]).splitlines():
        m = _DAY_FIELD.match(line)
        if m and re.search(r"\b(?:1[89]|20)\d\d\b", m.group("day")):
            year, month, dom = parse_date(m.group("day"))
            if year and month and dom:
                try:
                    return m.group("day"), date(year, month, dom)
                except ValueError:
                    continue
    return None
