"""A video page saved with its auto-generated caption transcript (YouTube, Vimeo, a council's or a
Facebook live stream's page): a chapters list, then a transcript of time-stamped caption lines,
then the viewers' comments.

    Streamed live on Feb 11, 2025                      the page's day ("Premiered", "Uploaded on", "Published")
    Chapters
    2:35 Sampling results - Dr. Ann Roe                a chapter: its start and, after a dash, its speaker
    Transcript
    2:35                                               a cue: a time alone on its line, the caption below
    thank you madam chair so between june and ...      (or "2:35 thank you madam chair ..." on one line)
    Comments
    @handle 2 weeks ago                                a comment's header over its text

The captions carry no speaker labels and often no punctuation: a caption line is the speaker's
whose chapter is the latest to start at or before the line's time. Each caption line stands as a
passage of its own, so an answer cites a line or two, never a whole block of run-on captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from index import datelines
from index.textnorm import fold

MIN_CUES = 3
# an elapsed time, "0:41", "1:02:33": a caption cue's and a recording turn's (index/recording_turns.py)
ELAPSED = r"(?:\d{1,2}:)?\d{1,2}:\d\d"
_TIME = rf"\[?(?P<time>{ELAPSED})\]?"
_STAMP_LINE = re.compile(rf"^\s*{_TIME}\s*$")
_STAMPED_TEXT = re.compile(rf"^\s*{_TIME}\s+(?P<text>\S.*)$")
_TRANSCRIPT_HEAD = re.compile(r"^\s*(?:show\s+|auto-generated\s+|full\s+)?transcript\s*:?\s*$", re.I)
_COMMENTS_HEAD = re.compile(r"^\s*(?:\d[\d,.]*[KkMm]?\s+)?comments?\s*(?:\(\d[\d,]*\))?\s*:?\s*$", re.I)
# the page's day: "Streamed live on Feb 11, 2025", "Premiered Mar 2, 2025", "Uploaded on 3 March 2025"
_PAGE_DAY = re.compile(r"\b(?:streamed live|premiered|uploaded|published|recorded live|went live|was live|live)\b"
                       r"(?:\s+on)?\s*:?\s*(?P<rest>[^\n]{6,40})", re.I)
# a chapter's speaker, after the topic: "Sampling results - Dr. Ann Roe", "Q&A | Cllr Bo Li", "Welcome: Ann Roe"
_CHAPTER_PARTS = re.compile(r"\s+[-–—|]\s+|:\s+|\s+by\s+")


@dataclass(frozen=True)
class Cue:
    start: int  # the time's first character
    body: int  # the caption's first character
    end: int  # the next cue, or the end of the transcript
    seconds: int
    speaker: str | None  # the chapter's speaker, as the page writes the name


@dataclass(frozen=True)
class Page:
    cues: tuple[Cue, ...]
    day: date | None
    start: int  # where the transcript begins
    end: int  # where it ends (the comments' heading, or the text's end)
    stamps: tuple[int, ...]  # the starts of the lines that are a time alone
    chapters: tuple[int, ...] = ()  # the starts of the chapter lines above the transcript


@lru_cache(maxsize=64)
def read(text: str) -> Page | None:
    """The page's caption transcript, or None when the text is no such page."""
    from index import recording_turns

    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    headed = next((k for k, (_, _, line) in enumerate(lines) if _TRANSCRIPT_HEAD.match(line)), None)
    alone = [k for k, (_, _, line) in enumerate(lines) if _STAMP_LINE.match(line)]
    first = headed + 1 if headed is not None else (alone[0] if len(alone) >= MIN_CUES else None)
    if first is None or recording_turns.turns(text):
        return None
    cues: list[tuple[int, int, int]] = []  # (start, body, seconds)
    end = len(text)
    k = first
    while k < len(lines):
        start, stop, line = lines[k]
        if _COMMENTS_HEAD.match(line):
            end = start
            break
        if m := _STAMP_LINE.match(line):
            body = lines[k + 1][0] if k + 1 < len(lines) and not _STAMP_LINE.match(lines[k + 1][2]) else stop
            cues.append((start, body, _seconds(m.group("time"))))
        elif headed is not None and (m := _STAMPED_TEXT.match(line)):
            cues.append((start, start + m.start("text"), _seconds(m.group("time"))))
        elif not cues:
            return None  # prose under the heading: a page about a transcript, not one
        k += 1
    if len(cues) < MIN_CUES or any(b[2] < a[2] for a, b in zip(cues, cues[1:])):
        return None
    # a caption is a line or two under its time; a time over paragraphs of labelled turns ("[08:07]"
    # over "ANN ROE (presenter): ...") stamps a programme transcript's sections, which its labels read
    bodies = [text[body:nxt[0]].strip() for (_, body, _), nxt in zip(cues, cues[1:])]
    if sum(_caption_like(b) for b in bodies) * 5 < len(bodies) * 4:
        return None
    above = lines[:headed if headed is not None else first]
    chapters = _chapters(above)
    out = []
    introduced: tuple[int, str] | None = None  # (chapter start, name) of a self-introduction in a chapter naming no one
    for i, (start, body, seconds) in enumerate(cues):
        stop = cues[i + 1][0] if i + 1 < len(cues) else end
        chapter = next(((at, who) for at, who in reversed(chapters) if at <= seconds), (0, None))
        speaker = chapter[1]
        if speaker is None:
            if named := _introduces(text[body:stop]):
                introduced = (chapter[0], named)
            speaker = introduced[1] if introduced and introduced[0] == chapter[0] else None
        out.append(Cue(start, body, stop, seconds, speaker))
    stamps = tuple(s for s, _, line in lines if cues[0][0] <= s < end and _STAMP_LINE.match(line))
    listed = tuple(s for s, _, line in above if _STAMPED_TEXT.match(fold(line)))
    return Page(tuple(out), page_day(text[:cues[0][0]]), cues[0][0], end, stamps, listed)


_LABELLED = re.compile(r"^[^\W\d_][\w .'’()-]{0,60}:\s")


def _caption_like(body: str) -> bool:
    return bool(body) and not re.search(r"\n\s*\n", body) and body.count("\n") <= 2 and not _LABELLED.match(body)


def chapter_list(lines: list[str]) -> bool:
    """A block that lists chapters: most of its lines open with a time ("2:35 Sampling results - ...")."""
    timed = sum(bool(_STAMPED_TEXT.match(fold(line))) for line in lines)
    return timed >= 2 and timed * 2 >= len(lines)


def page_day(text: str) -> date | None:
    """The day the page's "Streamed live on ..." / "Premiered ..." / "Uploaded on ..." line gives."""
    for m in _PAGE_DAY.finditer(fold(text[:6_000])):
        if got := datelines.full_date(m.group("rest")):
            return got
    return None


def _chapters(lines) -> list[tuple[int, str | None]]:
    """(start in seconds, speaker or None) of each chapter line above the transcript, in time order."""
    out = []
    for _, _, line in lines:
        m = _STAMPED_TEXT.match(fold(line))
        if m:
            out.append((_seconds(m.group("time")), _speaker(m.group("text"))))
    return sorted(out, key=lambda c: c[0])


def _speaker(topic: str) -> str | None:
    """The person a chapter's title names after its topic ("Board questions - Member Ann Roe",
    "Public comment - Bo Li, Fenmore Township"), without title, role or place; None when none is named."""
    from index import recording_turns

    parts = _CHAPTER_PARTS.split(topic.strip())
    if len(parts) < 2:
        return None
    words = parts[-1].split(",")[0].split()
    run: list[str] = []
    for w in words:  # the last run of capitalised words: "Finance director Ann Roe" -> "Ann Roe"
        run = [*run, w] if w[:1].isupper() else []
    run = recording_turns.untitled(run)
    from index.statements.people import first_name_gender

    if (k := next((i for i, w in enumerate(run[:-1]) if first_name_gender(w)), 0)) and len(run) - k >= 2:
        run = run[k:]  # "Member Ray Tebbutt": a role the vocabulary does not list, before a known first name
    if not 2 <= len(run) <= 4 or any(re.search(r"\d", w) for w in run):
        return None
    return " ".join(run)


# a speaker naming themself as a caption begins: "hi Ann Roe I live on ...", "thank you madam chair
# Ann Roe for the record", "my name is Ann Roe"
_INTRO = re.compile(r"^\s*(?i:(?:hi|hello|good (?:morning|afternoon|evening))(?: everyone| all)?\s+)?"
                    r"(?i:(?:thank you|thanks)(?: (?:madam|mister|mr|mrs|ms))? (?:chair|chairman|chairwoman|chairperson|mayor|president)\s+)?"
                    r"(?i:(?:my name is|my name's|i'm|i am|this is)\s+)?(?P<given>[A-Z][\w'’-]+) (?P<surname>[A-Z][\w'’-]+)\b")


def _introduces(caption: str) -> str | None:
    """The name a caption opens with when the speaker introduces themself, else None."""
    from index.statements.people import first_name_gender

    m = _INTRO.match(fold(caption))
    return f"{m.group('given')} {m.group('surname')}" if m and first_name_gender(m.group("given")) else None


def _seconds(stamp: str) -> int:
    total = 0
    for p in stamp.split(":"):
        total = total * 60 + int(p)
    return total
