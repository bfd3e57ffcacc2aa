"""Text pasted from a narrow printed column (a PDF e-edition, a scanned page): each paragraph
hard-wrapped into lines of a few words, no blank line between paragraphs, and words split by a
hyphen at a line's end ("recom-" / "mended"). Read a line at a time, every line would be a
heading and no sentence whole; the column's paragraphs are the runs of lines that end with a
line closing a sentence, the next starting a new one.

Only the grouping is decided here: cleaning never rewrites text, so a paragraph is the span from
its first line to its last, line breaks included.
"""

from __future__ import annotations

import re

from index import datelines

# a line that closes a sentence: "...on appeal." / '...too much."' / "...a done deal," she said.
_ENDS = re.compile(r"""[.!?…]["”’')\]]*\s*$|["”]\s*$""")
_BULLET = re.compile(r"^\s*(?:[-*•·▪]|\d+[.)])\s")
# a timestamp or a "Name:" label opening a line: a chat log or a transcript, short lines of its own
_LABEL = re.compile(r"^\s*(?:\[?\d{1,2}[:.]\d\d|[A-Z][\w .'-]{0,30}:\s)")


def is_column(lines: list[str]) -> bool:
    """Are these lines (a block with no blank line) one narrow column of wrapped prose? Many short
    lines, most not closing a sentence, many continuing the line above in lower case: a list, a
    chat log or a table has short lines too, but each opens with a capital, a bullet or a label."""
    if len(lines) < 12:
        return False
    lengths = sorted(len(line) for line in lines)
    if lengths[len(lengths) // 2] > 40:
        return False
    if sum(bool(_BULLET.match(line) or _LABEL.match(line) or "|" in line) for line in lines) > len(lines) / 10:
        return False
    continued = sum(line[:1].islower() for line in lines[1:])
    open_ = sum(not _ENDS.search(line) for line in lines)
    return continued >= 0.3 * len(lines) and open_ >= 0.5 * len(lines)


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    """The column's paragraphs as (first, last) line indexes. Lines above the first line of prose
    (kicker, headline, byline, the writer's role) stay apart, save a headline wrapped over several
    lines, which is one; from the prose on, a paragraph runs to a line that closes a sentence
    with the next line opening one."""
    start = _prose_start(lines)
    out: list[tuple[int, int]] = []
    i = 0
    while i < start:
        j = i
        while j + 1 < start and lines[j + 1][:1].islower() and not _header(lines[j]) and not _header(lines[j + 1]):
            j += 1
        out.append((i, j))
        i = j + 1
    first = start
    for k in range(start, len(lines)):
        last = k == len(lines) - 1
        if last or (_ENDS.search(lines[k]) and not lines[k + 1][:1].islower()):
            out.append((first, k))
            first = k + 1
    return out


def _header(line: str) -> bool:
    return datelines.is_byline(line) or datelines.is_date_line(line.strip()) or bool(datelines.header_date(line))


def _prose_start(lines: list[str]) -> int:
    """The first line of the column's prose: after any byline near the top, the first line of
    four words or more that does not close a sentence."""
    after = next((i + 1 for i, line in enumerate(lines[:12]) if datelines.is_byline(line)), 0)
    for i in range(after, len(lines)):
        if len(lines[i].split()) >= 4 and not _ENDS.search(lines[i]):
            return i
    return after


_WRAP = re.compile(r"(?<=[^\W_]|[,;])\n(?=[\"“(]?[^\W\d_])")


def unwrapped(paragraph: str) -> str:
    """A paragraph of wrapped prose with its line breaks inside sentences as spaces, one character
    for one: the parser reads "chair, Ysolde\\nMarchbank, said" as a name only on one line. Only a
    paragraph whose lines mostly continue their sentence in lower case: a speaker's label or a
    heading on a line of its own above its text keeps its break."""
    if paragraph.count("\n") < 2:
        return paragraph
    lines = paragraph.split("\n")
    if sum(line[:1].islower() for line in lines[1:]) < 0.3 * len(lines):
        return paragraph
    return _WRAP.sub(" ", paragraph)
