"""A deed asked by a verb that only carries a noun of it: "Who carried out the inspection?" asks who
inspected, and the article writes it so ("was inspected on 4 May by the county's engineer, X").

    who carried out the inspection of the weir   -> inspect   ("inspection" less "-ion")
    who conducted the review                     -> review    (the noun is the verb)
    who performed the assessment                 -> assess    ("-ment")

The carrying verbs are index/vocabulary.yaml `support_verbs`; the noun's verb is found in the spaCy
model's word tables (bot/answering/english_words.py), by the endings English makes nouns of verbs
with. Only the question is parsed (its one parse, already made)."""

from __future__ import annotations

from functools import lru_cache

from index.vocabulary import vocabulary

# Endings of a noun made of a verb, longest first, with what the verb ends in instead:
# "investigation" -> "investigate", "inspection" -> "inspect", "assessment" -> "assess",
# "approval" -> "approve", "closure" -> "close".
NOUN_ENDINGS = (("ation", "ate"), ("ation", ""), ("ation", "e"), ("ition", "ite"), ("ion", ""), ("ion", "e"),
            ("ment", ""), ("al", "e"), ("al", ""), ("ure", "e"), ("ance", ""), ("ence", ""), ("ing", ""), ("ing", "e"))


@lru_cache(maxsize=1024)
def verb_of_noun(noun: str) -> str | None:
    """The verb `noun` (lower case) is made of, by the model's word tables: "inspection" -> "inspect"."""
    from bot.answering.english_words import _tables

    verbs = _tables()[0]["verb"]
    if noun in verbs:
        return noun  # "review", "survey", "audit"
    for ending, verb_end in NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3 and (verb := noun[: -len(ending)] + verb_end) in verbs:
            return verb
    return None


def carried_deed(question: str) -> tuple[str, str | None] | None:
    """(the verb of the noun a support verb carries in the question, what the noun is of): "carried
    out the inspection of the weir": ("inspect", "weir"); None when the question's verb is none of them."""
    from bot.answering.predicate import parse_question, verb_forms

    support = vocabulary().support_verbs
    for t in parse_question(question):
        if t.pos_ != "VERB":
            continue
        if not any(v in support for v in verb_forms(t)):
            continue  # ("carried the flag" is no deed of a flag: "carry" carries one only with "out")
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        verb = verb_of_noun(obj.lemma_.lower()) if obj is not None else None
        if verb is None:
            return None
        of = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        return verb, (of.lemma_.lower() if of is not None else None)
    return None
