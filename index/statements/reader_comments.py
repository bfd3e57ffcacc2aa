"""Readers' comments under a blog or newsletter post (Substack, Ghost, Medium, Blogger, WordPress).

The post ends with its comments, each under a header line that names the commenter and how long ago
they wrote, relative to whoever views the page ("**Ann Roe** · 2d", "Ann Roe · 3 hours ago",
"Ann Roe | 1 wk"), often after a "23 Comments" line. A comment's sentences are its commenter's, not
the post's writer's nor anyone the post interviews; an age counted back from the viewer gives no day,
so they are undated. A sentence in a comment that names another speaker as saying something ("X said
...") stays that speaker's. Linear in the post's lines.
"""

from __future__ import annotations

import bisect
import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_NAME = r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})"
_UNIT = r"(?:s|secs?|m|mins?|h|hrs?|d|days?|w|wks?|mo|mos|y|yrs?|seconds?|minutes?|hours?|weeks?|months?|years?)"
_AGE = rf"(?:\d+\s*{_UNIT}(?:\s+ago)?|(?:an?|one)\s+{_UNIT}\s+ago|just now|yesterday)"
_HEADER = re.compile(rf"^[*_]*{_NAME}[*_]*\s*[·•|–—-]\s*{_AGE}\s*(?:\((?:edited)\))?\s*$", re.I)
# "23 Comments", "Comments", "3 Responses", "Discussion about this post"
_SECTION = re.compile(r"^[*_#\s]*(?:\d+\s+)?(?:comments?|responses?|replies|discussion(?: about this post)?)[*_\s]*$", re.I)
_RULE = re.compile(r"^\s*(?:[-_=*~]\s*){3,}$")
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def comments(text: str) -> list[tuple[str, int, int]]:
    """(commenter, start, end) of each comment's text, or [] when the page has no comments section."""
    found: list[list] = []
    cur, section, pos = None, False, 0
    for line in text.split("\n"):
        stripped = line.strip()
        m = _HEADER.match(fold(stripped)) if stripped and len(stripped) < 90 else None
        if m:
            cur = [m.group("name"), pos + len(line) + 1, pos + len(line) + 1]
            found.append(cur)
        elif _SECTION.match(stripped) or _RULE.match(stripped):
            section = section or bool(_SECTION.match(stripped))
            cur = None  # a rule or a section line ends the comment above it
        elif stripped and cur is not None:
            cur[2] = pos + len(line)  # the comment's text runs to here so far
        pos += len(line) + 1
    out = [(name, a, b) for name, a, b in found if b > a]
    return out if len(out) >= 2 or (out and section) else []


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each comment's sentences as its commenter's, with no day."""
    found = comments(article.text)
    if not found:
        return []
    starts = [a for _, a, _ in found]
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for si, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            k = bisect.bisect_right(starts, a) - 1
            if k < 0 or a >= found[k][2]:
                continue
            words = article.text[a:b]
            if b - a < 8 or not re.search(r"[^\W\d_]{3}", words):
                continue
            a += len(words) - len(words.lstrip())
            b = a + len(article.text[a:b].rstrip())
            name = found[k][0]
            known = ctx.cast.known(name)
            speaker = Speaker(name=known.name, as_written=name, person=known) if known else Speaker(name=name, as_written=name)
            raw = Raw(speaker=speaker, act="wrote", content=Span(a, b), quote_type="direct",
                      span=Span(a, b), sentence=bases[pi] + si, paragraph=pi)
            raw.stamped = (None, None)  # "2d": counted back from whoever views the page
            out.append(raw)
    return out


def merge(raws: list[Raw], commented: list[Raw], article: Article) -> list[Raw]:
    """The post's statements with the comments': inside a comment, a named person's quoted words stay
    theirs; everything else there (its "I", a pronoun the parser resolved into the post) is the commenter's."""
    if not commented:
        return raws
    spans = [(a, b) for _, a, b in comments(article.text)]
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    kept = [r for r in raws if not inside(r.content.start)
            or (r.speaker.person is not None and r.quote_type != "indirect" and fold(r.speaker.as_written).lower() not in _FIRST_PERSON
                and r.speaker.as_written[:1].isupper() and " " in r.speaker.as_written.strip())]
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in commented if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))
