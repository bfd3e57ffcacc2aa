"""A social-media community group's thread pasted from the web page: a post under its author's
name line and a badge-and-stamp line, then the comments, each under its commenter's name line
and closed by its action line.

    Ann Roe                                   the post's author
    Admin · 12 March at 09:14 ·               badges ("Admin", "Top contributor", "Author") and the stamp
    The footbridge stays shut until June.     the post
    👍 14   23 comments   Like  Comment  Share   the page's counters and buttons: nobody's words
    Bo Tarr                                   a comment's author (badge lines may follow)
    Absolute joke. My kids walk a mile.       the comment
    Like · Reply · 2h                         its action line: the comment ends here, its stamp on it
     ↳ Ann Roe replied                        a reply's preview line: chrome; the reply follows,
       Ann Roe                                indented, under its own name line
       ...

`heads` gives thread_posts what its header lines give: each post's header span, author, badge
and stamp, and where its text stops. A stamp with a day ("12 March at 09:14") is kept; a
relative one ("3d", "2h", "Yesterday at 18:02") counts back from the page's own day, and dates
nothing on a page that gives none. Two action lines at least make such a page. Linear in the page's lines.
"""

from __future__ import annotations

import bisect
import re

from index import datelines
from index.models import Span

# a professional network's marks under or beside a name: the connection degree ("• 2nd", "· 3rd+"),
# a follower count, "Premium"; nobody's words, like a group's badges
_DEGREE = r"(?:[·•∙⋅‧]\s*)?(?:1st|2nd|3rd\+?)|\d[\d.,]*\s*[kKmM]?\s+followers|premium|verified|following|promoted|\+\s*follow"
_BADGES = r"(?:admin|moderator|group admin|group moderator|top contributor|rising contributor|author|group expert|top fan|new member|conversation starter|visual storyteller|valued commenter)"
# the action line that closes a comment: "Like · Reply · 2h", "Like · Reply · Share · Yesterday at 18:02"
# (a professional network's closes on the comment's counts: "Like · Reply · 3 Reactions", "· 2 Replies")
_COUNTED = r"\d[\d.,]*[kKmM]?\s+(?:reactions?|repl(?:y|ies)|likes?)"
_ACTIONS = re.compile(rf"^\s*(?:Like|Love)\s*[·•∙⋅‧]\s*Reply(?:\s*[·•∙⋅‧]\s*(?:Share|Message|See translation|Edited))*(?:\s*[·•∙⋅‧]\s*(?!{_COUNTED})(?P<stamp>[^·•∙⋅‧\n]+?))?(?:\s*[·•∙⋅‧]\s*(?:Edited|Share|Message|See translation|[^\w\s·•∙⋅‧]+\s*\d*|{_COUNTED}))*\s*[·•∙⋅‧]?\s*$", re.I)
# a badge-and-stamp line under an author's name: "Admin · 12 March at 09:14 ·", "· 3d ·", "Top contributor"
_STAMP_LINE = re.compile(rf"^\s*(?:(?:{_BADGES}|{_DEGREE})\s*(?:[·•∙⋅‧]\s*)?)*(?:[·•∙⋅‧]?\s*(?P<stamp>[^·•∙⋅‧\n]*?\d[^·•∙⋅‧\n]*?|yesterday[^·•∙⋅‧\n]*|just now)(?:\s*[·•∙⋅‧]?\s*(?:🌐|Public|Shared with [^\n]*|Visible to anyone[^\n]*|\(?edited\)?))*\s*[·•∙⋅‧]?\s*)?$", re.I)
# the phone layout's, the stamp first: "2h · Like · Reply", "3d Like Reply"
_ACTIONS_AFTER = re.compile(r"^\s*(?P<stamp>\d+\s*[a-z]{1,5}|yesterday(?: at [\d:.]+)?|just now)\s*[·•∙⋅‧]?\s*(?:Like|Love)\s*[·•∙⋅‧]?\s*Reply(?:\s*[·•∙⋅‧]?\s*(?:Edited|Share|Message|\d[\d.,]*[kKmM]?))*\s*$", re.I)
_BADGE_LINE = re.compile(rf"^\s*(?:[·•∙⋅‧]\s*)?(?:{_BADGES}|{_DEGREE})(?:\s*[·•∙⋅‧]?\s*(?:{_BADGES}|{_DEGREE}))*\s*[·•∙⋅‧]?\s*$", re.I)
# the page's counters, buttons and links: nobody's words
_CHROME = re.compile(r"^\s*(?:like|comment|share|reply|send|most relevant|newest|all comments|top comments|comments|reactions|most recent|repost|"
                     r"load (?:more|previous) (?:comments|replies)|show translation|report this (?:post|comment)|\W*see more|"
                     r"(?:(?:like|comment|repost|share|send|reply)\s*[·•∙⋅‧|]?\s*){2,}|"  # a professional network's buttons on one line
                     r"(?:[^\w\s]\s*)*\d[\d.,]*[kKmM]?(?:\s*(?:comments?|reposts?|shares?|reactions?|likes?|views?|impressions?))?"
                     r"(?:\s*[·•∙⋅‧,]?\s*\d[\d.,]*[kKmM]?\s*(?:comments?|reposts?|shares?|reactions?|likes?|views?|impressions?))+|"  # "👍❤️ 214 · 37 comments · 5 reposts" (or spaces between)
                     r"view .{1,60}'s\s+(?:profile|graphic link)|.{1,60}'s profile (?:photo|picture)|write a (?:comment|reply|public comment)\W*"
                     r"|view (?:\d+ )?(?:more|previous|all)(?: \d+)? (?:comments|replies)\W*|view \d+ repl(?:y|ies)|see more|see translation|edited|hide|follow"
                     r"|\W*\d[\d.,]*\s*[kKmM]?\s*(?:comments?|shares?|reactions?|replies|repl(?:y|ies))?|(?:[^\w\s]\s*)+\d[\d.,]*[kKmM]?"
                     r"|(?:public|private) group\b.*|[^\w\n]*↳?\s*[\w' .-]+ replied(?: · \d+ repl(?:y|ies))?|\d+ repl(?:y|ies))\s*$", re.I)
# a comment's own counters and marks, above its action line: "👍 3", "2", "Edited", "See translation"
_SOFT = re.compile(r"^\s*(?:(?:[^\w\s]\s*)*\d[\d.,]*[kKmM]?|(?:[^\w\s]\s*)+\d*|edited|see translation|see more)\s*$", re.I)
_REPLY_PREVIEW = re.compile(r"^\s*(?:↳\s*)?\S.{0,60}\breplied\b", re.I)
# a capital of any Latin, Greek or Cyrillic script ("Łucja", "Ömer", "Zdeněk" head name lines too)
_UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x530) if chr(c).isupper() and chr(c).isalpha())
_NAME = re.compile(rf"^\s*(?:↳\s*)?(?P<name>[{_UP}][\w'’.-]*(?:\s+(?:(?:de|da|di|du|dos|das|van|von|der|den|del|la|le|ten|ter|bin|bint|ibn|al|y|ap|ab|ferch)\s+){{0,2}}(?!Author\b)[{_UP}][\w'’.-]*){{1,3}})"
                   # its marks: a degree, "Author", pronouns, a verified tick, post-nominals (", MPH", ", PhD")
                   rf"(?P<marks>(?:\s*(?:[·•∙⋅‧]\s*(?:1st|2nd|3rd\+?|(?i:{_BADGES}))|[·•∙⋅‧]\s*(?P<stamp>\d+\s*(?:s|m|h|d|w|mo|mos|y|yr|yrs)\b)|(?:[·•∙⋅‧]\s*)?\bAuthor|(?i:\((?:she|he|they)/\w+\))|[✓✔]|\bPremium\b"
                   rf"|,\s*(?=[A-Za-z.]*[A-Z][A-Za-z.]*[A-Z])[A-Z][A-Za-z.]{{1,7}}))*)\s*$")
# a professional network's headline under the name: "Head of Operations at Acme | Speaker" (the
# poster's own line about themselves, no sentence: the stamp line comes right under it)
_HEADLINE = re.compile(r"^\s*[A-Z][^\n]{2,160}$")
# a relative stamp: "2h", "3d", "1w", "5 mins", "Yesterday at 18:02", "Just now"
_RELATIVE = re.compile(r"^\s*(?:\d+\s*(?:s|m|h|d|w|y|mins?|hrs?|hours?|days?|weeks?|years?|mos?|months?|yrs?)|yesterday\b.*|just now|today\b.*)\s*$", re.I)
MIN_COMMENTS = 2
MAX_LINES = 60  # a comment's lines at most, name to action line (a page's far-off action line heads nothing)


def heads(text: str) -> list[tuple[int, int, str, str | None, tuple | None, int]]:
    """(start, header end, author as written, badge, (span, day phrase, False) or None, text end) of
    the post and each comment, in text order; [] unless the page is such a thread."""
    if "Reply" not in text and "reply" not in text and not _DEGREE_MARK.search(text):
        return []  # (no action line can match, no degree mark: most pages)
    lines, pos = [], 0
    for line in _unmarked(text).split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    closers = [k for k, (_, line) in enumerate(lines) if _closer(line) or _stacked_closer(lines, k)]
    # a professional network's heads: a name with its degree or "Author" mark beside or under it
    # (such a page may be copied without its comments' action lines)
    marked = [k for k, (_, line) in enumerate(lines) if _network_head(lines, k)]
    if len(closers) < MIN_COMMENTS and len(marked) < MIN_COMMENTS:
        return []
    out = []
    k = 0
    while k < len(lines):
        start, line = lines[k]
        if not line.strip() or _closer(line) or _CHROME.match(line) or _REPLY_PREVIEW.match(line) and not _NAME.match(line):
            k += 1
            continue
        m = _NAME.match(line)
        if m is None:
            k += 1
            continue
        # the lines under the name: badges and a stamp line make it a head (a post's or a comment's)
        j, badge, stamp = k + 1, "author" if "Author" in m.group("marks") else None, None
        if _next_filled(lines, j) < len(lines) and lines[_next_filled(lines, j)][1].strip() == line.strip():
            k += 1  # (a profile's name written twice, the second over its marks: the head is the second)
            continue
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        if m.group("stamp"):  # "Ann Roe • 3rd+ • 4d"
            stamp = (start + m.start("stamp"), start + m.end("stamp"))
        # (a degree or "Author" beside the name: a professional network's head, its headline any short line)
        headline, degree = False, bool(re.search(r"\d(?:st|nd|rd)|Author", m.group("marks")))
        while j < len(lines) and lines[j][1].strip():
            b = _BADGE_LINE.match(lines[j][1]) or _stamp_line(lines[j][1])
            degree = degree or bool(b and b.re is _BADGE_LINE and re.search(r"\d(?:st|nd|rd)\b|\bAuthor\b", lines[j][1]))
            # (a line that could be a name is a headline only under a degree: else it is the next
            # post's author under a group's title line)
            if b is None and stamp is None and not headline and _headline(lines, j, degree) and (degree or not _NAME.match(lines[j][1])):
                headline = True  # (the poster's headline: a stamp line under it)
                j += 1
                continue
            if b is None:
                break
            words = re.match(rf"\s*{_BADGES}", lines[j][1], re.I)
            badge = badge or (words.group(0).strip().lower() if words else None)
            if b.re is _STAMP_LINE and b.group("stamp"):
                stamp = (lines[j][0] + b.start("stamp"), lines[j][0] + b.end("stamp"))
            j += 1
        header_end = lines[j - 1][0] + len(lines[j - 1][1])
        at = bisect.bisect_right(closers, k)
        closer = closers[at] if at < len(closers) and closers[at] - k <= MAX_LINES else None
        # a comment: its name line, its text, its action line before the next name line's text;
        # a post: a name over a stamp, its text up to the page's counters
        if stamp is None and (closer is None or not _no_chrome(lines, j, closer)):
            k += 1
            continue
        # (a stamped head's text stops at its first counter or button, or at an action line before any)
        stop_line = closer if stamp is None else min(_chrome_after(lines, j), closer if closer is not None else len(lines))
        if stamp is not None and (after := bisect.bisect_left(marked, j)) < len(marked):
            stop_line = min(stop_line, marked[after])  # (the next marked head: a comment with no action line ends there)
        stop = lines[stop_line][0] if stop_line < len(lines) else len(text)
        if stamp is None and closer is not None and (c := _closer(lines[closer][1])).group("stamp"):
            a = lines[closer][0] + c.start("stamp")
            stamp = (a, a + len(c.group("stamp")))
        day = None
        if stamp is not None:
            phrase = text[stamp[0]:stamp[1]].strip()
            if _RELATIVE.match(phrase):
                counted = _counted(phrase)  # from the page's day, when it has one
                day = (Span(*stamp), counted, False) if counted else None
            elif re.search(rf"\b(?:{datelines.MONTH})\b", phrase, re.I):
                day = (Span(*stamp), phrase, False)
        out.append((start, header_end, m.group("name").strip(), badge, day, stop))
        k = max(stop_line, k + 1)
    return out if len(out) >= MIN_COMMENTS else []


def unstopped_lines(text: str) -> list[tuple[int, int]]:
    """The lines of the post and comments that end on an emoji, or hold a sentence's end before
    their last words ("Thank you! We'll be there 🙌"): someone's words, though no stop ends them
    (a poster's headline, "Port engineer | big ports and small", holds neither)."""
    out = []
    for _, header_end, _, _, _, stop in heads(text):
        pos = header_end
        for line in text[header_end:stop].split("\n"):
            words = line.strip()
            if words and not nobodys(words) and (re.search(r"[.!?]\s+\S", words) or re.search(r"[^\w\s.!?,;:'\")\]*#_-]\s*$", words)):
                out.append((pos, pos + len(line)))
            pos += len(line) + 1
    return out


def _unmarked(text: str) -> str:
    """The text with a markdown page's emphasis marks blanked ("**Ann Roe** • 2nd"), offsets kept."""
    return re.sub(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", lambda m: " " * len(m.group(0)), text) if "*" in text or "__" in text else text


def _next_filled(lines, j: int) -> int:
    while j < len(lines) and not lines[j][1].strip():
        j += 1
    return j


def _headline(lines, j: int, degree: bool = False) -> bool:
    """A professional network's headline at line j: a short line that is no sentence (under a
    degree mark, any short line: "Helping ports go electric. Keynote speaker."), a dated or
    relative stamp line right under it ("3d • Edited • 🌐", "1w •")."""
    line = lines[j][1]
    if not _HEADLINE.match(line) or not degree and re.search(r"[.!?]\s*$|[.!?]\s+[A-Z]", line) or len(line.split()) > 24 \
            or _CHROME.match(line):
        return False
    if j + 1 >= len(lines) or not (b := _stamp_line(lines[j + 1][1])) or not b.group("stamp"):
        return False
    phrase = b.group("stamp").strip()
    return bool(_RELATIVE.match(phrase) or re.search(rf"\b(?:{datelines.MONTH})\b", phrase, re.I))


_DEGREE_MARK = re.compile(r"[·•∙⋅‧]\s*(?:1st|2nd|3rd\+?|Author)\b")


def _network_head(lines, k: int) -> bool:
    """A name line with a degree or "Author" mark beside it or on the line under it."""
    m = _NAME.match(lines[k][1])
    if m is None:
        return False
    if re.search(r"\d(?:st|nd|rd)|Author", m.group("marks")):
        return True
    j = _next_filled(lines, k + 1)
    return j < len(lines) and bool(_BADGE_LINE.match(lines[j][1])) and bool(_DEGREE_MARK.search(lines[j][1]) or re.match(r"\s*(?:1st|2nd|3rd)", lines[j][1]))


def _stacked_closer(lines, k: int) -> bool:
    """A "Reply" button on its own line under a "Like" one: a comment's action line copied one
    button a line (a professional network's page)."""
    if lines[k][1].strip().lower() != "reply":
        return False
    j = k - 1
    while j >= 0 and not lines[j][1].strip():
        j -= 1
    return j >= 0 and lines[j][1].strip().lower() in ("like", "love")


def _closer(line: str) -> re.Match | None:
    """The action line that closes a comment, either layout."""
    return _ACTIONS.match(line) or _ACTIONS_AFTER.match(line)


def _counted(stamp: str) -> str | None:
    """A relative stamp in words the date resolver counts back from the page's day: "3d" -> "3 days
    ago", "2h" -> "today", "Yesterday at 18:02" -> "yesterday"; None for a year or more."""
    s = stamp.strip().lower()
    if s.startswith("yesterday"):
        return "yesterday"
    if s.startswith(("today", "just now")):
        return "today"
    m = re.match(r"(\d+)\s*([a-z]+)", s)
    if m is None:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit.startswith("mo") or unit[0] == "y":
        return None  # (months or years back: no day)
    if unit[0] in "smh":
        return "today"  # (minutes or hours before the page was saved: its day, near enough)
    if unit[0] == "d":
        return "yesterday" if n == 1 else f"{n} days ago"
    if unit[0] == "w":
        return f"{7 * n} days ago"
    return None


def _stamp_line(line: str) -> re.Match | None:
    """A short badge-and-stamp line, no sentence ("Cllr here. The repair starts on 20 May." is text)."""
    if len(line.strip()) > 48 or re.search(r"[.!?,;]\s", line):
        return None
    return _STAMP_LINE.match(line)


def _no_chrome(lines, j: int, closer: int) -> bool:
    """Nothing of the page's furniture between a name's head and the action line `closer`: the
    name heads the comment that line closes (a group's title line has its counters under it)."""
    end = closer
    while end > j and (not lines[end - 1][1].strip() or _SOFT.match(lines[end - 1][1])):
        end -= 1  # (the comment's own "👍 3" and "Edited" just above its action line)
    return not any(_CHROME.match(lines[i][1]) and lines[i][1].strip() for i in range(j, end))


def _chrome_after(lines, j: int) -> int:
    """The first line of the page's counters and buttons after the post's text."""
    return next((i for i in range(j, len(lines)) if lines[i][1].strip() and (_CHROME.match(lines[i][1]) or _closer(lines[i][1]))), len(lines))


def nobodys(line: str) -> bool:
    """A line of the thread that is no one's words: counters, buttons, badges, reply previews."""
    line = _unmarked(line)
    return bool(_closer(line) or _CHROME.match(line) or _BADGE_LINE.match(line) or _REPLY_PREVIEW.match(line))


# a comment that opens by saying whose it is: "Cllr here.", "Local councillor here -", "Parish clerk here,"
_ROLE_OPENER = re.compile(r"^\W*(?:(?:your|a|the|local|ward|parish|county|town|district)\s+){0,2}(?P<role>[A-Za-z]+(?:\s+[A-Za-z]+)?)\s+here\b\s*[.,:;!–—-]", re.I)


def role_opener(line: str, v) -> str | None:
    """The office a comment's first words claim ("Cllr here." -> "Councillor"), else None."""
    m = _ROLE_OPENER.match(line)
    if m is None:
        return None
    words = m.group("role").split()
    last = words[-1]
    if (full := v.title_role(last)) is not None:
        return full.capitalize()
    if v.is_role(last.lower()) or len(words) == 2 and v.is_role(" ".join(words).lower()):
        return " ".join(w.capitalize() for w in words)
    return None
