"""A why-question that takes as done what the article tells only as demanded of the doer.

    Why has the council agreed to close the road to lorries?
        "Residents call on the council to close the road to lorries." ...
        "A council spokesperson said there were no plans to change the route."
      -> "The articles do not say so; they report: ..." citing the demand and the doer's denial

Every line of the asked article with the question's act done to the question's thing has it under a
verb of demanding (index/vocabulary.yaml `demand_verbs`: "calls on", "urged", "wants") whose object is
the question's doer. The answer cites that line and, where one is, the line of a paragraph naming the
doer that denies something ("no plans", "will not").
"""

from __future__ import annotations

from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 12


def only_demanded(q, own: list) -> list | None:
    """[the demand, the doer's denial] or [the demand], or None. `own`: the asked article's
    candidates, best first."""
    p = q.predicate
    if q.kind != "why" or p is None or not (p.past or p.ongoing):
        return None
    from bot.answering.predicate import _ahead, _negated, _parse, parse_question

    doc = parse_question(q.text)
    doer = {s for t in doc if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN") for w in t.subtree for s in stems(w.text)}
    # The thing the act is done to, and its compounds ("the rental efficiency rules"; the parser may tag "rules" a verb).
    things = {w.lemma_.lower() for t in doc if t.dep_ == "dobj" for w in (t, *t.children)
              if w.dep_ in ("dobj", "compound") and w.pos_ in ("NOUN", "PROPN", "VERB")}
    if not doer:
        return None
    from bot.answering.parse_gate import forms_of, may_hold

    forms = forms_of(frozenset((p.lemma,)))
    demand, told = None, False
    for c in own[:SCANNED]:
        if not may_hold(c.text, forms):
            continue  # no form of the act: spare the parse
        for t in _parse(c.text):
            if t.lemma_.lower() != p.lemma or t.pos_ != "VERB":
                continue
            if things and not any(w.lemma_.lower() in things for w in t.subtree):
                continue  # "require landlords to bring properties up": another thing brought
            if _demanded_of(t, doer):
                demand = demand or c
            elif not _ahead(t) and not _negated(t):
                told = True  # (not "which would require hauliers to close their gates": to come)
    if demand is None or told:
        return None
    from bot.answering.denials import denied_words

    for c in own:
        if c is demand or not doer <= set(stems(c.chunk.chunk.text)):
            continue
        if denied_words(c.text):
            return [demand, c]
    return [demand]


def _demanded_of(verb, doer: set[str]) -> bool:
    """The act is what a verb of demanding asks of the doer: "calls on the government to bring forward"."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_.lower() not in vocabulary().demand_verbs:
        return False
    asked_of = {s for c in head.children if c.dep_ not in ("nsubj", "nsubjpass") and c is not verb
                for w in c.subtree for s in stems(w.text)}
    return bool(doer & asked_of)
