"""A court report's lead names the hearing's day once: "The Madras High Court on Wednesday (March
4) directed ...", "On Tuesday, the Court of Appeal dismissed ...". The report, published the next
day or later, then tells what counsel submitted, what the judges remarked and what the court
ordered, in the past tense and without a day of their own: all of it was said at that hearing, not
on the publication day. Words in the present tense ("The petitioners contend ...") stay the
report's own day, and a document's words (a letter put on record) are not the hearing's: written
some day before it that the report does not give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from index.models import Statement
from index.vocabulary import vocabulary

_LEAD_PARAGRAPHS = 2  # the lead: the first sentence of one of the first two body paragraphs
_MAX_DAYS_BEFORE = 14  # a report of a hearing comes out within a fortnight of it


def lead_day(docs, events: list[tuple[int, date, str]], pub: date | None) -> tuple[int, date, str] | None:
    """(where the lead sentence starts, the hearing's day, the day's words) when one of the first
    body paragraphs opens with a court as the subject of a past-tense act dated before publication."""
    if pub is None:
        return None
    bodies = vocabulary().hearing_bodies
    for span, doc in docs[:_LEAD_PARAGRAPHS]:
        sent = next(iter(doc.sents), None)
        if sent is None:
            continue
        root = sent.root
        if root.tag_ != "VBD" or root.lower_ not in vocabulary().hearing_acts:
            continue
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in bodies:
            continue
        a, b = span.start + sent.start_char, span.start + sent.end_char
        days = [(d, text) for pos, d, text in events if a <= pos < b and pub - timedelta(days=_MAX_DAYS_BEFORE) <= d < pub]
        if len({d for d, _ in days}) != 1:
            continue
        words = next((e.text for e in sent.ents if e.label_ == "DATE"), None)
        return a, days[0][0], words or days[0][1]
    return None


def dated(stmts: list[Statement], raws, docs, lead: tuple[int, date, str] | None,
          document: Callable[[object], bool]) -> list[Statement]:
    """The statements, those told after the lead in the past tense with no day of their own
    dated at the hearing. `document(raw)`: the words are a document's (a letter, an affidavit)."""
    if lead is None:
        return stmts
    start, day, words = lead
    out = []
    for st, r in zip(stmts, raws):
        if st.start >= start and st.date_basis == "publication" and _past(r, docs):
            if document(r):  # a letter put on record: written some day before the hearing, which one unsaid
                st = replace(st, when_text=None, when_start=None, when_end=None, date_basis="none")
            else:
                st = replace(st, when_text=words, when_start=day, when_end=None, date_basis="context")
        out.append(st)
    return out


def _past(r, docs) -> bool:
    """Is the act that brings the words in the past tense ("submitted", "remarked", "ordered")?"""
    if r.continued and r.source is not None:
        r = r.source
    if not r.cue or not isinstance(r.cue[0], int) or r.paragraph >= len(docs):
        return False
    doc = docs[r.paragraph][1]
    if r.cue[0] >= len(doc):
        return False
    verb = doc[r.cue[0]]
    return verb.tag_ == "VBD" or (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD")
