"""Shapes of a person's name the parser and NER get wrong, read from the tokens: a name set
before the job it holds ("Nam Min-jae, vice president at ..."), and a name in the
family-name-first order ("Pintér Áron", "Vörös-Kádár Ildikó") that NER takes for a body.
"""

from __future__ import annotations

import re

from index.statements.people import first_name_gender
from index.vocabulary import vocabulary

_HYPHENED = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def name_before_comma(toks) -> list:
    """The person's name a role phrase opens with, set off by a comma ("Hwang Min-jae, vice
    president at ..."), when the parser hangs it on the role: NER's PERSON tokens, then ","."""
    lead = []
    for t in toks:
        if not (t.text[:1].isupper() or (t.text == "-" or (lead and lead[-1].text == "-")) and lead and not lead[-1].whitespace_):
            break
        lead.append(t)
    doc = toks[0].doc
    if len(lead) < 2 or lead[-1].i + 1 >= len(doc) or doc[lead[-1].i + 1].text != ",":
        return []
    # NER's person, or a family name and a hyphened given name ("Nam Min-jae") NER can miss
    named = all(t.ent_type_ == "PERSON" for t in lead) or _HYPHENED.fullmatch(doc[lead[0].i:lead[-1].i + 1].text)
    return lead if named else []


def personal_frame(head) -> bool:
    """The name is set as a person's: in apposition to a job ("its secretary-general, X") or with
    a "who" clause ("X, who chairs ..."); a body's name ("Red Andina says") has neither."""
    v = vocabulary()
    if head.dep_ == "appos" and (v.is_role(head.head.lower_) or v.is_role(head.head.text.lower().split("-")[0])
                                 or head.head.lower_ in v.generic_sources):
        return True
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in head.children)


def family_first(toks) -> bool:
    """A name in the family-name-first order of Hungarian (and East Asian) usage: two or three
    capitalised words (a hyphened family name counts as one) ending with a given name the lexicon
    knows, opening with a word that is none, and no place."""
    words = [t for t in toks if t.text != "-"]
    return 2 <= len(words) <= 3 and all(t.text[:1].isupper() and t.text[1:].islower() and t.pos_ == "PROPN" for t in words) \
        and first_name_gender(words[-1].text) is not None and first_name_gender(words[0].text) is None \
        and not any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in toks)
