"""Whether a capitalised word is an English word, by the lemmatizer's word index of the pipeline.

A name's first word that no first-name lexicon knows ("Yohanes", "Ignasius") is still a given
name when no English dictionary knows it either; "Irrigation" before "Daulet Kuspanov" is the end
of a job's title. The pipeline's rule lemmatizer ships the WordNet index of nouns, verbs,
adjectives and adverbs, which serves as that dictionary with nothing to download.
"""

from __future__ import annotations

from functools import cache


def is_english_word(word: str) -> bool:
    """Whether `word`, lower-cased, or a base form the lemmatizer's suffix rules give it ("Siblings"
    -> "sibling"), is a noun, verb, adjective or adverb of the English index."""
    index, rules = _tables()
    if index is None:
        return True  # (a pipeline without the tables: every word counts as English, as before)
    w = word.lower()
    if w in index:
        return True
    return any(w.endswith(old) and (w[:len(w) - len(old)] + new) in index for old, new in rules)


@cache
def _tables() -> tuple[frozenset[str] | None, tuple[tuple[str, str], ...]]:
    from index.statements.nlp import pipeline

    try:
        lookups = pipeline().get_pipe("lemmatizer").lookups
        index, rules = lookups.get_table("lemma_index"), lookups.get_table("lemma_rules")
    except (KeyError, ValueError):
        return None, ()
    words = frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, ()))
    return words, tuple((old, new) for pos in ("noun", "verb", "adj") for old, new in rules.get(pos, ()) if old)
