"""What a page prints around its headline and story, read as general shapes: the lines above
the headline (a date line, an embargo or review line, a byline, a section label such as "WORLD |
ASIA" or a kicker in capitals), a headline/byline/date block with no blank line between, the line
minutes open with ("Held at the Village Hall on Tuesday 11 March 2025"), and short lines in the
story that name a day ("Next meeting: 14 May"), which are story text rather than subheadings.
"""

from __future__ import annotations

import re
from datetime import date

from index import body_dates, chat_lines, datelines
from index.models import Span
from index.textnorm import fold

# (a sentence closed by a note's superscript marker, 'wrote "...".⁸', is closed too)
_TERMINAL = re.compile(r"(?:[.!?…:;\"'”’»)\]]|[.!?\"'”’][⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*$")


def is_heading(line: str) -> bool:
    """A short line with no sentence punctuation at its end."""
    words = line.split()
    return 0 < len(words) <= 16 and len(line) <= 140 and not _TERMINAL.search(line.rstrip("#*_ ")) \
        and not chat_lines.is_message(line)  # "[12/02/2026, 09:05] Ann Roe: Friday which year": a chat's message


def header_block(lines: list[str]) -> bool:
    """Headline, byline and date line with no blank line between ("Title / By X / Nov. 3,
    2025"): short lines, one of them after the first a date line or a byline, are no
    hard-wrapped paragraph."""
    if any(len(line) > 90 for line in lines):
        return False
    return any(datelines.header_date(line) or datelines.is_date_line(line)
               or (line.startswith("By ") and len(line.split()) <= 8  # not "By contrast, the ..."
                   and sum(w[:1].islower() for w in line.split()) <= 2) for line in lines[1:])


def header_line(line: str) -> bool:
    """A date line ("14/11/2024", "Last reviewed: 4 March 2025", "Courts · 05/03/24") or a byline: never a headline."""
    return (bool(datelines.header_date(line)) or datelines.is_date_line(line.strip()) or datelines.is_byline(line)
            or bool(datelines.ambiguous_numeric(line)))  # "Courts · 05/03/24": a date, read by the text's order


# A section label a page prints above its headline: "WORLD | ASIA", "Business › Markets".
_PART = r"[^\W\d_][\w&'’-]*(?: [\w&'’-]+){0,2}"
_SECTION = re.compile(rf"^{_PART}(?:\s*[|›»>/•·]\s*{_PART}){{1,3}}$")


def section_label(line: str) -> bool:
    """A section label ("WORLD | ASIA", "News › Farming"): a few short parts between bars or arrows."""
    return bool(_SECTION.match(line.strip())) and len(line.split()) <= 6


def above_headline(text: str, span: Span, following: Span) -> bool:
    """Is the line at `span` one printed above the headline, with the headline still to come?
    A short line in capitals ("FACT CHECK") is a kicker when a heading in ordinary case follows."""
    line = text[span.start : span.end].strip("#*_ ").strip()
    if header_line(line) or _SECTION.match(line) and len(line.split()) <= 6:
        return True
    after = text[following.start : following.end].strip("#*_ ")
    letters = [ch for ch in line if ch.isalpha()]
    return (len(line.split()) <= 3 and len(letters) >= 3 and all(ch.isupper() for ch in letters)
            and (is_heading(after) or is_heading(after.rstrip("?")))  # "Did the mayor promise ...?"
            and any(ch.islower() for ch in after) and not header_line(after))


COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–]\s*)?(\d{4})\b", re.I)


def past_day(line: str) -> date | None:
    """The full date of a short line above the lede that tells of something done, not to come
    ("Held at the Village Hall on Tuesday 11 March 2025 at 7pm"): the day minutes record."""
    if len(line.split()) > 16 or body_dates.looks_ahead(line) or not re.search(r"\bon\s", line):
        return None
    if re.search(r"\b(?:tabled|lodged|submitted|asked|put down)\s+on\s", line, re.I):
        return None  # a written question's day: the page that answers it comes later
    return datelines.full_date(line[re.search(r"\bon\s", line).end():])


def dated_notice(line: str) -> bool:
    """A short line in the story that names a day beside its words ("Next meeting: 14 May",
    "Deadline for comments — Friday 6 June"): story text, not a subheading. A line that is a date
    alone (a live blog's day) or dates the page ("Filed 12 March 2025") stays a heading."""
    found = re.search(datelines.DATE, line)
    return bool(found) and not datelines.is_date_line(line.strip()) and not datelines.header_date(line) \
        and len(line[:found.start()].split()) >= 1


# "Answered by X, Minister for Y", "Asked by X (Party, Seat)": a written answer's label, story text
# that names who asked and who answered, not a subheading
_ASKED_ANSWERED = re.compile(r"^\W*(?:asked|answered|replied|responded|tabled|answer(?:ed)? given|reply given) by\s*:?\s*[^\W\d_]", re.I)


def names_the_answerer(line: str) -> bool:
    return bool(_ASKED_ANSWERED.match(line)) and len(line.split()) <= 20


# a reaction round-up's voice: "Orla Brennick, chief executive, Harbour Traders" over its quotation
_VOICE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Cllr)\.? )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3},\s+\S")


# a results sheet's finisher over her quotations ("flash quotes"): "1. Ann ROE (SWE) 8:41.07 PB"
RESULT_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*"
                         r"\((?P<code>[A-Z]{2,4})\)(?:\s+[\d:.,+]+[a-z]{0,2})?(?:\s+[A-Z]{1,3}){0,2}\s*$")


def names_a_voice(line: str, following: str) -> bool:
    """A name and job on a line of its own over a paragraph that is one quotation, or a results
    line over a paragraph opening one: story text that says whose the quotation is, not a subheading."""
    words = fold(following).strip()
    if RESULT_LINE.match(line) and words[:1] == '"':
        return True
    return (bool(_VOICE.match(line.strip("#*_ "))) and len(line.split()) <= 16 and len(words) > 2
            and words[0] == '"' and words[-1] == '"' and words.count('"') == 2)
