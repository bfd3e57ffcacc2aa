"""A company named by a description in the sentence that names it: "Tarrowby Copper jumped 20%
after the junior miner said ...", "Kelderwick Foods fell 11% after the snacks group warned
...". In a market report every sentence names another company; the one the description stands
for is the subject of the clause its own clause hangs on, not the body named last before it (a
company of the paragraph above) nor a person whose job word matches ("a mining analyst").
"""

from __future__ import annotations

from index.vocabulary import vocabulary

# labels the small model gives a company's name in a subject (it reads many as art or people)
_NOT_A_BODY = {"PERSON", "GPE", "LOC", "DATE", "TIME", "NORP", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"}
_CLIMB = {"advcl", "conj", "xcomp", "ccomp", "relcl"}


def described_company(head) -> str | None:
    """The company name that "the <words> <business noun>" (headed by `head`, a speech act's
    subject) stands for: the proper-noun subject of a clause above it in its sentence, before it;
    None when there is none."""
    v = vocabulary()
    if head.lower_ not in v.companies or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    phrase = [t for t in head.subtree if t.i <= head.i]
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in phrase) or any(t.pos_ == "PROPN" for t in phrase):
        return None
    t = head.head
    for _ in range(4):
        if t.dep_ not in _CLIMB or t.head.i == t.i:
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subj is None:
            continue
        if subj.pos_ != "PROPN" or subj.ent_type_ in _NOT_A_BODY:
            return None
        words = [w for w in subj.subtree if w.i <= subj.i and (w.i == subj.i or w.dep_ == "compound") and w.pos_ == "PROPN"]
        if not words or any(w.i != words[0].i + k for k, w in enumerate(words)):
            return None
        return subj.doc[words[0].i:subj.i + 1].text
    return None
