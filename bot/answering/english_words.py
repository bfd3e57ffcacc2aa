"""Whether a lower-case word is an English word: the spaCy model's lemmatizer tables (WordNet's
nouns, verbs, adjectives and adverbs, their irregular forms and suffix rules) and its stop words.

The model ships these tables, so no word list is downloaded; they hold no misspellings, unlike the
model's string store (which keeps whatever its training text wrote, "goverment" among them).
"""

from __future__ import annotations

from functools import lru_cache

_POS = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=1)
def _tables():
    from index.statements.nlp import pipeline

    nlp = pipeline()
    lookups = nlp.get_pipe("lemmatizer").lookups
    index, exc, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    words = {pos: frozenset(index.get(pos) or ()) for pos in _POS}
    irregular = frozenset(w for pos in _POS for w in (exc.get(pos) or {}))
    suffixes = {pos: tuple((old, new) for old, new in (rules.get(pos) or ())) for pos in _POS}
    return words, irregular, suffixes, frozenset(nlp.Defaults.stop_words)


# Prefixes and endings newer words are made with ("rebranded", "texted", "upskilling").
_PREFIXES = ("re", "un", "de", "non", "co", "pre", "post", "over", "under", "up", "out", "mis", "e", "anti", "sub", "inter")
_ENDINGS = ("ed", "d", "ing", "s", "es", "er", "ers", "ly", "ation", "isation", "ization")


@lru_cache(maxsize=4096)
def is_english(word: str) -> bool:
    """`word` (lower case) is a dictionary word or a regular form of one ("checked", "reporters"),
    or one made with a prefix or an ending ("rebranded", "texted").
    A misspelling is none of these ("goverment", "compnay")."""
    if _listed(word):
        return True
    stems = {word} | {word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 4}
    stems |= {s[:-1] for s in stems if len(s) > 4 and s[-1] == s[-2]}  # "upskilling" -> "upskil" -> "upskill"
    stems |= {s[len(p):] for s in stems for p in _PREFIXES if s.startswith(p) and len(s) - len(p) >= 3}
    return any(_listed(s) for s in stems - {word})


def _listed(word: str) -> bool:
    words, irregular, suffixes, stop = _tables()
    if word in stop or word in irregular:
        return True
    for pos in _POS:
        if word in words[pos]:
            return True
        for old, new in suffixes[pos]:
            if old and word.endswith(old) and word[: len(word) - len(old)] + new in words[pos]:
                return True
    # "-ing" forms are not among the verb rules of every model version: "testing", "making".
    if word.endswith("ing") and len(word) > 5:
        stem = word[:-3]
        return any(s in words["verb"] for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))
    return False
