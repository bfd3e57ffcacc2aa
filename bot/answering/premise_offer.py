"""A why-question that takes someone's offer as turned down, where the article reports only that the
offer stands: the offerer's own words that it would go on doing what was offered.

    Why did the trust turn down the supplier's offer to keep supplying the shop?
        "A spokeswoman for the supplier said the company would "be happy to continue supplying the shop ...""
      -> "The articles do not say so; they report: A spokeswoman for the supplier said ..."

The question's verb turns something down (the refusing words of index/vocabulary.yaml `paraphrases`),
its object is an offer (`proposal_nouns`) with an owner ("the supplier's") and an act ("to keep
supplying"). No sentence of the asked article tells the turning down; a sentence naming the owner
and the act with a word of willingness ("would", "happy to", "continue") corrects it. Only the
question is parsed; sentences are read by their stems and text."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 20
_WILLING = re.compile(r"\b(?:would|will|willing|happy\s+to|ready\s+to|prepared\s+to|keen\s+to|continue|continuing|"
                      r"remains?\s+open|still\s+open|stands)\b", re.I)
_NOT = re.compile(r"\b(?:not|no longer|never|n['’]t)\b", re.I)


@cache
def _refusing() -> frozenset[str]:
    """The words for turning something down: the paraphrase group that holds "turn down"."""
    group = next((g for g in vocabulary().paraphrases if "turn down" in g), ())
    return frozenset(group)


def offer_still_open(q, own: list) -> list | None:
    """[the offerer's sentence that it would still do what it offered], or None."""
    if q.kind != "why" or not own:
        return None
    from bot.answering.predicate import question_root, verb_forms

    root = question_root(q.text)
    if root is None or not set(verb_forms(root)) & _refusing():
        return None
    offer = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in vocabulary().proposal_nouns), None)
    if offer is None:
        return None
    owner = next((c for c in offer.children if c.dep_ == "poss"), None)
    act = next((c for c in offer.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
    if owner is None or act is None:
        return None
    owner_terms = {s for w in owner.subtree if w.dep_ != "case" for s in stems(w.text)}
    light = vocabulary().light_verbs | {"keep", "continue"}
    acts = [w for w in act.subtree if w.pos_ == "VERB" and w.lemma_.lower() not in light]
    act_terms = {s for w in acts for s in stems(w.text)}
    if not owner_terms or not act_terms:
        return None
    offer_terms = set(stems(offer.text))
    # ("turned down", "rejects": each word of a phrase in any form)
    forms = (r"\w*\s+".join(re.escape(w[:-1] if w.endswith("e") else w) for w in p.split()) for p in _refusing())
    refusal = re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\w*", re.I)
    if any(offer_terms & c.terms and refusal.search(c.text) for c in own[:SCANNED]):
        return None  # the turning down is told: the usual answer
    for c in own[:SCANNED]:
        if owner_terms <= c.terms and act_terms & c.terms and _WILLING.search(c.text) and not _NOT.search(c.text):
            return [c]
    return None
