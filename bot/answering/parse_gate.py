"""Can a sentence's parse hold a word of these lemmas? Asked before parsing it.

The parse-based checks of candidate sentences (withheld.py, speech_subjects.py, ahead.py) look
for a token whose lemma or form is in a word list (`index/vocabulary.yaml`); a sentence with no
token that could have such a lemma would give them nothing, and needs no parse (4-5 ms each, the
largest cost of a new question's answer). spaCy's tokenizer alone (about 0.1 ms) gives the
tokens the parse would have. Which forms can carry a lemma is read off the pipeline's own
lemmatizer (its suffix rules and exceptions, for every part of speech, since the part of speech
is not known before the parse) and attribute ruler, so no sentence the parse would match is
skipped: the checks answer exactly as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from index.statements.nlp import pipeline


@lru_cache(maxsize=20_000)
def token_forms(sentence: str) -> frozenset[str]:
    """The lower-case forms of the sentence's tokens, as the parse (the same tokenizer) has them."""
    return frozenset(t.lower_ for t in pipeline().make_doc(sentence))


def may_hold(sentence: str, forms: frozenset[str] | None) -> bool:
    """Whether a token of `sentence` may be one of `forms` (None: cannot tell, so it may)."""
    return forms is None or not forms.isdisjoint(token_forms(sentence))


@lru_cache(maxsize=64)
def forms_of(lemmas: frozenset[str]) -> frozenset[str] | None:
    """Every lower-case form a token whose lemma is one of `lemmas` (lower case) may have, the
    lemmas themselves included; None when the pipeline sets such a lemma in a way not read here."""
    rules, by_lemma, unread = _lemma_tables()
    if lemmas & unread:
        return None
    out = set(lemmas)
    # A rule (old, new) makes lemma `base + new` of a form `base + old` (spacy Lemmatizer.rule_lemmatize).
    for old, new in rules:
        out.update(lemma[: len(lemma) - len(new)] + old for lemma in lemmas if lemma.endswith(new))
    for lemma in lemmas:
        out.update(by_lemma.get(lemma, ()))
    return frozenset(out)


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[frozenset[tuple[str, str]], dict[str, set[str]], frozenset[str]]:
    """The lemmatizer's suffix rules of every part of speech; lemma -> the forms given it by name
    (the lemmatizer's exceptions, the attribute ruler's rules); lemmas the ruler sets otherwise."""
    nlp = pipeline()
    lookups = nlp.get_pipe("lemmatizer").lookups
    rules = frozenset((old, new) for table in lookups.get_table("lemma_rules", {}).values() for old, new in table)
    by_lemma: dict[str, set[str]] = {}
    for exceptions in lookups.get_table("lemma_exc", {}).values():
        for form, given in exceptions.items():
            for lemma in given:
                by_lemma.setdefault(lemma.lower(), set()).add(form)
    unread: set[str] = set()
    for rule in nlp.get_pipe("attribute_ruler").patterns:
        lemma = rule["attrs"].get("LEMMA")
        if lemma is None:
            continue
        for pattern in rule["patterns"]:
            named = _forms_named(pattern[rule.get("index", 0)])  # the token of the match it sets
            if named is None:
                unread.add(lemma.lower())
            else:
                by_lemma.setdefault(lemma.lower(), set()).update(named)
    return rules, by_lemma, frozenset(unread)


def _forms_named(token: dict) -> Iterable[str] | None:
    """The lower-case forms a ruler's token pattern is restricted to, or None when not by form."""
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return [value.lower()]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [v.lower() for v in value["IN"]]
    return None
