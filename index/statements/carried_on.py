"""Indirect speech carried on after a statement with no verb of saying.

Translated wires and agency English report a speaker once and go on in reported speech: "X said
he expected a decision within two weeks. Otherwise the district would consider going to court.",
"..., she said. Results were expected in mid-October." A sentence right after a statement in
indirect speech, in the same paragraph, with no cue, no person as its subject and a back-shifted
modal ("would", "could", "should") or a future told in the past ("were expected", "was due"), is
the speaker's; so is the next such sentence, until another speaker or narration takes over. The
pluperfect alone ("The plant had closed in 2019.") is as often the writer's background, and a
plain past or present is the writer's narration: neither carries the speech on.
"""

from __future__ import annotations

import re

from index.statements.attribution import Raw
from index.statements.carried_sentences import by_sentence as _by_sentence
from index.statements.carried_sentences import carried, no_person_subject
from index.vocabulary import vocabulary


def read(docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The cue-less back-shifted sentences after an indirect statement, as its speaker's."""
    by_sentence = _by_sentence(raws)
    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        sents = list(doc.sents)
        last: Raw | None = None
        lead = next((k for k, x in enumerate(sents) if any(t.is_alpha for t in x)), 0)  # (past a lone "4.")
        joint = _joint_item(doc, sents[lead], by_sentence.get(base + lead))
        for k, sent in enumerate(sents):
            here = by_sentence.get(base + k)
            if here:
                last = _one_reported(here)
                continue
            if not any(t.is_alpha for t in sent):
                continue
            if joint is not None and no_person_subject(sent) and '"' not in sent.text:
                last = joint  # "4. The Ministers agreed to ... The next consultations will be held in 2027."
            elif last is None or last.paragraph != pi or not _carries_speech(sent):
                last = None
                continue
            raw = carried(last, span, doc, sent, base + k, pi)
            out.append(raw)
            last = raw
    return out


_NUMBERED = re.compile(r"\s*\d{1,2}\.\s")


def _joint_item(doc, lead, first: list[Raw] | None) -> Raw | None:
    """The statement opening a numbered paragraph of a joint statement or communiqué ("4. The
    Ministers agreed ..."), when its speakers are several (a plural subject): every sentence of the
    item is theirs, the communiqué's own words."""
    if not first or not _NUMBERED.match(doc.text) or first[0].speaker.generic:
        return None
    subjects = [t for t in lead if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    if not subjects or subjects[0].tag_ not in ("NNS", "NNPS"):
        return None
    return first[0]


def _one_reported(raws: list[Raw]) -> Raw | None:
    """The one named speaker's indirect statement a sentence holds, if that is all it holds."""
    first = raws[0]
    if first.speaker.generic or first.according or any(r.speaker.name != first.speaker.name for r in raws):
        return None
    return first if all(r.quote_type == "indirect" for r in raws) else None


def _carries_speech(sent) -> bool:
    """A sentence of reported speech without a cue: no quotation, no person as its subject, and a
    back-shifted modal or a future told in the past."""
    if '"' in sent.text or not no_person_subject(sent):
        return False
    v = vocabulary()
    for t in sent:
        if t.lower_ in v.reported_modals and t.tag_ == "MD":
            return True
        if t.lower_ in v.expectation_words and (any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in t.children)
                                                or (t.head.lemma_ == "be" and t.head.tag_ == "VBD")):
            return True  # "were expected in May", "was due to open"
    return False
