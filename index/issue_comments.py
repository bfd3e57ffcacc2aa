"""A code host's issue or pull-request page pasted as text: its comments, each under its header line.

Such a page opens with the host's chrome (a repository line "owner / repo", a tab bar "Code",
"Issues 87", "Pull requests 12" ...), the issue's title and an opener line ("ann-k opened this
issue on Mar 3, 2026 · 6 comments"), then one block per comment under a header line:

    ann-k commented on Mar 3, 2026             (GitHub; "commented 3 days ago", "• edited",
    Ann Korr @ann-k commented 2 days ago        then badges "Member", "Author" on the next lines)
    Ann Korr @ann-k · Mar 3, 2026 · Maintainer (GitLab)

Between comments stand timeline event lines ("bo-r added the bug label on Mar 5, 2026", "bo-r
closed this as completed in #1490", "bo-r mentioned this issue", and the linked item's title and
state under them), reaction counts ("👍 7 🎉 2") and a sidebar at the foot (Assignees, Labels,
Milestone ...). A comment's text runs from its header to the next header, timeline line or sidebar
label; header, badge, timeline and chrome lines are nobody's words. Standard library only: the
day of each comment is read at answer time too (index.statements.local_days via index.post_stamps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import datelines

_USER = r"(?:@[\w.-]{1,39}\s+)?@?(?P<user>[A-Za-z0-9][\w.-]{0,38}?)(?:\s*\[bot\]|\s+bot)?"
# a badge a header carries after its date ("• edited", "Member", "Author", "Contributor")
BADGE = r"(?:Member|Author|Contributor|Collaborator|Owner|Maintainer|Developer|Reporter|First-time contributor|Bot|Staff)"
_TAIL = rf"(?:\s*[•·]\s*|\s+)?(?:edited(?:\s+by\s+\S+)?)?(?:\s*[•·]?\s*{BADGE})*\s*[•·]?\s*"
_WHEN = r"(?:on\s+)?(?P<date>[^•·\n]{3,40}?)"
# "ann-k commented on Mar 3, 2026 • edited", "Ann Korr @ann-k commented 3 days ago"
_COMMENTED = re.compile(rf"^(?:(?P<display>[^@\n]{{2,60}}?)\s+(?=@))?{_USER}\s+commented\s+{_WHEN}{_TAIL}$")
# "Ann Korr @ann-k · Mar 3, 2026 · Maintainer" (a display name, the handle, the day)
_DOTTED = re.compile(rf"^(?P<display>[^@\n·•]{{2,60}}?)\s+@(?P<user>[\w.-]{{1,39}})\s*[·•]\s*{_WHEN}{_TAIL}$")
# "ann-k opened this issue on Mar 3, 2026 · 6 comments", "ann-k opened on Mar 3, 2026"
_OPENED = re.compile(rf"^{_USER}\s+opened\s+(?:this\s+(?:issue|pull\s+request)\s+)?{_WHEN}(?:\s*[·•]\s*\d+\s+comments?)?{_TAIL}$")
# a timeline event line: "bo-r added the bug label on Mar 5", "bo-r bo-r closed this as completed in #1490"
_EVENT = re.compile(r"^(?:[^@\n]{2,60}?\s+(?=@))?(?:@?[A-Za-z0-9][\w.-]{0,38}\s+){1,2}(?:added|removed|closed|reopened|mentioned|referenced|"
                    r"self-assigned|assigned|unassigned|linked|changed|locked|unlocked|pinned|unpinned|transferred|"
                    r"marked|merged|requested|approved|deleted|pushed|converted|labeled|labelled|committed|"
                    r"dismissed|moved|hid|unsubscribed|subscribed|restored|renamed)\b(?:[^.!?]|[.!]\w)*$")
# what an event acts on: a label, the issue itself, a linked item, a commit ("I added a note" is a comment's)
_EVENT_OBJECT = re.compile(r"\b(?:this|labels?|commits?|milestone|project|pull request|issue|title|review|"
                           r"branch|assigned|merge request|as (?:completed|not planned|duplicate|resolved))\b|[#!]\d+", re.I)
_PRONOUN = re.compile(r"(?:I|We|You|It|They|He|She|This|That)\s")
_REFERENCED = re.compile(r"^This was referenced\b|^This issue was\b|^This (?:pull request|PR) (?:was|is)\b", re.I)
# the sidebar's and the footer's labels, on lines of their own: where the last comment ends
SIDEBAR = frozenset({"assignees", "labels", "projects", "milestone", "development", "participants", "reviewers",
                     "linked pull requests", "notifications", "footer", "footer navigation", "metadata", "lock conversation",
                     "pin issue", "transfer issue", "delete issue", "subscribe", "unsubscribe"})
_JOIN = re.compile(r"^(?:sign up for free to join this conversation|already have an account\?|to join this conversation|"
                   r"please (?:register or )?sign in to (?:reply|comment))", re.I)
# a line that is no one's words inside a comment: a badge, "edited", a profile link, reaction counts
_NOBODYS = re.compile(rf"^(?:{BADGE}|edited(?:\s+[^.!?]{{0,60}})?|@[\w.-]+|(?:[^\w\s]{{1,3}}\s*\d+\s*)+|\d+|…|\.\.\.|quote reply|copy link|"
                      r"hide details|show details|reply\.*|reference in new issue|report content)$", re.I)
_SENTENCE_END = re.compile(r"[.!?:]\W*$")
_RELATIVE = re.compile(r"\b(?:ago|yesterday|today|last\s+\w+|now)\b", re.I)
_RELATIVE_WHOLE = re.compile(r"(?:an?|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday|today|"
                             r"last\s+(?:week|month|year)|just\s+now|now", re.I)
MIN_COMMENTS = 2


@dataclass(frozen=True)
class Comment:
    start: int  # the header line's first character
    body: int  # the first character after the header line
    end: int  # the comment's end: the next header, timeline line or sidebar label
    user: str  # the account name as the header writes it
    display: str | None  # a display name written before "@user" (GitLab)
    date_at: tuple[int, int] | None  # the header's date, in text offsets (none for "3 days ago")
    day: date | None


def head(line: str):
    """(user, display, date span in the line, opener?) of a comment's header line, else None."""
    text = line.strip()
    if len(text) > 140:
        return None
    for pattern, opener in ((_COMMENTED, False), (_DOTTED, False), (_OPENED, True)):
        m = pattern.match(text)
        if m is None:
            continue
        shift = len(line) - len(line.lstrip())
        a, b = m.start("date") + shift, m.end("date") + shift
        phrase = line[a:b]
        if not (datelines.full_date(phrase) or _RELATIVE_WHOLE.fullmatch(phrase.strip())
                or re.fullmatch(r"\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{1,2}:\d\d.*)?\s*", phrase)):
            return None  # "bo commented on the draft yesterday.": no header
        display = m.groupdict().get("display")
        return m.group("user"), (display.strip() if display else None), (a, b), opener
    return None


def comments(text: str) -> list[Comment]:
    """The page's comments in text order; [] unless it holds two comment headers or more. An opener
    line whose user's own comment header follows before any sentence is the page's title block."""
    if "commented" not in text and "@" not in text:
        return []  # (no comment header can match: most pages, read at every ingest by three readers)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    heads = []  # (line index, user, display, date span, opener)
    for k, (start, line) in enumerate(lines):
        got = head(line)
        if got is not None:
            heads.append((k, *got))
    if sum(1 for h in heads if not h[4]) < MIN_COMMENTS:
        return []
    kept = []
    for n, h in enumerate(heads):
        nxt = heads[n + 1] if n + 1 < len(heads) else None
        if h[4] and nxt is not None and nxt[1] == h[1] and not any(
                _SENTENCE_END.search(ln) for _, ln in lines[h[0] + 1:nxt[0]] if not stop(ln)):
            continue
        if h[4] and nxt is not None and nxt[4]:
            continue  # the opener line repeated in a title bar
        kept.append(h)
    year = _page_year(text, [lines[h[0]][1][h[3][0]:h[3][1]] for h in heads])
    out = []
    for n, (k, user, display, (a, b), _) in enumerate(kept):
        until = kept[n + 1][0] if n + 1 < len(kept) else len(lines)
        end_line = next((j for j in range(k + 1, until) if stop(lines[j][1])), until)
        end = lines[end_line][0] if end_line < len(lines) else len(text)
        start = lines[k][0]
        phrase = text[start + a:start + b]
        day = None if _RELATIVE.search(phrase) else datelines.full_date(phrase)
        if day is None and year and _YEARLESS.fullmatch(phrase.strip()):  # "Mar 4": this year's, the host omits it
            day = datelines.full_date(f"{phrase.strip()}, {year}")
        out.append(Comment(start, start + len(lines[k][1]) + 1, max(end, start + len(lines[k][1])), user, display,
                           (start + a, start + b), day))
    return out


_YEARLESS = re.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?")


def _page_year(text: str, phrases: list[str]) -> int | None:
    """The year a header's "Mar 4" is in: the latest a header writes in full, else the footer's
    "© 2026" (a host leaves the current year out of its dates)."""
    years = [d.year for p in phrases if (d := datelines.full_date(p))]
    if years:
        return max(years)
    m = re.search(r"(?:©|\(c\)|copyright)\s*((?:19|20)\d\d)\b", text[-3_000:], re.I)
    return int(m.group(1)) if m else None


def stop(line: str) -> bool:
    """Does this line end a comment: a timeline event, a sidebar or footer label, the sign-up prompt?"""
    text = line.strip()
    if not text:
        return False
    event = _EVENT.match(text) and _EVENT_OBJECT.search(text) and not _PRONOUN.match(text)
    return bool(event or _REFERENCED.match(text) or _JOIN.match(text)) or text.lower() in SIDEBAR


def nobodys(line: str) -> bool:
    """A line inside a comment that is no one's words: a badge, "edited", a profile link, reactions."""
    return bool(_NOBODYS.match(line.strip()))


# a comment's line that is its words, however it ends ("Same here for X. Our app uses it too. +1",
# "Version: fooq 1.8.2, Node 20"): two sentences in it, or six words and more
_WORDED = re.compile(r"[.!?]\s+[A-Z0-9]")
_WORDED_MIN = 6


def comment_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of comments' text that a page's layout would take for headings (no
    final stop: "... too. +1", a labelled "Version: ..." line): a comment's line is never a heading
    of the page. Badge, reaction, timeline and quoted lines are not among them."""
    out = []
    for c in comments(text):
        pos = c.body
        for line in text[c.body:c.end].split("\n"):
            at, pos = pos, pos + len(line) + 1
            body = line.strip()
            if not body or body.startswith(">") or nobodys(body) or stop(body) or head(line) is not None:
                continue
            if _WORDED.search(body) or len(body.split()) >= _WORDED_MIN:
                out.append((at, at + len(line)))
    return out


_NUMBERED_TITLE = re.compile(r"^(?P<title>\S.{6,200}?)\s+[#!]\d+$")
_STATE = re.compile(r"^(?:open|opened|closed|merged|draft|locked|[#!]\d+|\d+\s+comments?)$", re.I)
_CREATED = re.compile(r"^(?:issue|merge request|pull request)\s+(?:created|opened)\b.{0,80}\bby\b", re.I)


def page_title(text: str) -> str | None:
    """The issue's title on a code host's page ("Sync stalls after wake #1482" over "Closed" and the
    opener line; GitLab's title under "Issue created 2 weeks ago by Ann Korr"), else None: the page's
    first lines are the host's chrome, never its title."""
    if not comments(text):
        return None
    lines = [ln.strip() for ln in text[:20_000].split("\n")]
    for k, line in enumerate(lines):
        got = head(line)
        if got is not None and got[3]:  # the opener line: the title stands just above it
            near = [ln for ln in lines[max(0, k - 6):k] if ln]
            numbered = [m.group("title") for ln in near if (m := _NUMBERED_TITLE.match(ln))]
            if numbered:
                return numbered[-1]
            plain = [ln for ln in near if not _STATE.match(ln) and len(ln.split()) >= 3 and not _SENTENCE_END.search(ln)]
            return plain[-1] if plain else None
        if _CREATED.match(line):
            after = [ln for ln in lines[k + 1:k + 4] if ln and not _STATE.match(ln)]
            return after[0] if after and len(after[0].split()) >= 3 else None
        if got is not None:
            break  # a comment's header before any opener line: no title block
    return None
