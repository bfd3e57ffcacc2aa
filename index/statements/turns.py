"""Transcripts of several speakers and no interviewer: a debate's or an earnings call's turns.

Two shapes, as parliaments and call transcripts print them:
- a paragraph opened by its speaker as written, in any case: "Tom Hale (Ashby) (Lab): ...",
  "The Minister for Ports (Paul Grant): ...", "Dana Whitlock, Chief Financial Officer: ...";
- a heading line naming the speaker above the paragraphs they speak: "Dana Whitlock -- Chief
  Financial Officer", "Paul Grant (Minister for Ports)".
A label counts only when it names a person: a name the article's cast knows, or two to four
capitalised words opening with a first name the lexicon knows ("Operator", "Note" are no one).
A speaker whose turns are mostly questions (an analyst, a member asking) asks and states
nothing. The result is an `index.statements.transcript.Transcript`, merged and dated as an
interview's turns are (at the interview's day, else publication).
"""

from __future__ import annotations

import re
from datetime import date

from index.models import Article
from index.statements.people import clean_name, first_name_gender
from index.statements.speakers_np import Speaker
from index.statements.transcript import MIN_TURNS, Transcript, add_turn, interview_day
from index.textnorm import fold, without_label_emphasis

_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|bin|al|da|del|of|for|and|the)){0,6}"
# "Tom Hale (Ashby) (Lab): ", "The Minister for Ports (Paul Grant): ", "Dana Whitlock, CFO: "
_OPENING = re.compile(rf"^\s*(?P<label>{_NAME}(?:\s*\([^()]{{2,60}}\))*(?:,\s*[^:,]{{2,60}})?)\s*:\s+(?=\S)")
# a heading line: "Dana Whitlock -- Chief Financial Officer", "Paul Grant (Minister for Ports)"
_HEADING = re.compile(rf"^(?P<label>{_NAME}(?:\s*\([^()]{{2,60}}\))*(?:\s*(?:--|[-–—,|])\s*[^:]{{2,80}})?)\s*$")


def read(article: Article, docs, bases: list[int], ctx, published: date | None = None) -> Transcript | None:
    """The turns of a several-speaker transcript, or None when the article has too few; dated at
    the day the paragraphs before its first turn give the conversation ("spoke to us on Tuesday")."""
    heads = sorted((s.start, _person(fold(article.slice(s)), ctx, _HEADING)) for s in article.subheadings)
    turns: dict[int, tuple[Speaker, int]] = {}  # paragraph -> (speaker, where its words start)
    current = None
    for pi, (span, _) in enumerate(docs):
        while heads and heads[0][0] < span.start:  # a heading above this paragraph sets the speaker
            current = heads.pop(0)[1]
        text = without_label_emphasis(fold(article.text[span.start:span.end]))
        m = _OPENING.match(text)
        opened = _person(m.group("label"), ctx, None) if m else None
        if opened is not None:
            current = None  # a labelled paragraph is its own turn, and ends a heading's run
            turns[pi] = (opened, m.end())
        elif current is not None and '"' not in text:
            turns[pi] = (current, 0)
    names = {who.name for who, _ in turns.values()}
    if len(turns) < MIN_TURNS or len(names) < 2:
        return None
    askers = {n for n in names if _mostly_questions(n, turns, docs)}
    first = min(turns)
    out = Transcript(day=interview_day(docs[max(0, first - 2):first], published))
    for pi, (who, start) in turns.items():
        if who.name in askers:
            out.asked.add(pi)
            continue
        out.answered.add(pi)
        (span, doc), base = docs[pi], bases[pi]
        add_turn(out, who, span, doc, base, pi, start)
    return out


def _person(label: str, ctx, shape: re.Pattern | None) -> Speaker | None:
    """The person a turn's label names: a name in brackets first ("The Minister for Ports (Paul
    Grant)"), else the name it opens with ("Tom Hale (Ashby) (Lab)", "Dana Whitlock -- CFO")."""
    if shape is not None:
        m = shape.match(label.strip())
        if not m:
            return None
        label = m.group("label")
    if len(label.split()) > 14:
        return None
    bracketed = re.findall(r"\(([^()]+)\)", label)
    lead = re.split(r"\s*(?:\(|--|[-–—,|])\s*", label, maxsplit=1)[0]
    for candidate in [*bracketed, lead]:
        words = clean_name(candidate.split())
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        known = ctx.cast.known(" ".join(words)) or (ctx.cast.known(words[-1]) if len(words) > 1 else None)
        if known is not None:
            return Speaker(name=known.name, as_written=label.strip(), person=known)
        if len(words) >= 2 and first_name_gender(words[0]):
            return Speaker(name=" ".join(words), as_written=label.strip())
    return None


def _mostly_questions(name: str, turns: dict, docs) -> bool:
    texts = [docs[pi][1].text.rstrip() for pi, (who, _) in turns.items() if who.name == name]
    return sum(t.endswith("?") for t in texts) * 2 > len(texts)
