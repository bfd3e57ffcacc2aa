"""Naming who said a sentence and when, from the statement ledger or the article's date."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answering.dates import clock_day, dated_phrase, day_told_of, event_day, future_day
from bot.answering.inner_speakers import without_inner_quotes
from bot.answering.signer_voice import signer_of
from index.statements import entry_labels, local_days
from index.statements.dates import find_time_phrases, with_date
from index.models import Article, Span, Statement


def _format(d) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"


def statement_at(statements: Iterable[Statement], span: Span) -> Statement | None:
    """Of one article's statements, the one overlapping `span` most, if any."""
    best, overlap = None, 0
    for st in statements:
        o = min(st.end, span.end) - max(st.start, span.start)
        if o > overlap:
            best, overlap = st, o
    return best


def _only_time(phrase: str) -> bool:
    """Is `phrase` a time phrase and nothing else ("last week", "in March")?"""
    found = find_time_phrases(phrase)
    return len(found) == 1 and found[0].text.strip(" ,.") == phrase.strip(" ,.")


_PRONOUNS = frozenset("he she they it we i you".split())


def _surname_only(text: str, speaker: str) -> bool:
    """The sentence names its speaker by surname alone ("Brenholt said ..."), none of the given names:
    a who-answer must still say which of the article's people it is, since a surname can be
    another's too (a double-barrelled one's second half, a shared father's name)."""
    words = speaker.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    said = {w.lower() for w in re.findall(r"[\w'’]+", text)}
    return not any(w.lower().strip(".") in said for w in words[:-1])


def attribute(text: str, st: Statement | None, article: Article | None, kind: str, start: int | None = None) -> str:
    """Who said the sentence, and when and where they said it: 'Anna Varnholt, on 3 March 2025, in Geneva: '."""
    if article is None:
        return ""
    before = article.text[max(0, start - 800) : start] if start is not None else ""
    # The report's date anchors "on Monday" (a thread's post or an e-mail's message: its own header's
    # day); an undated report borrows the statement's own date.
    own = local_days.day_at(local_days.parts(article.text), start) if start is not None else None
    anchor = own or article.published or (st.when_start if st is not None and not st.when_text else None)
    # A week or a month in a quoted sentence dates what it tells of more often than the telling
    # ("wrote that they approved it last November"): it labels narrative sentences only.
    relative = dated_phrase(without_inner_quotes(text), anchor, before, ranges=st is None)
    ahead = future_day(without_inner_quotes(text), anchor)
    if st is not None:
        if ahead and st.when_text and st.when_text.lower() in text.lower() and st.when_start \
                and st.when_text.lower() not in ahead.lower():
            # "said on Monday it would offer a meeting on Wednesday": the day of saying, and the day ahead
            parts = [with_date(st.when_text, st.when_start, st.when_end), "for " + ahead.removeprefix("on ")]
        elif ahead and st.when_text and st.when_text.lower() in text.lower():
            parts = [ahead]  # "said they would meet on Saturday": the meeting's day, not a day of saying
        elif kind == "when" and st.when_start and st.when_text \
                and (event := event_day(without_inner_quotes(text), anchor, st.when_text, before)):
            # "gave way during Saturday's heats, the association said yesterday": a when-question asks
            # the day of the thing told, which the telling's own day would hide
            parts = [with_date(st.when_text, st.when_start, st.when_end), "of " + event.removeprefix("on ")]
        elif st.when_start and st.when_text and st.when_text.lower() in text.lower():
            parts = [with_date(st.when_text, st.when_start, st.when_end)]  # the ledger dated this very phrase
            if kind == "when" and (told_of := day_told_of(text, st.when_text, st.when_start, anchor, before)):
                parts.append("of " + told_of.removeprefix("on "))  # "said yesterday that it had arrived on Monday": that Monday asked
        elif st.when_start and st.when_text and (posted := entry_labels.shown(st.when_text, st.when_start)):
            parts = [posted]  # an entry's own "Posted Mar 18, 2025 - 07:41 IST" line: its day and time
        elif relative:
            parts = [relative[:1].lower() + relative[1:]]
        elif kind == "when" and (night := clock_day(text, anchor, before)):
            parts = [night]  # "struck the shoal about 11:40 p.m.": on the day the sentence before gave the event
        elif st.when_start and st.when_end and st.when_end != st.when_start:
            # a run of days ("these pictures were taken last week"): the run, never its first day alone
            # (its phrase only when it is a time phrase: "last week", not a timeline heading's title)
            phrase = st.when_text if st.when_text and _only_time(st.when_text) else None
            parts = [with_date(phrase, st.when_start, st.when_end)]
        else:
            on = "reported on" if st.date_basis == "publication" else "on"  # not the day it was said
            parts = [f"{on} {_format(st.when_start)}"] if st.when_start else []
        if st.where:
            parts.append(st.where if st.where.lower().startswith(("in ", "at ", "on ", "by ", "during ")) else f"in {st.where}")
        surname = st.speaker.split()[-1].lower()
        if surname in text.lower() and not parts and not (kind == "who" and _surname_only(text, st.speaker)):
            return ""
        if st.speaker.lower() == "i" and (signer := signer_of(text, article, start)):
            return ", ".join([signer, *parts]) + ": "  # the signed document's "I"
        if st.speaker.lower() in _PRONOUNS:  # unresolved: "She, on 9 October:" names no one
            return ", ".join(parts)[:1].upper() + ", ".join(parts)[1:] + ": " if parts else ""
        speaker = st.speaker[:1].upper() + st.speaker[1:]
        return ", ".join([speaker, *parts]) + ": "
    if signer := signer_of(text, article, start):  # no statement: a signed document's "I" is its signer's
        return ", ".join([signer, *([relative[:1].lower() + relative[1:]] if relative else [])]) + ": "
    if relative:
        return relative[:1].upper() + relative[1:] + ": "
    if kind == "when" and (night := clock_day(text, anchor, before)):
        return night[:1].upper() + night[1:] + ": "
    if kind == "when" and start is not None and (entry := entry_labels.entry_at(entry_labels.entries(article), start)) \
            and (posted := entry_labels.shown(entry.label, entry.day)):
        return posted[:1].upper() + posted[1:] + ": "  # a status page's update, under its own posting line
    if kind == "when" and article.published:
        return f"Reported on {_format(article.published)}: "
    return ""
