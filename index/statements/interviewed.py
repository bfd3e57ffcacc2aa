"""The people the writer says they spoke to: "I spoke to the reporter, X, who ...", "We asked X".

A column or a feature names whom the writer went to in a sentence whose subject is the writer ("I",
"we", "our reporter"); the "he" or "she" that opens the next sentence ("He told me ...") is that
person, not someone quoted earlier, though the parser makes them an object, not a subject
(`Cast.antecedent`).
"""

from __future__ import annotations

from index.vocabulary import vocabulary

# verbs of going to someone for their side, as written (the pipeline keeps no lemmas), and the
# prepositions that name whom
_CONTACT = {f for stem in ("speak spoke spoken", "talk talked", "ask asked", "interview interviewed", "contact contacted",
                           "reach reached", "call called", "phone phoned", "approach approached", "meet met",
                           "visit visited", "put", "email emailed", "e-mail e-mailed", "write wrote", "consult consulted",
                           "question questioned")
            for f in stem.split()}
_TO = {"to", "with"}
_WRITER = {"i", "we"}


def addressed_names(doc, span_start: int) -> list[tuple[int, int]]:
    """(start, end) offsets, in the article, of the names the writer says they went to in this paragraph."""
    out = []
    for tok in doc:
        if tok.lower_ not in _CONTACT or tok.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "nsubj" and _is_writer(c) for c in tok.children):
            continue
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        objects += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in _TO for o in p.children if o.dep_ == "pobj"]
        for obj in objects:
            for name in [obj, *(a for a in obj.children if a.dep_ == "appos")]:
                if name.pos_ == "PROPN":  # the name itself, not a clause about it ("who covered X")
                    lo = min([name.i, *(c.i for c in name.children if c.dep_ == "compound")])
                    out.append((span_start + doc[lo].idx, span_start + name.idx + len(name.text)))
    return out


def _is_writer(subj) -> bool:
    """"I", "we", or the paper's own people ("our reporter", "this newspaper")."""
    if subj.lower_ in _WRITER:
        return True
    owner = next((c.lower_ for c in subj.children if c.dep_ in ("poss", "det")), None)
    return owner in ("our", "this") and subj.lower_ in vocabulary().writer_roles
