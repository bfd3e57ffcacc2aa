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

from index.statements.attribution import Raw
from index.statements.carried_sentences import by_sentence as _by_sentence
from index.statements.carried_sentences import carried, no_person_subject


def read(docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The cue-less sentences between two statements of one person in one paragraph, as theirs."""
    by_sentence = _by_sentence(raws)
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
            out.append(carried(before, span, doc, sents[k], sno, pi))
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


_BACKSHIFT = frozenset({"had", "would", "could", "should", "might", "must"})
