"""Labelled comment blocks: a planning portal's or a consultation's public comments page.

Such a page prints one block per comment, the blocks parted by rules ("---", "* * *") or blank
lines, each with its author on a header line (a person, "Mr Ann Roe", with an address line under
it; a consultee body, "Highways Authority", under a "Consultee comment" line) or in a field
("Name: Ann Roe", "Submitted by: ..."), a submitted-date field ("Comment submitted date: Tue 04
Mar 2025", "Date received: 4 March 2025") and the comment's text, under a "Comment:" field or
below the fields. A block with no author line but a sign-off at its foot ("Signed: Ann Roe,
Director") is its signer's. Every sentence of the text is the author's, said on the block's own
date, whatever dates the text names ("at its meeting on 18 February"); a sentence naming another
person as its speaker stays that person's. The page's own fields (Reference, Proposal, Applicant,
Case officer ...) are no comment. A page counts as a comments page when two blocks or more carry a
submitted date and an author. Linear in the page's lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index import datelines
from index.models import Article, Span
from index.sign_off import _name
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_RULE = re.compile(r"^\s*(?:[-_=*~]\s*){3,}$")
# "Comment submitted date:", "Date received:", "Submitted on:", "Posted:"
_DATE_FIELD = re.compile(r"^(?P<label>[A-Z][\w '’/-]{0,40}?\b(?:date|submitted|received|posted|sent)\b[\w '’/-]{0,20}):\s*(?P<value>.+)$",
                         re.I)
_FIELD = re.compile(r"^(?P<label>[A-Z][\w '’()/-]{1,40}):\s*(?P<value>.*)$")
_TEXT_FIELD = re.compile(r"^(?i:comments?|response|representation|submission|your comments?|comment text|text|message)$")
_AUTHOR_FIELD = re.compile(r"^(?i:name|commenter(?: name)?|respondent|submitted by|from|author|consultee|organisation|organization)$")
_KIND_LINE = re.compile(r"\b(?i:comments?|consultee|response|representation|submission|objection|letter)\b")
_SIGN_OFF = re.compile(r"(?:^|[.!?]\s+)(?:Signed|Officer|Signed by|Signed on behalf of [^:]{1,60})\s*:\s*"
                       r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\b[^.\n]{0,60}$")
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


@dataclass(frozen=True)
class Block:
    text: tuple[int, int]  # the comment's text, in article offsets
    author: str
    day: object
    day_text: str


def blocks(article: Article) -> list[Block]:
    """The page's comment blocks, or [] when it is no comments page."""
    text = fold(article.text)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    ruled = sum(1 for _, ln in lines if _RULE.match(ln)) >= 2
    groups, cur = [], []
    for start, line in lines:
        stripped = line.strip()
        cut = _RULE.match(line) if ruled else (not stripped)
        if cut:
            if cur:
                groups.append(cur)
            cur = []
            continue
        if stripped:
            cur.append((start + line.index(stripped[0]), stripped))
    if cur:
        groups.append(cur)
    out = [b for g in groups if (b := _block(g)) is not None]
    return out if len(out) >= 2 else []


def _block(lines: list[tuple[int, str]]) -> Block | None:
    day, day_text, author, text_at, fields_end = None, "", None, None, None
    heads: list[str] = []
    for k, (start, line) in enumerate(lines):
        field = _FIELD.match(line)
        dated = _DATE_FIELD.match(line)
        if dated and day is None and (d := datelines.full_date(dated.group("value"))):
            day, day_text, fields_end = d, dated.group("value").strip(), k
            continue
        if field and len(field.group("label").split()) <= 5:
            label = field.group("label").strip()
            if _TEXT_FIELD.match(label) and field.group("value").strip():
                text_at = start + field.start("value")
                break
            if _AUTHOR_FIELD.match(label) and author is None:
                author = _author(field.group("value"))
            fields_end = k
            continue
        if fields_end is None and text_at is None and len(line.split()) <= 10 and not re.search(r"[.!?]$", line):
            heads.append(line)  # a header line: the author, an address, the block's kind
            if author is None and day is None and (m := re.search(r"\(([^()]*\d{4})\)\s*$", line)) \
                    and (d := datelines.full_date(m.group(1))):  # "Agent's response (uploaded ..., Mon 10 Mar 2025)"
                day, day_text = d, m.group(1).strip()
            continue
        if text_at is None and (fields_end is not None or heads):
            text_at = start
            break
    if day is None or text_at is None:
        return None
    end = lines[-1][0] + len(lines[-1][1])
    if author is None:
        author = next((a for h in heads if not _KIND_LINE.search(h) and (a := _author(h))), None)
    if author is None:
        sign = _SIGN_OFF.search(lines[-1][1])
        author = _author(sign.group("name")) if sign else None
    if author is None:
        return None
    return Block((text_at, end), author, day, day_text)


def _author(value: str) -> str | None:
    """A person's name without their title ("Mr Ann Roe" -> "Ann Roe"), or a body's name as written."""
    value = value.strip().rstrip(".")
    value = re.sub(r"\s+(?:[A-Z]{2,6})$", "", value) if len(value.split()) > 2 else value  # "Ann Roe MRTPI"
    if person := _name(value):
        return person
    words = value.split()
    if 1 <= len(words) <= 8 and words[0][:1].isupper() and sum(w[:1].isupper() for w in words) * 2 >= len(words) \
            and not re.search(r"\d", value):
        return value
    return None


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each comment's sentences as its author's, dated by its block."""
    found = blocks(article)
    if not found:
        return []
    starts = [b.text[0] for b in found]
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for si, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            k = bisect.bisect_right(starts, b - 1) - 1
            if k < 0:
                continue
            block = found[k]
            a, b = max(a, block.text[0]), min(b, block.text[1])
            words = article.text[a:b]
            if b - a < 8 or not re.search(r"[^\W\d_]{3}", words) or _signs(words):
                continue
            a += len(words) - len(words.lstrip())
            b = a + len(article.text[a:b].rstrip())
            raw = Raw(speaker=_speaker(block.author, ctx), act="wrote", content=Span(a, b), quote_type="direct",
                      span=Span(a, b), sentence=bases[pi] + si, paragraph=pi)
            raw.stamped = (block.day_text, block.day)
            out.append(raw)
    return out


def merge(raws: list[Raw], commented: list[Raw], article: Article) -> list[Raw]:
    """The page's statements with the blocks': inside a comment, a sentence another named person is
    said to have said stays theirs; the comment's first person, and a body or role the comment
    reports ("the Parish Council notes", "the applicant confirms"), are its author's."""
    if not commented:
        return raws
    spans = sorted(b.text for b in blocks(article))
    starts = [a for a, _ in spans]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    kept = [r for r in raws if not inside(r.content.start)
            or (r.speaker.person is not None and r.quote_type != "indirect"
                and fold(r.speaker.as_written).lower() not in _FIRST_PERSON)]
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in commented if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


def _signs(words: str) -> bool:
    """"Signed: Ann Roe, Director", "Mrs A Roe, Clerk to the Council": the comment's foot, no statement."""
    words = words.strip().rstrip(".")
    if _SIGN_OFF.fullmatch(words):
        return True
    return len(words.split()) <= 8 and "," in words and _name(words.split(",")[0]) is not None


def _speaker(name: str, ctx) -> Speaker:
    known = ctx.cast.known(name)
    return Speaker(name=known.name, as_written=name, person=known) if known else Speaker(name=name, as_written=name)
