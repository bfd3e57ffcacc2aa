"""A write-up of one gathering held before it was posted: every word under its sections is the gathering's.

    Posted on 9th March 2026 by the Secretary
    Thanks to everyone who came to the annual meeting in the hall last Tuesday evening. ...   <- the intro
    Chair's report                                                                          <- sections
    The chair said the year had been a hard one. ...
    Treasurer's report
    "We are solvent," she told the meeting.

A club's, a parish's or a school's write-up tells the meeting in the order of its business, under
subheads, without a time of its own for each speaker: what is said there was said at the meeting
the intro dates, not on the day the write-up went out. An ordinary news story whose lede dates a
meeting is no write-up: its later speakers are as often the reporter's own interviews (they get the
publication day), so this reads only a page that
- dates a gathering (a word of the vocabulary's `occasions` or `write_up_occasions`) on a past day
  in its intro, the text before its first section;
- has two or more sections (subheads with lines of their own under them) after the intro;
- shows it reports the gathering's business: a statement in the sections already placed at the
  gathering ("told the meeting"), or a section head of a meeting's agenda (`agenda_headings`);
- and nowhere in the sections has words said to the reporter or on a later day than the gathering.
"""

from __future__ import annotations

import re
from datetime import date

from index.models import Article
from index.statements.dates import find_time_phrases
from index.vocabulary import vocabulary

_RECENT = 14  # days: a write-up goes out within a fortnight of its gathering


def _sections(article: Article) -> tuple[int, list[int]] | None:
    """(where the intro ends, the section heads after it), or None without an intro or two sections."""
    paras = sorted(article.paragraphs, key=lambda p: p.start)
    if not paras:
        return None
    first = paras[0].start
    heads = [h.start for h in sorted(article.subheadings, key=lambda s: s.start) if h.start > first]
    sections = []
    for i, h in enumerate(heads):
        nxt = heads[i + 1] if i + 1 < len(heads) else len(article.text)
        if any(h < p.start < nxt for p in paras):  # a head with lines of its own under it
            sections.append(h)
    if len(sections) < 2:
        return None
    return sections[0], sections


def _gathering(sentence: str) -> bool:
    v = vocabulary()
    return any(re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", sentence) for m in v.occasions | v.write_up_occasions)


def gathering_day(article: Article, events: list[tuple[int, date, str]], pub: date) -> tuple[int, date, str | None, list[int]] | None:
    """(intro end, the gathering's day, its phrase as written, section heads) of a write-up's intro."""
    got = _sections(article)
    if got is None:
        return None
    intro_end, sections = got
    first = min((p.start for p in article.paragraphs), default=0)
    for pos, day, sentence in events:
        if first <= pos < intro_end and sentence and 0 < (pub - day).days <= _RECENT and _gathering(sentence):
            said = find_time_phrases(article.text[pos:pos + 40])
            return intro_end, day, (said[0].text if said and said[0].start == 0 else None), sections
    return None


def _agenda(article: Article, sections: list[int]) -> bool:
    marks = vocabulary().agenda_headings
    heads = {h.start: article.text[h.start:h.end].lower() for h in article.subheadings}
    return any(re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", heads.get(s, "")) for s in sections for m in marks)


def dated(article: Article, raws, whens: dict[int, tuple], events: list[tuple[int, date, str]], pub: date | None,
          to_reporter) -> None:
    """Give the gathering's day to the sections' statements that only the publication dates
    (`whens`, by statement id, changed in place); `to_reporter(r)`: words said to the reporter."""
    if pub is None or not raws:
        return
    got = gathering_day(article, events, pub)
    if got is None:
        return
    intro_end, day, phrase, sections = got
    inside = [r for r in raws if r.span.start >= intro_end]
    if not inside or any(to_reporter(r) for r in inside):
        return
    own = [whens[id(r)] for r in inside if whens[id(r)][3] in ("context", "explicit") and whens[id(r)][1] is not None]
    if any(day < w[1] <= pub for w in own):
        return  # words said after the gathering: a story reported since, not the gathering's record
    if not (any(w[1] == day and w[2] is None for w in own) or _agenda(article, sections)):
        return
    when = (phrase, day, None, "context")
    for r in inside:
        if whens[id(r)][3] == "publication":
            whens[id(r)] = when
