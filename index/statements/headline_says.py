"""A headline or deck that credits its words: "Operators say holiday rush lost", "Union warns of
strike", '"We are cut off," say mothers', "Path stays shut as report warns of second fall".

The page's lines above its first paragraph are no sentences of the story, so no other reader
reads them; yet such a line is a statement of the one it names, made public on the page's day.
The one named is a person the story names ("Roe says ..."), a body it names by that word ("Union"
for the "Harbour Workers' Union" below), else the line's own words ("mothers", "report").
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

# present-tense verbs a headline credits with ("says", "warn"), a kind of word, not a story's
# (the bare forms only of verbs that are no nouns: "Minister rejects claim that ..." credits no "claim")
_VERBS = r"says?|warns?|claims|insists?|admits|vows?|urges?|tells|denies|deny|fears|demands|accuses|pledges|hits out"
# "Who says what" (the credit up to four words at the line's start, or after "as": "X as report warns of Y")
_LEADS = re.compile(rf"^(?:(?P<before>.+?)\s+as\s+)?(?P<who>(?:[Tt]he\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){{0,3}}?)\s+(?P<verb>{_VERBS})\s+(?P<what>\S.{{4,}})$")
# '"What," says who' / "What, say who": the credit after the words
_TRAILS = re.compile(rf"^(?P<what>\S.{{4,}}?)[,\"”’']*\s*[,]?\s+(?P<verb>{_VERBS})\s+(?P<who>(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){{0,3}})$")


def read(article: Article, docs, ctx) -> list[Raw]:
    """The statements of the headline and deck lines above the story's first paragraph."""
    if not docs or article.published is None:
        return []
    first = docs[0][0].start
    out: list[Raw] = []
    for head in article.subheadings:
        if head.start >= first:
            break
        line = fold(article.text[head.start:head.end]).strip()
        got = _credit(line)
        if got is None:
            continue
        who, (a, b) = got
        speaker = _speaker(who, ctx)
        if speaker is None:
            continue
        raw = Raw(speaker=speaker, act="said", content=Span(head.start + a, head.start + b), quote_type="indirect",
                  span=Span(head.start, head.end), sentence=0, paragraph=0)
        raw.stamped = (None, article.published, "publication")  # the page's day: it made the words public
        out.append(raw)
    return out


def _credit(line: str) -> tuple[str, tuple[int, int]] | None:
    """(the credited words' one, the span of what they say) of a headline line, or None."""
    if not 3 <= len(line.split()) <= 16 or line.endswith((".", "?", ":")):
        return None
    m = _LEADS.match(line)
    if m is not None and (m.group("before") or _capitalised(m.group("who"))):
        return m.group("who"), (m.start("who") if m.group("before") else 0, len(line))
    m = _TRAILS.match(line)
    if m is not None and (m.group("what")[:1] in "\"“'‘" or "," in line):
        return m.group("who"), (0, len(line))
    return None


def _capitalised(who: str) -> bool:
    """A headline's credit opens it with a capital: "Operators say ...", "Union warns ..."."""
    return who[:1].isupper() and not who.lower().startswith(("the ", "it ", "this ", "that "))


def _speaker(who: str, ctx) -> Speaker | None:
    words = who.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    phrase = " ".join(words)
    known = ctx.cast.known(phrase) if hasattr(ctx.cast, "known") else None
    if known is not None:
        return Speaker(name=known.name, as_written=phrase, person=known)
    head = words[-1].lower().rstrip("'’")
    body = ctx.bodies.get(head) or ctx.bodies.get(head.removesuffix("s")) or ctx.bodies.get(head + "'")
    if body is not None:
        return Speaker(name=body, as_written=phrase)
    if words[0][:1].isupper() and len(words) > 1:
        return None  # a name the story does not know: a headline's pun, not a speaker
    return Speaker(name=phrase, as_written=phrase, generic=True)
