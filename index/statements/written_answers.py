"""Parliamentary written questions and answers: blocks of labelled lines, no speech verb at all.

A block reads "Asked by NAME (Party, Seat)", the question ("To ask the Secretary of State ..."),
"Answered by NAME, Minister for ...", and the answer's paragraphs; "tabled on DATE" and
"Answered on DATE" lines date the question and the answer (the label forms: answer_labels). The
answer's sentences are the answering minister's (act "answered"), the question the asking
member's (act "asked"); each is dated on its block's day, whatever the page's own date. The
question's heading, its labels and an editorial note on the answer ("The answer was corrected on
...") are nobody's. A page without an answering minister's label and a question's is none of this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from index.models import Article, Span, Statement
from index.statements import answer_labels
from index.statements.answer_labels import Line
from index.statements.attribution import Raw
from index.statements.cast import add_roles
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker

# an editorial note on the answer, not the answer: "The answer was corrected on 13 May 2025: ..."
_NOTE = re.compile(r"^\W*(?:the|this) (?:original |earlier )?(?:answer|reply|response|question)s? (?:was|were|has been|is|had been) "
                   r"(?:corrected|amended|updated|revised|withdrawn|transferred|replaced|clarified)\b", re.I)
# a label that opens the paragraph it heads: "Answer: The Department ...", "Question: To ask ..."
_LEAD = re.compile(r"^\W*(?:question|answer|reply|response)(?: text)?\s*:\s*", re.I)
# the answer in the voice of the body the minister answers for: "The Government does not hold ...",
# "The Department has no plans ...": the minister's words
_OWN_BODY = re.compile(r"^(?:the|my|his|her|our|this)?\s*(?:(?:his|her) majesty's\s+)?(?:government|department|ministry|"
                       r"executive|administration|commission|office)$", re.I)
MAX_HEADING_WORDS = 12


@dataclass
class Answers:
    raws: list[Raw] = field(default_factory=list)
    days: dict[int, tuple[str, date]] = field(default_factory=dict)  # id(raw) -> (phrase, day)


def read(article: Article, docs, bases: list[int], ctx) -> Answers | None:
    """The page's questions and answers, or None when it is no written-answers page."""
    lines = answer_labels.labels(article.text)
    if not answer_labels.is_answers_page(article.text, lines):
        return None
    out = Answers()
    speakers: dict[int, Speaker | None] = {}
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        before = [ln for ln in lines if ln.pos <= span.start]
        if any(ln.pos == span.start for ln in lines):
            continue  # a label line itself
        last = next((ln for ln in reversed(before) if ln.kind in ("asked", "answered")), None)
        if last is None or _closed(lines, before, last) or _heading(doc.text) or _NOTE.match(doc.text):
            continue
        if last.pos not in speakers:
            speakers[last.pos] = _speaker(last, ctx)
        who = speakers[last.pos]
        if who is None:
            continue
        day = last.day or _block_day(lines, last)
        lead = _LEAD.match(doc.text)
        for k, a, b in worded_sentences(doc, lead.end() if lead else 0):
            if _NOTE.match(doc.text[a:b]):
                continue
            raw = Raw(speaker=who, act=last.kind, content=Span(span.start + a, span.start + b), quote_type="direct",
                      span=Span(span.start + a, span.start + b), sentence=base + k, paragraph=pi)
            out.raws.append(raw)
            if day:
                out.days[id(raw)] = day
    return out if out.raws else None


def merge(raws: list[Raw], answers: Answers) -> list[Raw]:
    """The article's statements with the answers': the answer's first person ("I would be happy to
    meet") and the body it answers for ("the Department has no plans") are the minister's alone; a
    body the answer cites ("the Agency estimates") keeps its own."""
    mine = {r.paragraph for r in answers.raws}
    names = {a.speaker.name for a in answers.raws}
    kept = [r for r in raws if not (r.paragraph in mine and (r.speaker.as_written.lower() in ("i", "we")
                                                             or _OWN_BODY.match(r.speaker.as_written.strip())
                                                             or r.speaker.name in names))]
    return sorted([*kept, *answers.raws], key=lambda r: (r.span.start, r.span.end))


def dated(stmts: list[Statement], raws: list[Raw], answers: Answers) -> list[Statement]:
    """Each answer and question dated on its block's day."""
    return [replace(st, when_text=answers.days[id(r)][0], when_start=answers.days[id(r)][1], when_end=None,
                    date_basis="context") if id(r) in answers.days else st
            for st, r in zip(stmts, raws)]


def _closed(lines: list[Line], before: list[Line], last: Line) -> bool:
    """Whether the block of `last` ended above the paragraph: the next block's day line came
    after the answer ("tabled on" above a next "Asked by")."""
    after = [ln for ln in before if ln.pos > last.pos]
    return last.kind == "answered" and any(ln.kind == "tabled" for ln in after)


def _heading(text: str) -> bool:
    """A short line that is no sentence: a question's heading ("Ferry Services: Subsidies"), the
    department it is for ("Question for Department for Transport")."""
    t = text.strip()
    return (len(t.split()) <= MAX_HEADING_WORDS and not re.search(r"[.!?][\"”’)]?$", t)) or \
        bool(answer_labels.QUESTION_LINE.match(t) and not t.lower().startswith("to ask"))


def _block_day(lines: list[Line], label: Line) -> tuple[str, date] | None:
    """The day of the block of `label`: the "Answered on" line for an answer, the "tabled on" line
    for a question, below the label or above it, up to the next or last name label."""
    want = "answered_on" if label.kind == "answered" else "tabled"
    i = lines.index(label)
    for step in (range(i + 1, len(lines)), range(i - 1, -1, -1)):
        for j in step:
            if lines[j].kind in ("asked", "answered"):
                break
            if lines[j].kind == want:
                return lines[j].day
    return None


def _speaker(line: Line, ctx) -> Speaker | None:
    words = answer_labels.name_words(line)
    if not words or len(words) > 5:
        return None
    person = ctx.cast.person(words)
    if person is None:
        return None
    if line.role:
        add_roles(person, [w.lower() for w in re.findall(r"[\w'’-]+", line.role)])
    return Speaker(name=person.name, as_written=line.name or " ".join(words), person=person)
