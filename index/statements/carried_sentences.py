"""What the readers of cue-less reported sentences share (`between_turns`, `carried_on`): the
statements of each sentence, the test that no person is a sentence's subject, and the statement a
bare sentence becomes when it carries a speaker's words on.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw
from index.vocabulary import vocabulary
from index.world import country_of_capital


def by_sentence(raws: list[Raw]) -> dict[int, list[Raw]]:
    """The statements of each sentence, by its number in the article."""
    out: dict[int, list[Raw]] = {}
    for r in raws:
        out.setdefault(r.sentence, []).append(r)
    return out


def no_person_subject(sent) -> bool:
    """Whether no person (named, or a pronoun with a person's gender or number) is a subject of the sentence."""
    v = vocabulary()
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    # (a capital standing for its delegation, "and <capital> had no interest in ...", is often
    # tagged a person)
    if any(t.ent_type_ == "PERSON" and not country_of_capital(t.text) for t in subjects):
        return False
    if any(t.lower_ in ("he", "she", "they", "i", "we", "you") for t in subjects if t.head.i == sent.root.i):
        return False
    if any(t.lower_ in v.pronouns and (v.pronoun(t.lower_) or {}).get("gender") for t in subjects if t.head.i == sent.root.i):
        return False
    return True


def carried(source: Raw, span: Span, doc, sent, sno: int, pi: int) -> Raw:
    """The bare sentence `sent` of paragraph `pi` (at `span`) as `source`'s speaker's indirect words,
    continuing `source`."""
    a, b = sent.start_char, sent.end_char
    while b > a and doc.text[b - 1] in " \n.":
        b -= 1
    raw = Raw(source.speaker, "said", Span(span.start + a, span.start + b), "indirect",
              Span(span.start + sent.start_char, span.start + sent.end_char), sno, pi, continued=True)
    raw.perfect, raw.source = source.perfect, source.source or source
    return raw
