"""Parliamentary written questions and answers: blocks of labelled lines, no speech verb at all.

A block reads "Asked by NAME (Party, Seat)", the question ("To ask the Secretary of State ..."),
"Answered by NAME, Minister for ...", and the answer's paragraphs; "tabled on DATE" and
"Answered on DATE" lines date the question and the answer. The answer's sentences are the
answering minister's (act "answered"), the question the asking member's (act "asked"); each is
dated on its block's day, whatever the page's own date. A page without an "Answered by" line and
an "Asked by" line is none of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from index import datelines
from index.models import Article, Span, Statement
from index.statements.attribution import Raw
from index.statements.cast import add_roles
from index.statements.nlp import worded_sentences
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_NAME = r"(?P<name>[^\W\d_][\w.'’ -]{1,60}?)"
_ASKED = re.compile(rf"^\s*asked by\s+{_NAME}\s*(?:\((?P<detail>[^()]*)\))?\s*\.?\s*$", re.I)
_ANSWERED = re.compile(rf"^\s*answered by\s+{_NAME}\s*(?:[,(]\s*(?P<role>[^()]{{2,80}}?)\)?)?\s*\.?\s*$", re.I)
_ANSWERED_ON = re.compile(r"^\s*answered on\s+(?P<date>.{6,40}?)\s*\.?\s*$", re.I)
_TABLED = re.compile(r"\btabled on\s+(?P<date>[^,;]{6,40}?)\s*[.;,]?\s*$", re.I)


@dataclass
class Answers:
    raws: list[Raw] = field(default_factory=list)
    days: dict[int, tuple[str, date]] = field(default_factory=dict)  # id(raw) -> (phrase, day)


@dataclass
class _Line:
    pos: int
    kind: str  # "asked" | "answered" | "answered_on" | "tabled"
    text: str
    match: re.Match


def read(article: Article, docs, bases: list[int], ctx) -> Answers | None:
    """The page's questions and answers, or None when it is no written-answers page."""
    lines = _labels(article.text)
    if not any(ln.kind == "answered" for ln in lines) or not any(ln.kind == "asked" for ln in lines):
        return None
    out = Answers()
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        before = [ln for ln in lines if ln.pos <= span.start]
        if not before or any(ln.pos == span.start for ln in lines):
            continue  # above the first block, or a label line itself
        block = _block(lines, span.start)
        last = before[-1] if before[-1].kind in ("asked", "answered") else \
            next((ln for ln in reversed(before) if ln.kind in ("asked", "answered")), None)
        if last is None:
            continue
        who = _speaker(last, ctx)
        if who is None:
            continue
        day_line = next((ln for ln in block if ln.kind == ("answered_on" if last.kind == "answered" else "tabled")), None)
        day = _day(day_line)
        for k, a, b in worded_sentences(doc):
            raw = Raw(speaker=who, act="answered" if last.kind == "answered" else "asked",
                      content=Span(span.start + a, span.start + b), quote_type="direct",
                      span=Span(span.start + a, span.start + b), sentence=base + k, paragraph=pi)
            out.raws.append(raw)
            if day:
                out.days[id(raw)] = day
    return out if out.raws else None


def merge(raws: list[Raw], answers: Answers) -> list[Raw]:
    """The article's statements with the answers': the answer's first person ("I would be happy to
    meet") is the minister's alone; a body the answer cites ("the Agency estimates") keeps its own."""
    mine = {r.paragraph for r in answers.raws}
    kept = [r for r in raws if not (r.paragraph in mine and (r.speaker.as_written.lower() in ("i", "we")
                                                              or r.speaker.name in {a.speaker.name for a in answers.raws}))]
    return sorted([*kept, *answers.raws], key=lambda r: (r.span.start, r.span.end))


def dated(stmts: list[Statement], raws: list[Raw], answers: Answers) -> list[Statement]:
    """Each answer and question dated on its block's day."""
    return [replace(st, when_text=answers.days[id(r)][0], when_start=answers.days[id(r)][1], when_end=None,
                    date_basis="context") if id(r) in answers.days else st
            for st, r in zip(stmts, raws)]


def _labels(text: str) -> list[_Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = fold(m.group(0)).strip(" *_#")
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" *_#"))
        for kind, pattern in (("asked", _ASKED), ("answered", _ANSWERED), ("answered_on", _ANSWERED_ON), ("tabled", _TABLED)):
            got = pattern.search(line) if kind == "tabled" else pattern.match(line)
            if got and (kind != "tabled" or len(line.split()) <= 10):
                out.append(_Line(start, kind, line, got))
                break
    return out


def _block(lines: list[_Line], pos: int) -> list[_Line]:
    """The labelled lines of the block holding `pos`: from its "Asked by" line (or the "tabled"
    line just above it) to the next block's."""
    asks = [i for i, ln in enumerate(lines) if ln.kind == "asked"]
    start = max((i for i in asks if lines[i].pos <= pos), default=0)
    while start > 0 and lines[start - 1].kind == "tabled":
        start -= 1
    end = next((i for i in asks if i > start and lines[i].pos > pos), len(lines))
    while end < len(lines) and end > start + 1 and lines[end - 1].kind == "tabled":
        end -= 1  # the next block's "tabled" line above its "Asked by"
    return lines[start:end]


def _day(line: _Line | None) -> tuple[str, date] | None:
    if line is None:
        return None
    phrase = line.match.group("date")
    day = datelines.full_date(phrase)
    return (phrase, day) if day else None


def _speaker(line: _Line, ctx) -> Speaker | None:
    words = clean_name(line.match.group("name").split())
    if not words or len(words) > 5:
        return None
    person = ctx.cast.person(words)
    if person is None:
        return None
    role = line.match.groupdict().get("role") or ""
    if role:
        add_roles(person, [w.lower() for w in role.split()])
    return Speaker(name=person.name, as_written=line.match.group("name").strip(), person=person)
