"""A map listing's reviews page pasted as text (a maps app's, a travel or booking site's).

Each review prints its reviewer's name on a line, often a line of the reviewer's stats under it
("Local Guide · 41 reviews · 102 photos"), then a line of star characters or a rating with how long
ago it was written ("★★★★☆ 3 weeks ago", "Rated 4 out of 5 · a month ago"), the review's text and a
like/share line. Under some reviews the business answers in a block headed "Response from the owner
2 weeks ago", its text signed at the foot after a dash ("— Kit & Wendeline", "- Ilsabet") or not at all.
A review's sentences are its reviewer's; a reply's are its signer's, else "the owner"'s. The ages
count back from whoever views the page, which gives no day, so nothing here is dated. Words a
review relays from someone else ('the waiter told us "..."', 'Tom says "..."') stay that speaker's.
A page is a reviews page when two star lines carry an age, or one does with an owner's reply.
Linear in the page's lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_UNIT = r"(?:minutes?|hours?|days?|weeks?|months?|years?|mins?|hrs?|wks?|mos?|yrs?|[hdwmy])"
_AGE = rf"(?:(?:\d+|an?|one)\s*{_UNIT}\s+ago|just now|yesterday|today|(?:Edited|Visited)\b[^\n]{{0,30}})"
# "★★★★☆ 3 weeks ago", "5/5 · a month ago", "Rated 4 out of 5 · 2 weeks ago", "4.0 ★ 3 days ago"
_STARS = re.compile(rf"^\s*(?:[★☆✩✭⭐]{{1,5}}|\d(?:\.\d)?\s*(?:/\s*5|★|stars?|out of 5)|Rated\s+\d(?:\.\d)?\s*(?:/\s*5|out of 5)?)"
                    rf"[\s·•|,-]*(?P<age>{_AGE})?\s*(?:[·•|,-]\s*[^\n]{{0,30}})?$", re.I)
_STATS = re.compile(r"(?i)\b(?:local guide|\d[\d,]*\s+(?:reviews?|photos?|ratings?|contributions?)|level\s+\d+)\b")
_REPLY = re.compile(r"^\s*(?i:(?:response|reply)\s+from\s+(?:the\s+)?(?:owner|business|management|host|property|manager)"
                    r"|(?:response|reply)\s+from\s+[^\n]{1,60}\((?:owner|manager|management|host)\)"
                    r"|owner(?:'s)?\s+(?:response|reply)|management\s+response)(?:\W[^\n]{0,40})?$")
# "Food: 5/5 | Service: 4/5", "Dine in | Lunch | £10–20": the site's fields under a review, no words of it
_FIELDS = re.compile(r"^[^\n|]{1,30}\|[^\n]*$|^(?:[A-Z][\w ]{1,25}:\s*[£$€¥₹]?\d[\d/–.,-]*\s*)+$")
# a signature on a line of its own: "Ilsabet", "Kit & Wendeline", "— The Quillon family"
_SIGN_LINE = re.compile(r"^[—–-]?\s*[A-Z][\w'’.-]*(?:\s+(?:&|and|[A-Z][\w'’.-]*)){0,4}$")
_FOOT = re.compile(r"(?i)^\s*(?:\d+\s+)?(?:like|likes|helpful|share|report|thumbs up)\b(?:[\s·•|]*(?:\d+\s+)?(?:like|likes|share|helpful|report))*\s*$")
_NAME_LINE = re.compile(r"^[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}$")
# "... minutes. — Tobin & Aurelie", "- Ilsabet", "— The Quillon family": a reply signed at its foot
_SIGN = re.compile(r"(?:^|(?<=[.!?)\"”])\s*|\s+)[—–-]+\s*(?P<name>[A-Z][\w'’.-]*(?:\s+(?:&|and|[A-Z][\w'’.-]*))*(?:\s+[A-Z][\w'’.-]*)?"
                   r"(?:,\s*[\w'’ ]{2,30})?)\s*$")
# 'the waiter told us "..."', 'Ana says "..."': someone else's words inside a review
_RELAYED = re.compile(r"(?P<who>\b(?:the|our|a|an|one|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
                      r"\s+(?:told|assured|informed|warned|promised|said\s+to|says\s+to|explained\s+to)\s+(?:us|me|them|him|her)\b[^\"\n]{0,30}?[,:]?\s*\""
                      r"(?P<quote>[^\"\n]{8,})\""
                      r"|(?P<who2>\b(?:the|our)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|\b[A-Z][\w'’-]+)\s+(?:said|says|told us|tells us)\s*[,:]?\s*\"(?P<quote2>[^\"\n]{8,})\"")
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "you"}


@dataclass(frozen=True)
class Part:
    start: int  # the text's first character, in article offsets
    end: int
    author: str
    reply: bool  # an owner's reply, not a review


@lru_cache(maxsize=64)
def parts(text: str) -> tuple[Part, ...]:
    """The page's reviews and replies, in order, or () when it is no reviews page."""
    folded = fold(text)
    lines, pos = [], 0
    for line in folded.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    stars = [k for k, (_, ln) in enumerate(lines) if len(ln) < 80 and _STARS.match(ln)]
    aged = [k for k in stars if _STARS.match(lines[k][1]).group("age")]
    replies = [k for k, (_, ln) in enumerate(lines) if _REPLY.match(ln)]
    if not (len(aged) >= 2 or (aged and replies)):
        return ()
    heads = {}  # a review's first header line -> (its stars line, reviewer)
    for k in stars:
        j, name = k - 1, None
        while j >= 0 and k - j <= 3:
            ln = lines[j][1].strip()
            if ln and _STATS.search(ln) and len(ln) < 80:
                j -= 1
                continue
            if ln and _NAME_LINE.match(ln) and not _FOOT.match(ln):
                name = ln
            break
        if name:
            heads[j] = (k, name)
    starts = sorted([*heads, *replies])
    out: list[Part] = []
    for n, k in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        if k in heads:
            first, author, reply = heads[k][0] + 1, heads[k][1], False
        else:
            first, author, reply = k + 1, "the owner", True
        body = [(p, ln) for p, ln in lines[first:stop] if ln.strip() and not _FOOT.match(ln) and not _FIELDS.match(ln.strip())]
        if not body:
            continue
        a = body[0][0] + len(body[0][1]) - len(body[0][1].lstrip())
        b = body[-1][0] + len(body[-1][1].rstrip())
        if reply:
            sign = _SIGN.search(folded, a, b)
            if sign and sign.start() > a and len(sign.group("name").split()) <= 6:
                author = sign.group("name").split(",")[0].strip()
                b = sign.start()
            elif len(body) > 1 and _SIGN_LINE.match(body[-1][1].strip()):
                author = body[-1][1].strip().lstrip("—–- ")  # the signature on a line of its own
                b = body[-2][0] + len(body[-2][1].rstrip())
        out.append(Part(a, b, author, reply))
    return tuple(out)


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each review's sentences as its reviewer's, each reply's as its signer's or the owner's; no day."""
    found = parts(article.text)
    if not found:
        return []
    starts = [p.start for p in found]
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for si, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            # (by its last character: the parser may run a part's first sentence on from the header lines)
            k = bisect.bisect_right(starts, b - 1) - 1
            if k < 0 or a >= found[k].end:
                continue
            a, b = max(a, found[k].start), min(b, found[k].end)
            words = article.text[a:b]
            if b - a < 8 or not re.search(r"[^\W\d_]{3}", words):
                continue
            a += len(words) - len(words.lstrip())
            b = a + len(article.text[a:b].rstrip())
            who = _speaker(found[k], ctx)
            relayed = _RELAYED.search(fold(article.text[a:b]))
            if relayed and not found[k].reply:
                whom = relayed.group("who") or relayed.group("who2")
                qa, qb = relayed.span("quote") if relayed.group("quote") else relayed.span("quote2")
                if fold(whom).split()[0].lower() not in _FIRST_PERSON:
                    rel = Raw(speaker=_named(whom, ctx), act="said", content=Span(a + qa, a + qb), quote_type="direct",
                              span=Span(a, b), sentence=bases[pi] + si, paragraph=pi)
                    rel.stamped = (None, None)
                    out.append(rel)
                    own = re.sub(r"(?:[\s,;:—–-]+(?:and|but|so|when|as))?[\s,;:—–-]*$", "", article.text[a:a + relayed.start()])
                    if len(own.split()) < 4:
                        continue
                    b = a + len(own)  # the reviewer's own words before the relayed ones
            raw = Raw(speaker=who, act="wrote", content=Span(a, b), quote_type="direct",
                      span=Span(a, b), sentence=bases[pi] + si, paragraph=pi)
            raw.stamped = (None, None)  # "3 weeks ago": counted back from whoever views the page
            out.append(raw)
    return out


def merge(raws: list[Raw], reviewed: list[Raw], article: Article) -> list[Raw]:
    """The page's own reading replaces the parser's inside reviews and replies (their "I", "we" and
    pronouns are the part's author's); a named person's quoted words the parser found there stay."""
    if not reviewed:
        return raws
    found = parts(article.text)
    starts = [p.start for p in found]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < found[k].end

    def named_there(r: Raw) -> bool:  # 'Ana Roe, the manager, told us "..."' names its speaker in the sentence
        k = bisect.bisect_right(starts, r.content.start) - 1
        written = fold(r.speaker.as_written).strip()
        return (r.quote_type != "indirect" and written.lower() not in _FIRST_PERSON and written[:1].isupper() and " " in written
                and written in fold(article.text[r.span.start:r.span.end]) and written != found[k].author)

    kept = [r for r in raws if not inside(r.content.start) or named_there(r)]
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in reviewed if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


def _speaker(part: Part, ctx) -> Speaker:
    if part.author == "the owner":
        return Speaker(name="the owner", as_written="the owner", generic=True)
    if part.reply:  # "- Ilsabet" signs as the owner, never as a reviewer Ilsabet Roe the page also names
        return Speaker(name=part.author, as_written=part.author)
    return _named(part.author, ctx)


def _named(name: str, ctx) -> Speaker:
    if name[:1].islower():
        return Speaker(name=name, as_written=name, generic=True)
    known = ctx.cast.known(name) if "&" not in name else None
    return Speaker(name=known.name, as_written=name, person=known) if known else Speaker(name=name, as_written=name)
