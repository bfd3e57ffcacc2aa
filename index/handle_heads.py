"""A link-sharing forum's thread pasted from the web page: posts and comments under "u/handle" heads.

    r/SomeForum                                       the forum's name line
    Posted by u/kestrel_mo · 7h                       the opening post's head
    I run a night desk at a dog shelter. AMA!         its title
    Hi all! I'm Ann Roe and I run ...                 the opening post, in its poster's first person
    EDIT: Thanks for the questions.                   the poster's later lines, still theirs
    1.4k votes · 312 comments                         the page's counters: nobody's words
    u/parsnip_h · 6h                                  a comment's head, its text below
        u/kestrel_mo OP · 5h                          a reply, indented: "OP" marks the opening poster
        u/forum_mods MOD · 4h                         a moderator's comment

`heads` gives thread_posts what its header lines give: each post's header span, author, badge and
where its text stops. The opening poster is the person their opening post names as themselves
("I'm Ann Roe and I run ..."), by whichever head ("Posted by", "OP") their handle writes; anyone
else is their handle as written ("u/parsnip_h"). Relative stamps ("6h") date nothing: the page's
own day (the opening post's "today, Tuesday 10 November 2026", index.said_dates) dates them all.
"""

from __future__ import annotations

import re

# "Posted by u/kestrel_mo · 7h", "u/kestrel_mo OP · 5h", "u/forum_mods MOD · 4h", "u/x · 6h · edited 2h"
_HEAD = re.compile(r"^\s*(?P<posted>Posted by\s+)?u/(?P<handle>[A-Za-z0-9_-]{3,24})(?:\s+(?P<tag>OP|MOD|Mod|Moderator|Admin))?"
                   r"(?:\s*[·•∙⋅‧|]\s*(?:\d+\s*(?:s|m|h|d|w|mo|y|yr|min|mins|hr|hrs|days?|hours?|months?|years?)(?:\s+ago)?|just now|edited[^\n]*))*\s*$")
# the page's counters and buttons: "1.4k votes · 312 comments", "Reply Share Report", "level 2"
_CHROME = re.compile(r"^\s*(?:[\d.,]+\s*[kKmM]?\s+(?:up)?votes?(?:\s*[·•∙⋅‧|,]?\s*[\d.,]+\s*[kKmM]?\s+comments?)?|[\d.,]+\s*[kKmM]?\s+comments?"
                     r"|(?:(?:reply|share|save|report|award|give award|hide|follow)\s*[·•∙⋅‧|]?\s*){1,6}|level \d+|"
                     r"continue this thread\W*|\d+ more repl(?:y|ies)|sort by:?[^\n]*|verified by (?:the )?moderators?\W*)\s*$", re.I)
# the opening poster naming themselves: "I'm Ann Roe and I run ...", "My name is Ann Roe, I ..."
_SELF_NAMED = re.compile(r"\b(?:I'm|I’m|I am|my name is|My name is)\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:de|van|von|ap)?\s*[A-Z][\w'’-]+){1,3})"
                         r"(?=\s*(?:,|\band\b|\(|\.|-|–|—|\bhere\b))")
MIN_HEADS = 2


def heads(text: str) -> list[tuple[int, int, str, str | None, None, int]]:
    """(start, header end, author, tag, None, text end) of the opening post and each comment, in
    text order; [] unless the page is such a thread (two "u/handle" heads at least)."""
    if "u/" not in text:
        return []
    found, pos = [], 0
    for line in text.split("\n"):
        m = _HEAD.match(line)
        if m:
            found.append((pos, pos + len(line), m))
        pos += len(line) + 1
    if len(found) < MIN_HEADS:
        return []
    opener = next((m.group("handle") for _, _, m in found if m.group("posted")), found[0][2].group("handle"))
    first_end = found[1][0] if len(found) > 1 else len(text)
    named = _SELF_NAMED.search(text[found[0][1]:first_end])
    poster = named.group("name") if named else None
    out = []
    for k, (start, end, m) in enumerate(found):
        stop = found[k + 1][0] if k + 1 < len(found) else len(text)
        handle = m.group("handle")
        mine = poster and (m.group("tag") == "OP" or handle == opener)
        tag = (m.group("tag") or "").lower() or None
        out.append((start, end, poster if mine else f"u/{handle}", "op" if mine else tag, None, stop))
    return out


def nobodys(line: str) -> bool:
    """A line of the thread that is no one's words: the page's counters and buttons."""
    return bool(_CHROME.match(line) or _HEAD.match(line))
