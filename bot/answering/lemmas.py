"""spaCy's rule lemmatizer, with each lemma it gives kept.

The lemmatizer keeps only the lemmas it reaches through its suffix rules: a token it finds in its
base form (a singular noun, an infinitive: most tokens) is worked out again every time, reading
the token's morphology into a dict, about a fifth of a question parse's CPU after the model. Its
lemma is a function of the token's form, coarse part of speech and morphology (the key spaCy
keeps its own results under), so here every lemma is kept under that key and given again without
asking. A token whose lemma is already set (by the attribute ruler) keeps it, as in spaCy.
"""

from __future__ import annotations

KEPT = 200_000  # keys (form, part of speech, morphology); past this many the kept ones are dropped


class KeptLemmas:
    def __init__(self, lemmatizer):
        self._lemmatizer = lemmatizer
        self._kept: dict = {}  # id of a StringStore -> (orth, pos, morph key) -> lemma's hash

    def __call__(self, doc):
        lemmatizer = self._lemmatizer
        if lemmatizer.mode != "rule" or lemmatizer.overwrite or not lemmatizer._validated:
            return lemmatizer(doc)  # (the first call checks its tables)
        strings = doc.vocab.strings
        kept = self._kept.get(id(strings))
        if kept is None or len(kept) > KEPT:
            kept = self._kept[id(strings)] = {}
        for token in doc:
            if token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = kept.get(key)
                if lemma is None:
                    lemma = kept[key] = strings.add(lemmatizer.lemmatize(token)[0])
                token.lemma = lemma
        return doc
