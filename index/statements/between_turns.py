"""A reported sentence with no cue between two of one speaker's statements.

Meetings coverage and wire copy carry a speaker's indirect speech on through a bare sentence:
"X said daily releases had peaked at N. Flows at the gauge, however, had briefly reached M. She
told delegates that ...", "Y said his delegation had co-sponsored the text. The dam was jointly
owned, and <capital> had no interest in "...". He cautioned, however, that ...". A sentence of a
paragraph that sits between two statements of the same named person, has no cue, no other
person as its subject, and the back-shifted tense of reported speech ("had", "would"), is theirs.
A sentence about a person ("He was appointed in 2019.") or in the plain past ("The plan was
announced in May.") is the writer's narration, not their words.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw
from index.vocabulary import vocabulary
from index.world import country_of_capital


def read(docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The cue-less sentences between two statements of one person in one paragraph, as theirs."""
    by_sentence: dict[int, list[Raw]] = {}
    for r in raws:
        by_sentence.setdefault(r.sentence, []).append(r)
    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        sents = list(doc.sents)
        for k in range(1, len(sents) - 1):
            sno = base + k
            if sno in by_sentence:
                continue
            before, after = _one_person(by_sentence.get(sno - 1)), _one_person(by_sentence.get(sno + 1))
            if before is None or after is None or before.speaker.name != after.speaker.name:
                continue
            if before.paragraph != pi or after.paragraph != pi or before.quote_type == "direct":
                continue
            if not _bare_report(sents[k]):
                continue
            a, b = sents[k].start_char, sents[k].end_char
            while b > a and doc.text[b - 1] in " \n.":
                b -= 1
            raw = Raw(before.speaker, "said", Span(span.start + a, span.start + b), "indirect",
                      Span(span.start + sents[k].start_char, span.start + sents[k].end_char), sno, pi, continued=True)
            raw.perfect, raw.source = before.perfect, before.source or before
            out.append(raw)
    return out


def _one_person(raws: list[Raw] | None) -> Raw | None:
    if not raws or raws[0].speaker.person is None or raws[0].speaker.generic:
        return None
    return raws[0] if all(r.speaker.name == raws[0].speaker.name for r in raws) else None


def _bare_report(sent) -> bool:
    """A sentence of reported fact: no person as its subject (named, or a he/she), no first or second person outside a quotation, and a finite verb."""
    # reported speech shifts its tense back ("had shrunk", "had no interest", "would meet"); a plain
    # past ("The plan was announced in May.") is the writer's background
    return no_person_subject(sent) and any(t.lower_ in _BACKSHIFT and t.pos_ in ("VERB", "AUX") for t in sent)


def no_person_subject(sent) -> bool:
    """Whether no person (named, or a pronoun with a person's gender or number) is a subject of the sentence."""
    v = vocabulary()
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    # (a capital standing for its delegation, "and <capital> had no interest in ...", is often
    # tagged a person)
    if any(t.ent_type_ == "PERSON" and not country_of_capital(t.text) for t in subjects):
        return False
    # "Its founder, X Y, believes ...": a person named beside the subject's job
    if any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for t in subjects if t.head.i == sent.root.i for a in t.children):
        return False
    if any(t.lower_ in ("he", "she", "they", "i", "we", "you") for t in subjects if t.head.i == sent.root.i):
        return False
    if any(t.lower_ in v.pronouns and (v.pronoun(t.lower_) or {}).get("gender") for t in subjects if t.head.i == sent.root.i):
        return False
    return True


_BACKSHIFT = frozenset({"had", "would", "could", "should", "might", "must"})
