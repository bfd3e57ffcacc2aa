"""A judge's or a court's words told without a speech verb: a ruling, a dissent, a view.

    "The Supreme Court dismisses the appeal."        the court's ruling, in a court's own summary
    "Lord X would have allowed the appeal."          a dissenting judge's ruling
    "In his view, ..." / "My own view is that ..."   the view's holder speaks

`attribution._cue_form` takes the first two as cues (RULING, DISSENT); the view holders stand
for "according to".
"""

from __future__ import annotations

from index.vocabulary import vocabulary


_VIEWS = {"view", "opinion", "judgment", "judgement"}
DISSENT = "would have"


def would_have_ruled(tok) -> bool:
    """"would have allowed / dismissed the appeal": a ruling verb after "would have", its object a
    court's matter (vocabulary `court_rulings`, `court_matters`)."""
    v = vocabulary()
    if tok.tag_ != "VBN" or tok.lower_ not in v.court_rulings:
        return False
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    return "would" in auxes and "have" in auxes and any(c.dep_ == "dobj" and c.lower_ in v.court_matters for c in tok.children)


RULING = "rule"
_COURTS = {"court", "tribunal"}


def court_rules(tok) -> bool:
    """"The Supreme Court dismisses the appeal": a court's ruling in the present tense, as a
    court's own summary reports its decision (news tells a ruling in the past, as an event), its
    object a court's matter (vocabulary `court_ruling_verbs`, `court_matters`)."""
    v = vocabulary()
    if tok.tag_ != "VBZ" or tok.lower_ not in v.court_ruling_verbs:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in _COURTS and any(
        c.dep_ == "dobj" and c.lower_ in v.court_matters for c in tok.children)


def view_holder(tok):
    """The holder of the view an opening "In his view," / "In the view of X," / "In Lady X's
    opinion," gives, else None."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i != tok.sent.start:
        return None
    noun = next((c for c in tok.children if c.dep_ == "pobj" and c.lower_ in _VIEWS), None)
    if noun is None:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)


def view_subject(tok):
    """The holder of the view a sentence opens with as its subject ("My own view is that ...",
    "Her view was that ..."), else None."""
    if tok.lower_ not in _VIEWS or tok.dep_ != "nsubj" or tok.head.lower_ not in ("is", "was", "remains") or tok.left_edge.i != tok.sent.start:
        return None
    if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.head.children):
        return None
    return next((c for c in tok.children if c.dep_ == "poss"), None)
