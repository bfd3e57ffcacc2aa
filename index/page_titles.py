"""A page's headline when the first heading of its top is something else the page prints there: the
paper's motto ("Serving the upper dales since 1887", "Orvale's independent weekly"), its masthead in
capitals, a code host's repository line ("owner / repo"), a newsletter's header line ("Weekly
Newsletter", "Issue 42"), a section label ("Top Reads", "News | Farming"), a menu's words. The
headline is the first heading below it in the page's top (the lines above the first sentence of
story) that is none of those, nor a date line or a byline; a page with no such heading keeps what it
had (a parish letter under its parish's name).
"""

from __future__ import annotations

import re

from index import datelines, headlines
from index.furniture import is_furniture
from index.textnorm import fold
from index.top_lines import story_sentence, top_lines

# "Serving X since 1911", "Est. 1889", "Established 1902", "Truth without fear since 1902"
_FOUNDED = re.compile(r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?\d{4}\b", re.I)
# "Orvale's independent weekly", "Fellcombe's family newspaper", "The valley's community weekly",
# "Harrowdale news, sport and what's on": a paper that says what it is
_PAPER_WORDS = r"(?:newspaper|paper|daily|weekly|fortnightly|monthly|voice|station|magazine|journal|news(?:\s+(?:site|source|service))?)"
_SAYS_WHAT_IT_IS = re.compile(rf"^(?:the\s+)?[\w'’ .&-]{{0,40}}?['’]s\s+(?:[\w'’&-]+\s+){{0,3}}{_PAPER_WORDS}$"
                              rf"|^(?:the\s+|your\s+|an?\s+)?(?:[\w'’&-]+\s+){{0,3}}(?:independent|family|community|local|people['’]s|daily|weekly)\s+{_PAPER_WORDS}$"
                              r"|\bnews,\s+(?:\w+\s+){0,2}(?:and|&)\s+", re.I)
# a newsletter's or a magazine's header line: "Weekly Newsletter", "Parish News", "Issue 42", "Vol. 7 No. 3"
_ISSUE = re.compile(r"^(?:(?:[\w'’-]+\s+){0,3}(?:newsletter|bulletin|news\s*letter|update|news)s?"
                    r"|(?:issue|no\.?|nos\.?|vol\.?|volume|edition|number)\s*[\dIVXLC]+\b.*)$", re.I)
# a code host's repository line: "owner / repo", "owner/repo"
_REPOSITORY = re.compile(r"^[\w.-]+\s*/\s*[\w.-]+$")
# a site's menu words: "Skip to main content", "Navigation Menu", "Menu", "Search", "Public"
_MENU = re.compile(r"^(?:skip to (?:the )?(?:main )?(?:content|navigation|search)|(?:navigation|main|site) menu|menu|search|"
                   r"home|log ?in|sign ?in|public|private|toggle navigation|open menu|close)$", re.I)
# a breadcrumb trail: "Home / Exhibitions / Threads of the Valley", "Home > News > Local"
_CRUMBS = re.compile(r"^home\s*[/›»>|]", re.I)
# a paper's name in capitalised words ending in a word papers are named with ("Pellham Valley
# Advertiser", "The Orvale Sentinel"); a headline in Title Case ends in other words
_MASTHEAD_WORDS = (r"(?:chronicle|gazette|herald|times|post|courier|express|standard|mirror|echo|observer|tribune|"
                   r"journal|record|advertiser|news|press|mail|telegraph|guardian|examiner|argus|sentinel|leader|"
                   r"clarion|bulletin|review|weekly|daily|islander|voice|messenger|dispatch|despatch|register|gleaner)")
_NAMED_PAPER = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){{0,3}}{_MASTHEAD_WORDS}$", re.I)
_STORY = story_sentence(6)
# "Label: value", "Place: the hall", "JUSTICES: ...": a field of a header block when fields stand together
_LABELLED = re.compile(r"^[A-Z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,2}\s*:\s+\S")


def weak(line: str) -> bool:
    """Is the line one a page prints at its top that names no story: a motto, a masthead, a header
    line, a section label, a repository line, a menu's words?"""
    text = fold(line).strip().strip("\"“”'‘’#*_ ").strip()
    if not text:
        return True
    letters = [ch for ch in text if ch.isalpha()]
    masthead = len(text.split()) <= 6 and letters and all(ch.isupper() for ch in letters) and not re.search(r"\d", text)
    masthead = masthead or (_NAMED_PAPER.match(text) is not None and all(w[:1].isupper() for w in text.split()))
    return bool(masthead or _CRUMBS.match(text) or _FOUNDED.search(text) or _SAYS_WHAT_IT_IS.search(text) or _ISSUE.match(text)
                or _REPOSITORY.match(text) or _MENU.match(text) or _menu_row(text) or headlines.section_label(text)
                or _label(text) or _field(text) or _SLUG.search(text) or _ENCYCLOPEDIA.search(text)
                or headlines.header_line(text) or is_furniture(text))


def _label(text: str) -> bool:
    """A section's or a kind's label of a word or two ("Region", "Top Reads", "Food & Drink")."""
    return len(text.split()) <= 3 and all(re.fullmatch(r"[^\W\d_]+|&", w) for w in text.split()) \
        and (len(text.split()) <= 2 or "&" in text.split())


def _field(text: str) -> bool:
    """A header's labelled field with a number in it ("Filed: 6.10pm Friday 2 May", "File
    number: QX/2031/7", "Heard with: [2030] ..."), or a reference number alone ("Notice TQ 12/2031")."""
    m = re.match(r"^[A-Z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,3}\s*:\s*(?P<value>.*)$", text)
    if m and re.search(r"\d", m.group("value")) and len(m.group("value").split()) <= 6:
        return True
    return len(text.split()) <= 4 and bool(re.search(r"\b[\w-]*\d+/\d+\b", text))


# a wire slug ("QRS-TU--Quarry Blast, 3rd Ld-Writethru"); a wiki's tagline
_SLUG = re.compile(r"[A-Za-z]--[A-Za-z]|\bwrite-?thru\b", re.I)
_ENCYCLOPEDIA = re.compile(r"\bthe free encyclopedia\b", re.I)


def _menu_row(text: str) -> bool:
    """A tab bar or a menu pasted as one line ("Code  Issues 48  Pull requests 6  Actions"): three
    or more items apart by wide gaps or bars."""
    return len(re.split(r"\s{2,}|\t|\s+[|•·]\s+", text)) >= 3


def headline(top: str, title: str | None) -> str | None:
    """The headline of a page whose top is `top` (its text from the first line), when `title` (the
    heading read as the title) is none or a weak line and a heading below it in the page's top is
    the story's; else None."""
    if title is not None and not weak(title.splitlines()[0]):
        return None
    lines = list(top_lines(top, 24, story=_STORY))
    for i, line in enumerate(lines):
        if line.lower().startswith(("dear ", "hi ", "hello ")):
            return None  # a letter begins: whatever is above it is its header
        if _LABELLED.match(line) and any(_LABELLED.match(n) for n in lines[max(0, i - 1):i] + lines[i + 1:i + 2]):
            continue  # a block of header fields ("Place: ...", "Recorded by: ..."): no headline
        words = line.split()
        if headlines.is_heading(line) and len(words) >= 3 and any(ch.islower() for ch in line) \
                and (len(words) >= 5 or any(w[:1].islower() for w in words[1:])) \
                and not re.match(r"^\(?\d+(?:[./]\d+)*[.)]?\s", line) \
                and not weak(line) and not datelines.is_byline(line) and not _said_by_line(line):
            return line.strip()
    return None


# "renwick-j opened this issue on Mar 3, 2026 · 5 comments", "X commented 2 days ago": a post's
# header, not a title
_POSTED = re.compile(r"\b(?:opened|commented|posted|replied|wrote|edited|updated|closed|merged)\b.*\b(?:on|ago|at)\b", re.I)


def _said_by_line(line: str) -> bool:
    return bool(_POSTED.search(line))
