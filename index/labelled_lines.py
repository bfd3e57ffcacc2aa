"""Paragraphs whose lines are fields, and contents lists.

A fact box, a result block or a page's header prints one field a line ("Votes cast: 6,052",
"Average price: 44.1 c/l incl. VAT (2023: 47.6 c/l)", "Case officer: Ms A Roe"), often under a
heading line and above a text line. Run together, the lines read as one sentence that matches
every question about the page and cuts a field at its abbreviation ("incl."), losing the bracketed
prior-period figure. Each line of such a paragraph is a sentence of its own (a long line of prose
under a field, "Comment: My house is ...", is split into its sentences as any prose).

A field paragraph's header lines (an author's name and address over a comment's fields, a heading
over a fact box) are no sentences: alone, they answer nothing and match every question about the
page.

A contents list ("Chair's Statement ........ 2") points at the sections by page number: no
passage to cite nor an answer.
"""

from __future__ import annotations

import re

# "Votes cast: 6,052", "YES to strike action: 4,812", "Comment submitted date: Tue 04 Mar 2025"
_FIELD = re.compile(r"^[ \t]*[-•*]?[ \t]*[A-Z][\w'’()/&.,-]*(?:[ \t]+[\w'’()/&.,-]+){0,5}[ \t]*:[ \t]+\S")
_LEADER = re.compile(r"(?:\.[ \t]?){3,}[ \t]*\d{1,4}[ \t]*$|[ \t]\.[ \t]+\d{1,4}[ \t]*$")
SHORT_FIELD = 160  # a field line up to this long is one sentence, whatever points it holds


def field_lines(text: str) -> list[tuple[int, int, bool]] | None:
    """(start, end, is a short field) of each non-blank line of a paragraph of fields, offsets into
    `text`; None for any other paragraph. Fields: two lines or more, or one among three lines or
    more, and no line running on into the next (a hard-wrapped column's lines, never fields); or a
    paragraph of one short figure field ("Average price: £318 incl. IPT (2023: £296)")."""
    if "\n" not in text.strip():
        body = text.strip()
        a = text.index(body[0]) if body else 0
        figure = data_field(body) and len(body) <= SHORT_FIELD and re.search(r"\d", body.split(":", 1)[1])
        return [(a, a + len(body), True)] if figure else None
    lines, pos = [], 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            a = pos + line.index(body[0])
            lines.append((a, a + len(body)))
        pos += len(line) + 1
    fields = [data_field(text[a:b]) for a, b in lines]
    count = sum(fields)
    if not (count >= 2 or (count >= 1 and len(lines) >= 3)):
        return None
    if any(text[lines[k + 1][0]:lines[k + 1][0] + 1].islower() for k in range(len(lines) - 1)):
        return None
    return [(a, b, f and b - a <= SHORT_FIELD) for (a, b), f in zip(lines, fields)]


def prose(line: str) -> bool:
    """A field whose value holds sentences ("Comment: The lane is narrow. I object."), not a figure."""
    value = line.split(":", 1)[-1].strip()
    return bool(re.search(r"[.!?][\"”’]?\s+[A-Z][a-z]", value)) or bool(re.search(r"[a-z]{2}[.!?][\"”’]?$", value))


def data_field(line: str) -> bool:
    """A field holding data, not a speaker's turn: "Votes cast: 6,052", "Status: Awaiting decision";
    never "MINISTER: I spoke with him on Monday." nor a label in capitals over words ("ANN: Yes")."""
    m = _FIELD.match(line)
    if m is None or prose(line):
        return False
    label, value = line.split(":", 1)
    letters = [c for c in label if c.isalpha()]
    return not (letters and all(c.isupper() for c in letters) and not re.match(r"\s*[\d£$€¥₹]", value))


def header_line(line: str) -> bool:
    """A block's header line among fields ("Mr Ann Roe", "3 Mill Lane", "RESULT"): short, no field,
    no sentence end; it names or files the block, and answers nothing by itself."""
    line = line.strip()
    return len(line.split()) <= 8 and not _FIELD.match(line) and not re.search(r"[.!?:;\"”)]$", line)


def contents_list(text: str) -> bool:
    """"Contents / Chair's Statement ..... 2 / Review ..... 4": lines ending in leaders and page numbers."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    leaders = sum(1 for ln in lines if _LEADER.search(ln))
    return leaders >= 2 and leaders * 2 >= len(lines)
