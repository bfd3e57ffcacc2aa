"""A page of independent items under their own headings: a court round-up, news in brief, a police
log (vocabulary `round_up_markers` in a heading or the page's framing lines).

Each item is its own scope: what is said in it was said at the sitting its own lines date ("was
fined at X District Court on Tuesday last"), else at the sitting the page's framing lines date for
every case ("The following cases were heard on Monday", "All other cases were heard on Tuesday last
unless otherwise stated"); never on a day another item names, nor on a day the item speaks about
(the offence, or the day a case is put off to)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from index.models import Article
from index.statements.dates import find_time_phrases
from index.statements.plea_day import COURT_EVENT
from index.vocabulary import vocabulary

# a line that speaks for every item of the page ("The following cases were dealt with ... on
# Monday", "All other cases in this week's round-up were heard on Tuesday last")
_FRAME = re.compile(r"\b(?:cases|matters)\b[^.]{0,80}?\b(?:heard|dealt with|listed|called|before)\b", re.I)
# the sentences of an item that tell of its sitting (the court's own words, or what it did that day)
_SITTING = re.compile(r"\b(?:magistrates|judge|fined|jailed|sentenced|convicted|acquitted|adjourned|remanded|"
                      r"banned|disqualified|ordered|appeared|bench)\b")


@dataclass(frozen=True)
class RoundUp:
    starts: tuple[int, ...]  # where each item's heading begins, in text order
    frame: tuple[tuple[int, int], ...]  # the paragraphs that speak for every item

    def item(self, pos: int) -> int:
        """The item holding `pos` (-1: above the first item, the page's introduction)."""
        return bisect.bisect_right(self.starts, pos) - 1

    def in_frame(self, pos: int) -> bool:
        return self.item(pos) < 0 or any(a <= pos < b for a, b in self.frame)

    def same_item(self, a: int, b: int) -> bool:
        return self.item(a) == self.item(b)

    def scoped(self, events: list[tuple[int, date, str]], pos: int) -> list[tuple[int, date, str]]:
        """The days named in the item holding `pos` and in the page's framing lines."""
        if self.in_frame(pos):
            return events
        k = self.item(pos)
        return [e for e in events if self.item(e[0]) == k or self.in_frame(e[0])]

    def sitting(self, text: str, events: list[tuple[int, date, str]], pos: int, pub: date) -> tuple | None:
        """(phrase, day, None, "context") of the sitting at which words at `pos` were said, or None
        outside an item or when neither the item nor the frame dates one."""
        if self.in_frame(pos):
            return None
        k = self.item(pos)
        own = [e for e in events if self.item(e[0]) == k and not self.in_frame(e[0]) and e[2] and e[1] <= pub
               and (COURT_EVENT.search(e[2]) or _SITTING.search(e[2]))]
        pick = next((e for e in reversed(own) if e[0] < pos), own[0] if own else None)
        if pick is None:
            framing = [e for e in events if self.in_frame(e[0]) and e[2] and e[1] <= pub]
            pick = next((e for e in reversed(framing) if e[0] < pos), framing[0] if framing else None)
        if pick is None:
            return None
        said = find_time_phrases(text[pick[0]:pick[0] + 40])
        return (said[0].text if said and said[0].start == 0 else None), pick[1], None, "context"


def read(article: Article) -> RoundUp | None:
    """The page's items and framing lines, or None when it is no page of independent items (fewer
    than two headed items, or no marker of one)."""
    text, paras = article.text, sorted(article.paragraphs, key=lambda p: p.start)
    heads = sorted(article.subheadings, key=lambda s: s.start)
    starts = []
    for i, h in enumerate(heads):
        nxt = heads[i + 1].start if i + 1 < len(heads) else len(text)
        if any(h.end <= p.start < nxt for p in paras):  # a heading with lines of its own under it
            starts.append(h.start)
    if len(starts) < 2:
        return None
    frame = tuple((p.start, p.end) for p in paras if p.start < starts[0] or _FRAME.search(text[p.start:p.end]))
    marked = " ".join([article.title or "", *(text[h.start:h.end] for h in heads), *(text[a:b] for a, b in frame)])
    if not _marked(marked.lower()):
        return None
    return RoundUp(tuple(starts), frame)


def _marked(words: str) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", words) for m in vocabulary().round_up_markers)
