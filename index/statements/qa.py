"""Question-and-answer interviews set in Markdown: every question a paragraph in bold (or
underscored), the answers below it unlabelled ("**Why did you close the pool?**" then plain
paragraphs). An answer is the interviewee's: the first person the introduction (the paragraphs
before the first question) names who is not the writer. The questions are no one's statements,
though what they report of a third person still is. The result is a
`index.statements.transcript.Transcript`, merged and dated as an interview's turns are.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from index.models import Article
from index.statements.speakers_np import Speaker
from index.statements.transcript import MIN_TURNS, Transcript, _EDITORIAL, add_turn, interview_day, issue_bound
from index.textnorm import fold

# a paragraph wholly in emphasis: "**You shut the pool. Why?**", "__And for you?__"
_ASKED = re.compile(r"^\s*(\*\*|__)(?P<q>[^*_\n].*?)\1\s*$", re.S)
# "*Interview by X*", "By X", "Interview: X": the writer, who asks
_BY = re.compile(r"\b(?:by|with)\s+(?P<name>[^\W\d_][\w.'’-]+(?: [^\W\d_][\w.'’-]+){0,3})", re.I)


def read(article: Article, docs, bases: list[int], ctx, published: date | None = None) -> Transcript | None:
    """The interview's answers, or None when the article is not a bold-question interview."""
    if "**" not in article.text and "__" not in article.text:
        return None  # (the cheap gate: most articles have no emphasis at all)
    asked = [pi for pi, (span, _) in enumerate(docs) if _ASKED.match(fold(article.text[span.start:span.end]))]
    if len(asked) < MIN_TURNS:
        return None
    questions = [_ASKED.match(fold(article.text[docs[pi][0].start:docs[pi][0].end])).group("q") for pi in asked]
    if sum(q.rstrip().endswith("?") for q in questions) * 2 < len(questions):
        return None  # bold paragraphs that are mostly not questions: crossheads, pull quotes
    first = asked[0]
    interviewee = _interviewee(article, docs[:first], ctx)
    if interviewee is None:
        return None
    out = Transcript(day=interview_day(docs[max(0, first - 2):first], published, issue_bound(article, published)))
    out.asked.update(asked)
    breaks = sorted(s.start for s in article.subheadings)
    for pi in range(first + 1, len(docs)):
        if pi in out.asked:
            continue
        (span, doc), base = docs[pi], bases[pi]
        if _set_apart(breaks, docs[pi - 1][0].end, span.start):
            break  # a rule or a heading after an answer, no question under it: the interview is over
        text = doc.text.strip()
        if text[:1] in "*_" and text[-1:] in "*_" and _EDITORIAL.search(text):
            continue  # "*This interview has been edited for length.*": the outlet's note
        if pi > asked[-1] + 1:  # after the last answer's first paragraph: the writer's story may resume
            if pi == asked[-1] + 2 or not out.sequels:
                out.sequels.append([])
            out.sequels[-1].append(pi)
        out.answered.add(pi)
        add_turn(out, interviewee, span, doc, base, pi)
    return out


def _set_apart(breaks: list[int], after: int, before: int) -> bool:
    """Whether a rule or heading line stands between two paragraphs."""
    i = bisect.bisect_left(breaks, after)
    return i < len(breaks) and breaks[i] < before


def _interviewee(article: Article, intro, ctx) -> Speaker | None:
    """The first person the introduction names who is not the writer."""
    writers = {m.group("name").split()[-1].lower() for s in article.subheadings
               if (m := _BY.search(fold(article.text[s.start:s.end])))}
    writers |= {m.group("name").split()[-1].lower() for span, _ in intro
                if (m := _BY.search(fold(article.text[span.start:span.end]))) and len(article.text[span.start:span.end]) < 80}
    if ctx.author:
        writers.add(ctx.author.split()[-1].lower())
    if not intro:
        return None
    lo, hi = intro[0][0].start, intro[-1][0].end
    named = [m for m in ctx.cast.mentions if lo <= m.pos < hi and m.person.name.split()[-1].lower() not in writers]
    if not named:
        return None
    p = min(named, key=lambda m: m.pos).person
    return Speaker(name=p.name, as_written=p.name, person=p)
