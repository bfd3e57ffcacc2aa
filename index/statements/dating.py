"""When and where a statement was made, and the final `Statement` objects.

A statement's own time phrase wins ("said on Tuesday", "earlier on Friday"). Otherwise, in
order: a perfect or habitual verb ("has denied", "earlier accused") stays undated; the
speaker's earlier dated statement in the article lends its date (the same appearance); a
time phrase earlier in the same paragraph lends its date; a sentence that names another,
different date stays undated; a speaker who took part in the lede's event, or a sentence
that refers back to that event ("the call", "their meeting"), gets the lede's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.models import Article, Statement
from index.statements.dates import find_time_phrases, resolve
from index.statements.gazetteer import CAPITALS
from index.statements.mentions import persons_in
from index.statements.segment import paragraphs, sentences
from index.textnorm import fold

_EVENT_REF = re.compile(
    r"\b(?:the|their|its|this)\s+(?:call|phone\s+call|meeting|conversation|readout|news\s+conference|"
    r"press\s+conference)\b|\btheir\s+talks\b|\bthe\s+two\s+leaders\b|\bafter\s+talks\b|\bjoint\s+news\s+conference\b", re.I)
_CITIES = {"st. petersburg", "sochi", "geneva", "davos", "munich", "new york", "istanbul", "vienna", "prague",
           "granada", "brussels", "strasbourg", "the hague", "kazan", "novosibirsk", "ganja", "shusha", "gyumri"}
_PLACE = re.compile(r"\b(?:in|visiting|at)\s+(?:[A-Z][\w-]+'s\s+capital\s+)?((?:St\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!')")
_CALL = re.compile(r"\b(?:phone|telephone)\s+(?:call|conversation|talks)\b", re.I)


def where_in(text: str) -> str | None:
    """A place (capital or known city) or "a phone call" named in `text`."""
    for m in _PLACE.finditer(text):
        for cand in (m.group(1), m.group(1).split()[0]):
            if cand.lower() in CAPITALS or cand.lower() in _CITIES:
                return cand
    if _CALL.search(text):
        return "a phone call"
    return None


def finish(article: Article, raws: list, table) -> list[Statement]:
    """Date, place and identify the raw statements of one article."""
    from index.statements.extract import statement_id

    text, t = article.text, fold(article.text)
    pub = article.published
    anchor, parties = _anchor(article, table)
    resolved: list[tuple[date | None, date | None, str | None, str | None]] = []
    first_dated: dict[str, tuple] = {}
    last_in_para: dict[int, date] = {}
    anchor_where = None
    nth: dict[tuple, int] = {}
    out = []
    for r in raws:
        sent_text = t[r.sentence.start:r.sentence.end]
        when, from_anchor = None, False
        if r.own_time is not None and pub is not None:
            ref = _previous_day(article, r.paragraph, r.own_time.start) or last_in_para.get(r.paragraph)
            rng = resolve(r.own_time.text, pub, ref=ref)
            when = (rng[0], rng[1], text[r.own_time.start:r.own_time.end]) if rng else (None, None, r.own_time.text)
        elif r.perfect:
            when = (None, None, None)
        elif r.entity.canonical in first_dated:
            when = first_dated[r.entity.canonical][:3]
        elif r.nested:  # reported within someone else's statement: its time is not given
            when = (None, None, None)
        else:
            prev = _earlier_phrase_in_paragraph(article, r, pub, anchor)
            if prev:
                when = prev
            elif anchor and not _other_date(sent_text, pub, anchor[0]) and (
                    r.entity.canonical in parties or (r.entity.owner or "") in parties or _EVENT_REF.search(sent_text)):
                when = anchor
                from_anchor = True
        start_d, end_d, when_text = when if when else (None, None, None)
        outside = t[r.sentence.start:r.content.start] + " " + t[r.content.end:r.sentence.end]
        where = where_in(outside) or _meeting_place(article, r) or ("a phone call" if _CALL.search(sent_text) else None)
        if where is None and from_anchor:
            where = anchor_where
        if where is None and r.entity.canonical in first_dated and not r.own_time:
            where = first_dated[r.entity.canonical][3]
        if start_d and anchor and start_d == anchor[0] and anchor_where is None and where != "a phone call":
            anchor_where = where
        if start_d:
            last_in_para[r.paragraph] = start_d
            if r.entity.canonical not in first_dated and not r.perfect:
                first_dated[r.entity.canonical] = (start_d, end_d, when_text, where)
            elif r.entity.canonical in first_dated and first_dated[r.entity.canonical][3] is None and where \
                    and first_dated[r.entity.canonical][0] == start_d:
                first_dated[r.entity.canonical] = (start_d, end_d, when_text, where)
        speaker = r.entity.canonical
        key = (r.span.start, r.span.end, speaker)
        nth[key] = nth.get(key, -1) + 1
        out.append(Statement(
            id=statement_id(article.id, r.span.start, r.span.end, speaker, nth[key]), article_id=article.id,
            speaker=speaker, speaker_as_written=r.as_written or speaker, act=r.act,
            content=text[r.content.start:r.content.end], quote_type=r.quote_type,
            start=r.span.start, end=r.span.end, when_text=when_text, when_start=start_d, when_end=end_d,
            where=where,
        ))
    return _dedupe(out)


def _anchor(article: Article, table) -> tuple[tuple | None, set[str]]:
    """The lede's event date (a recent day named in the first paragraph) and who took part."""
    paras = paragraphs(article)
    if not paras or article.published is None:
        return None, set()
    t = fold(article.text)
    for sent in sentences(article.text, paras[0]):
        for tp in find_time_phrases(t[sent.start:sent.end]):
            rng = resolve(tp.text, article.published)
            if rng and rng[0] == rng[1] and timedelta(0) <= article.published - rng[0] <= timedelta(days=7):
                names = {e.canonical for _, e in persons_in(t[sent.start:sent.end], table)}
                phrase = article.text[sent.start + tp.start:sent.start + tp.end]
                return (rng[0], rng[1], phrase), names
    return None, set()


def _earlier_phrase_in_paragraph(article: Article, r, pub, anchor):
    """A day named in an earlier sentence of the statement's paragraph."""
    if pub is None:
        return None
    t = fold(article.text)
    para = paragraphs(article)[r.paragraph]
    before = t[para.start:r.sentence.start]
    for tp in reversed(find_time_phrases(before)):
        rng = resolve(tp.text, pub)
        if rng and rng[0] == rng[1] and rng[0] <= pub:
            return rng[0], rng[1], article.text[para.start + tp.start:para.start + tp.end]
    return None


def _previous_day(article: Article, paragraph: int, before: int) -> date | None:
    """The last single day named in the paragraph before `before`: the reference of
    "the following day"."""
    para = paragraphs(article)[paragraph]
    t = fold(article.text)
    day = None
    for tp in find_time_phrases(t[para.start:before]):
        rng = resolve(tp.text, article.published, ref=day)
        if rng and rng[0] == rng[1]:
            day = rng[0]
    return day


def _other_date(sent_text: str, pub, anchor_day: date) -> bool:
    for tp in find_time_phrases(sent_text):
        rng = resolve(tp.text, pub)
        if rng and not (rng[0] <= anchor_day <= rng[1]):
            return True
    return False


def _meeting_place(article: Article, r) -> str | None:
    """'... when he met with Putin on Friday. The two leaders held talks in Bishkek': the place
    of a meeting named in the next sentence."""
    t = fold(article.text)
    if not re.search(r"\b(?:met|meeting|talks|summit)\b", t[r.sentence.start:r.sentence.end]):
        return None
    nxt = t[r.sentence.end:r.sentence.end + 300].lstrip()
    first = re.split(r"(?<=[.!?])\s+", nxt, maxsplit=1)[0]
    if not re.match(r"(?:The\s+two|They|Both)\b", first):  # must refer back to the same meeting
        return None
    if re.search(r"\b(?:held|hold|met)\b.*\b(?:talks|meeting|met)\b|\bmet\s+in\b|\btalks\s+in\b", first):
        return where_in(first)
    return None


def _dedupe(stmts: list[Statement]) -> list[Statement]:
    seen, out = set(), []
    for s in stmts:
        key = (s.speaker, s.start, s.end, s.act, s.content)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out

