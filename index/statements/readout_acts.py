"""The acts a readout of talks reports what was said with, each in its own pattern.

A foreign ministry's or an agency's account of a meeting reports the talks by their acts: "X
thanked the hosts for their support to ...", "X informed her counterpart about ...", "The minister also
raised the situation of ...", "X invited Y to visit Peru"; an official's directive is told the
same way ("had directed the deputy commissioners to ensure ..."). Each is a statement only in that shape:
a thanks with its reason ("for"), a briefing with its subject ("about", "of", "on"), a raised
topic (an issue, a situation, a concern: vocabulary `topic_nouns`), an invitation with what it
invites to. "Raised prices", "thanked the crowd" or "invited guests" say nothing.
"""

from __future__ import annotations

from index.vocabulary import vocabulary

_REASON = {"thank": ("for",), "inform": ("about", "of", "on"), "brief": ("about", "on")}


def readout_act(tok) -> str | None:
    """The readout act `tok` reports talks with, in its own pattern, or None."""
    v = vocabulary()
    lemma = v.readout_lemma(tok.text)
    # a readout tells past talks ("thanked", "has invited"): a present "I thank the member for her
    # question" is the speaker's own courtesy, and "whether club members had raised concerns" a question
    if lemma is None or tok.dep_ in ("amod", "acl", "relcl", "advcl") \
            or not (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.dep_ == "aux" for c in tok.children))):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "was invited to speak": the act done to the subject
    if lemma == "give":
        return lemma if _deadline(tok) else None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if lemma in _REASON:
        return lemma if any(c.dep_ == "prep" and c.lower_ in _REASON[lemma] for c in (*tok.children, *obj.children)) else None
    if lemma == "raise":
        return lemma if obj.lemma_.lower() in v.topic_nouns or obj.lower_ in v.topic_nouns else None
    if lemma == "welcome":  # "welcomed the progress towards ...", not "welcomed the guests"
        return lemma if obj.lower_ in v.welcomed_nouns or obj.lemma_.lower() in v.welcomed_nouns else None
    if lemma == "seek":  # "had sought a sentence of eight years", not "sought refuge"
        return lemma if obj.lower_ in v.sought_nouns or obj.lemma_.lower() in v.sought_nouns else None
    # invite, direct, instruct: to do something ("invited the minister to send an observer", "directed the
    # commissioners to ensure ...")
    return lemma if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) else None


def _deadline(verb) -> bool:
    """"gave the producers 30 days to submit a new cut": a counted period for someone to do
    something in, the giver's directive (as "directed them to"), not "gave them two days off"."""
    periods = vocabulary().deadline_periods
    period = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lower_ in periods
                   and any(n.dep_ == "nummod" for n in c.children)), None)
    if period is None or not any(c.dep_ == "dative" for c in verb.children):
        return False
    return any(c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in (*verb.children, *period.children))


def readout_content(verb) -> list:
    """What a readout act says: everything after the verb in its clause, not a second act joined to it."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    toks = [t for t in verb.subtree if t.i > verb.i and t.i not in joined]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks
