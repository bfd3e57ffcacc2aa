"""A "which <kind>" question that the articles answer only with the kind's common noun.

    Which insurer paid out on the claim?   "The claim was paid by the family's insurer in May."
    Which vendor was the bank moving to?   "... had been held up during a change of vendors."

The best sentences mention the asked thing only generically ("the receiving bank", "a change of
vendors"), and the article names nothing of that kind (no "<Name> Bank", no "<Name>, the bank")
beside what the question itself names: the articles do not say which. The near-miss sentence is
cited in the decline. Asked whose thing it was ("which firm's van hit the wall?"), the sentence that
mentions the thing (a van) with no owner named is as far as the articles go. Only for kinds of business (a bank, a firm, an insurer: vocabulary `companies`),
which articles name by name; other things are as often answered by a description."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

_WHICH = re.compile(r"^\s*(?:and\s+)?which\s+([a-z][a-z\-]+)\s+(?!of\b)([a-z][a-z\-]*)", re.I)
_NAME = r"[A-Z][\w'’&\-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&\-]*)*"


# "Which paragliding company's glider caused the collision?": the kind is the owner's, the thing its glider.
_WHICH_OWNER = re.compile(r"^\s*(?:and\s+)?which\s+(?:[a-z\-]+\s+){0,2}?([a-z\-]+)['’]s\s+([a-z][a-z\-]*)", re.I)


def _named_kinds_nouns() -> frozenset[str]:
    """Kinds of business and premises, which are named by their names."""
    v = vocabulary()
    return v.companies | v.trade_partners | v.premises


def _owner_kind(question: str) -> tuple[str, str] | None:
    """The body kind and the thing of "which <kind>'s <thing>", for kinds of business or premises only."""
    m = _WHICH_OWNER.match(question)
    if m is None:
        return None
    kinds = _named_kinds_nouns()
    noun = m.group(1).lower()
    if noun not in kinds and noun.rstrip("s") not in kinds:
        return None
    return noun, m.group(2).lower()


def _kind(question: str) -> str | None:
    m = _WHICH.match(question)
    if m is None:
        return None
    noun = m.group(1).lower()
    v = vocabulary()
    # Only kinds of body, which are named by their names; "which phones", "which couple", "which ward"
    # are as often answered by a description ("phones released since 2023").
    kinds = _named_kinds_nouns()  # (not every body noun: "which couple", "which family" ask for people)
    if noun not in kinds and noun.rstrip("s") not in kinds:
        return None
    following = m.group(2).lower()
    if following in v.person_nouns or following in kinds:
        return None  # "which club official": the body word qualifies the noun asked
    from bot.answering.predicate import parse_question

    # (parsed only for a question that asks "which <body noun>", which is rare)
    token = next((t for t in parse_question(question) if t.lower_ == noun), None)
    if token is None or token.dep_ in ("compound", "amod"):
        return None  # "which opposition politician": the person asked, not a body
    return noun


def _forms(noun: str, ies: bool = False) -> str:
    if ies and re.search(r"[^aeiou]y$", noun):
        return rf"{re.escape(noun[:-1])}(?:y|ies)"  # the thing owned: "lorry", "lorries"
    return rf"{re.escape(noun)}(?:s|es)?"


def _named_kinds(text: str, noun: str) -> list[str]:
    """The names the text gives of the kind: "Konkan Mercantile Bank", "Nordea, the Nordic bank", "vendor Acme"."""
    forms = _forms(noun)
    found = [m.group(0) for m in re.finditer(rf"\b{_NAME}\s+{forms.capitalize()}\b", text)]
    found += [m.group(1) for m in re.finditer(rf"\b({_NAME}),\s+(?:a|an|the|its|their|our)\s+(?:[\w\-]+\s+){{0,3}}?{forms}\b", text)]
    found += [m.group(1) for m in re.finditer(rf"\b(?i:{forms}),?\s+({_NAME})", text)]  # "the carmaker Daeyang Motors", "one maker, Acme"
    found += [m.group(1) for m in re.finditer(rf"\b({_NAME})\s+{forms}\b", text)]  # "the Bramblewood ward"
    return found


def _generic(text: str, noun: str, ies: bool = False) -> bool:
    return re.search(rf"\b{_forms(noun, ies)}\b", text) is not None  # written in lower case: a common noun


def kind_unnamed(q, chosen: list[Candidate], article_text) -> Candidate | None:
    """The chosen sentence that mentions the asked kind only by its common noun, when its article
    names none of that kind but what the question names; else None. `article_text(id)` gives an article's text."""
    if not chosen:
        return None
    owner = _owner_kind(q.text)
    noun = owner[0] if owner else _kind(q.text)
    if noun is None:
        return None
    # Asked whose thing it was: the thing mentioned with no owner is as far as the sentence goes.
    # (a kind's "-ies" plural is not read as the kind: "one of the companies" names no company asked)
    generic = next((c for c in chosen if (_generic(c.text, owner[1], ies=True) if owner else _generic(c.text, noun))), None)
    if generic is None:
        return None
    own = set(q.terms) - set(stems(noun))
    for article_id in {c.chunk.chunk.article_id for c in chosen}:
        text = article_text(article_id) or ""
        for name in _named_kinds(text, noun):
            if not set(stems(name)) - set(stems(noun)) <= own:
                return None  # a thing of that kind the question does not name: it may be the answer
    return generic
