"""Malay patronymic names read as one person: "Dayang Rozita binti Haji Bakhtiar".

Brunei's and Malaysia's papers name a person by their given name, "bin" (son of) or "binti" (daughter
of) and the father's name, often after a chain of styles: "Yang Berhormat Dayang Hajah Norsalwa
binti Haji Ismadi". The named-entity model cuts the name at the particle and keeps the father's
half ("Haji Ismadi") as the person, so "X binti Y, who tabled the bill, said" was given to the
father. This pipeline step, after the entity model, makes the given name, the particle and the
father's name one PERSON entity; the styles in front are taken off as any title is
(`people.clean_name`). Later "Hajah Norsalwa" or "Haji Hairol" is the given name with a style.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

_PARTICLES = {"bin", "binti", "bte", "binte", "bint"}
_FATHER_WORDS = 3   # the father's name after the particle, a style included


class PatronymicNames:
    """The pipeline step (with `pipe`, as callers that run the steps one by one expect)."""

    def __call__(self, doc):
        if not doc.has_annotation("ENT_IOB"):
            return doc
        # (a name the model already read whole, "Suhail bin Yarub al-Quraimi", stays as it is)
        spans = [sp for t in doc if t.text in _PARTICLES and not _inside_person(t) and (sp := _name_around(doc, t.i)) is not None]
        if not spans:
            return doc
        from spacy.tokens import Span
        from spacy.util import filter_spans

        people = [Span(doc, a, b, label="PERSON") for a, b in spans]
        # the whole name wins over the entities that cut it (the father's half, an ORG glued to the front)
        kept = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in people)]
        cut_orgs = [e for e in doc.ents if e.label_ != "PERSON" and any(e.start < p.start < e.end for p in people)]
        # "the Department of Fisheries Dayang Rozita" + "binti ...": the body keeps its own words
        kept += [Span(doc, e.start, p.start, label=e.label_) for e in cut_orgs for p in people if e.start < p.start < e.end]
        doc.ents = filter_spans(people + kept)
        return doc

    def pipe(self, docs, **_):
        for doc in docs:
            yield self(doc)


def _inside_person(tok) -> bool:
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and tok.text[1:2].islower() and tok.is_alpha


def _name_around(doc, at: int) -> tuple[int, int] | None:
    """(start, end) tokens of the name "GIVEN bin FATHER" around the particle at `at`, or None."""
    if at == 0 or at + 1 >= len(doc) or not _capitalised(doc[at - 1]) or not _capitalised(doc[at + 1]):
        return None
    v = vocabulary()
    # back over the given name (two words at most), then over the styles before it, none else
    start, given = at, 0
    while start > 0 and _capitalised(doc[start - 1]) and not v.is_title(doc[start - 1].text) and given < 2:
        start -= 1
        given += 1
    while start > 0 and _capitalised(doc[start - 1]) and v.is_title(doc[start - 1].text):
        start -= 1
    end = at + 1
    while end < len(doc) and end - at <= _FATHER_WORDS and _capitalised(doc[end]):
        end += 1
    return start, end
