"""A line-numbered hearing transcript, as courts and public inquiries print them: every line of a
page numbered 1-25 at its left, a "Page N" header over each page, and sentences that run on from
one numbered line to the next.

     Page 12
     1   THE CHAIR: Good morning. Before we begin, I want to
     2       say that the families have waited ...
     3   Q.  Mr X, on the night of ... you were
     4       the duty officer?

The numbers and the page headers are furniture: a passage is one speaker's turn, from the line
that opens it (a label "THE CHAIR:", "MS ROE:", a "Q." or "A.", a witness's "MR ANN ROE
(affirmed)", a "(10.00 am)" time mark) to the line before the next, across a page break. The parse
sees the turn with its numbers and headers blanked (same length), one sentence where the page
had several lines.
"""

from __future__ import annotations

import re

from index.models import Span

# " 12   A.  Yes, I was." / " 7" (an empty numbered line)
_NUMBERED = re.compile(r"^(?P<num>\d{1,2})(?:\s+(?P<rest>\S.*))?$")
# a page's header, on its own line: "Page 12", "- 12 -"
_PAGE = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-)$", re.I)
# what opens a turn: a label in capitals, "Q." or "A.", a note in brackets alone on its line, a
# witness's block ("MR ANN ROE (affirmed)", "Questions by COUNSEL TO THE INQUIRY")
# (shared with index.statements.hearing_turns, which reads who these lines name)
TITLE = r"(?:MR|MRS|MS|MISS|DR|PROFESSOR|SIR|DAME|LORD|LADY)"  # a witness's or counsel's title in capitals
SWORN = r"\((?i:affirmed|sworn|recalled|continued)\)"  # "MR ANN ROE (affirmed)"
EXAMINED = r"(?:Questions|Questioned|Examined|Cross-examined|Re-examined|Further questions|QUESTIONS)\s+(?i:by|from)"
_OPENS = re.compile(rf"^(?:[QA][.:]\s|[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){{0,4}}\s*:\s|\([^()]*\)\s*$|"
                    rf"{TITLE}\s+[A-Z][A-Z'’\-]+.*{SWORN}|{EXAMINED}\b)")
_LINE_START = re.compile(r"(?m)^(?P<lead>[ \t]*)(?P<num>\d{1,2})(?=[ \t]|$)")
# the fewest numbered lines a transcript has: a page's worth, most of the file
MIN_LINES = 20
MIN_PAGE_LINES = 2  # of a page of a file that holds a transcript (its numbers counting up still)


def is_line_numbered(texts: list[str], in_transcript: bool = False) -> bool:
    """Whether a block's lines are a line-numbered transcript: numbered lines, most of them, their
    numbers counting up from 1 to at most 25 and starting again on each page. `in_transcript`: the
    file holds a transcript elsewhere, so a page printed apart (a blank line above its header) is
    one however short: the last page of a hearing's day may hold a few lines only."""
    nums = [int(m.group("num")) for t in texts if (m := _NUMBERED.match(t.strip()))]
    least = MIN_PAGE_LINES if in_transcript else MIN_LINES
    if len(nums) < least or len(nums) < 0.7 * len(texts) or max(nums) > 30:
        return False
    steps = sum(b == a + 1 or (b == 1 and a > 1) for a, b in zip(nums, nums[1:]))
    return steps >= 0.9 * (len(nums) - 1)


def paragraphs(lines: list[Span], texts: list[str]) -> list[Span]:
    """The turns of a line-numbered block, each from its opening line to the line before the next
    turn (page headers and empty numbered lines left out at a turn's edges)."""
    out: list[Span] = []
    start = end = None
    for span, text in zip(lines, texts):
        t = text.strip()
        if _PAGE.match(t):
            continue
        m = _NUMBERED.match(t)
        rest = (m.group("rest") or "") if m else t
        if not rest:
            continue
        if start is None or _OPENS.match(rest) or not m:
            if start is not None:
                out.append(Span(start, end))
            start = span.start + (m.start("rest") if m else 0)
        end = span.end
    if start is not None:
        out.append(Span(start, end))
    return out


# a question's or an answer's mark opening a turn: "Q.  ", "A.  "
_QA_MARK = re.compile(r"^\s*[QA][.:](?=\s)")


def parsed(passage: str) -> str:
    """A turn as the parser reads it: `blanked`, and its "Q." or "A." mark too, which is no word of
    the sentence (read, "Q. Ms Roe" is one name)."""
    return _QA_MARK.sub(lambda m: " " * len(m.group(0)), blanked(passage))


def blanked(passage: str) -> str:
    """A turn's text with its line numbers and page headers as spaces (same length)."""
    # (the turn's first line opens at its text: its number is outside the passage)
    head, nl, tail = passage.partition("\n")
    out = head + nl + _LINE_START.sub(lambda m: m.group("lead") + " " * len(m.group("num")), tail)
    return re.sub(r"(?mi)^[ \t]*(?:page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|-[ \t]*\d{1,4}[ \t]*-)[ \t]*$",
                  lambda m: " " * len(m.group(0)), out)


def holds_transcript(text: str) -> bool:
    """Whether a file holds a line-numbered transcript (a block of its lines, between blank lines)."""
    if not _LINE_START.search(text):
        return False
    return any(is_line_numbered([t for t in block.split("\n") if t.strip()]) for block in re.split(r"\n\s*\n", text))
