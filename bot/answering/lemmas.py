"""spaCy's English rule lemmatizer, giving the same lemmas at a fraction of the cost.

- spaCy keeps only the lemmas it reaches through its suffix rules: a token in its base form (a
  singular noun, an infinitive: most tokens) is worked out again every time, reading the token's
  morphology into a dict. A lemma is a function of the token's form, coarse part of speech and
  morphology (the key spaCy keeps its own results under), so here every lemma is kept under it.
- A word not seen before: whether its part of speech and morphology make a base form is asked
  once per pair; else its suffix rules are applied as spaCy applies them, with the word index
  read as a set (spaCy scans a list of up to 57,000 words per rule: 1-9 ms for a new plural).
A token whose lemma is already set (by the attribute ruler) keeps it, as in spaCy. The same
lemmas on 4,778 tuning-set questions and sentences (tests/answering/test_kept_lemmas.py).
"""

from __future__ import annotations

KEPT = 200_000  # keys (form, part of speech, morphology); past this many the kept ones are dropped


class KeptLemmas:
    def __init__(self, lemmatizer):
        self._lemmatizer = lemmatizer
        self._kept: dict = {}  # id of a StringStore -> (orth, pos, morph key) -> lemma's hash
        self._base: dict[tuple[int, int], bool] = {}  # (pos, morph key) -> a base form?
        self._base_forms_read_here = _is_spacys_english(lemmatizer)
        self._by_pos: dict[str, tuple] = {}  # part of speech -> (index as a set, exceptions, rules)

    def __call__(self, doc):
        lemmatizer = self._lemmatizer
        if lemmatizer.mode != "rule" or lemmatizer.overwrite or not lemmatizer._validated:
            return lemmatizer(doc)  # (the first call checks its tables)
        strings = doc.vocab.strings
        kept = self._kept.get(id(strings))
        if kept is None or len(kept) > KEPT:
            kept = self._kept[id(strings)] = {}
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        # Keys read as an array: a Token object per token (and one for its morphology) cost more than the lookup.
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma == 0:
                key = (orth, pos, morph)
                lemma = kept.get(key)
                if lemma is None:
                    lemma = kept[key] = strings.add(self._lemma(doc[i], pos, morph))
                doc[i].lemma = lemma
        return doc

    def _lemma(self, token, pos: int, morph: int) -> str:
        """The lemma spaCy's English rule lemmatizer gives `token`. A new word is most often in its
        base form (a singular noun, an infinitive), whose lemma is its lower case: whether a part of
        speech and morphology make a base form is asked once (`is_base_form` reads nothing else)."""
        lemmatizer = self._lemmatizer
        if not self._base_forms_read_here:
            return lemmatizer.lemmatize(token)[0]
        base = self._base.get((pos, morph))
        if base is None:
            base = self._base[(pos, morph)] = bool(lemmatizer.is_base_form(token))
        # (rule_lemmatize gives the lower case to a base form before anything else but a missing
        # part of speech, to which it gives the lower case too)
        return token.lower_ if base else self._by_rules(token.text, token.pos_.lower())

    def _by_rules(self, string: str, univ_pos: str) -> str:
        """spaCy's `Lemmatizer.rule_lemmatize(token)[0]` past its base-form test, with its word index
        read as sets: spaCy tests `form in index` on lists of up to 57,000 words, once per suffix
        rule, which cost a new plural or participle 1-9 ms."""
        if univ_pos in ("", "eol", "space"):
            return string.lower()
        index, exceptions, rules = self._tables(univ_pos)
        if index is None:  # no table for this part of speech
            return string if univ_pos == "propn" else string.lower()
        orig, string = string, string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [orig])[0]

    def _tables(self, univ_pos: str):
        """The lemmatizer's word index (as a set), exceptions and suffix rules for a part of speech;
        index None when it has none of the three (spaCy's test)."""
        found = self._by_pos.get(univ_pos)
        if found is None:
            lookups = self._lemmatizer.lookups
            index, exc, rules = (lookups.get_table(name, {}).get(univ_pos) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
            found = (None, None, None) if not any((index, exc, rules)) else (frozenset(index or ()), exc or {}, rules or [])
            self._by_pos[univ_pos] = found
        return found


def _is_spacys_english(lemmatizer) -> bool:
    """Whether the lemmatizer is spaCy's English rule lemmatizer, whose steps `_lemma` relies on."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    kind = type(lemmatizer)
    return kind is EnglishLemmatizer and kind.rule_lemmatize is Lemmatizer.rule_lemmatize \
        and lemmatizer.lemmatize == lemmatizer.rule_lemmatize
