"""A word of a question spelt or named in the other English (American or British), read as the articles write it.

"defense", "kilometers", "labor" for articles that write "defence", "kilometres", "labour" (and the
other way round), by the rules of the two spellings; "restrooms", "council member", "gas station" for
"toilets", "councillor", "filling station" by index/vocabulary.yaml `regional_words`. Only a word the
articles never write, and only to a twin they do: a word they use is never touched.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_V = vocabulary()
# (ending, its other spelling): colour/color, centre/center, defence/defense, organise/organize,
# analyse/analyze, catalogue/catalog, travelled/traveled, programme/program.
_SPELLINGS = [(r"our(s|ed|ing|ful)?$", r"or\1"), (r"([^o])or(s|ed|ing|ful)?$", r"\1our\2"),
              (r"([^aeiou])re(s|d)?$", r"\1er\2"), (r"([^aeiou])er(s|ed)?$", r"\1re\2"),
              (r"ence(s)?$", r"ense\1"), (r"ense(s)?$", r"ence\1"),
              (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"iz(e|es|ed|ing|ation|ations)$", r"is\1"),
              (r"ys(e|es|ed|ing)$", r"yz\1"), (r"yz(e|es|ed|ing)$", r"ys\1"),
              (r"ogue(s)?$", r"og\1"), (r"og(s)?$", r"ogue\1"),
              (r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2"), (r"([aeiou])l(ed|ing|er|ers)$", r"\1ll\2"),
              (r"^programme(s)?$", r"program\1"), (r"^program(s)?$", r"programme\1")]
_PHRASES = sorted(_V.regional_words, key=lambda p: (-len(p.split()), p))
_PHRASE = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _PHRASES) + r")(?![\w'’-])", re.I) \
    if _PHRASES else None


def spelt_twin(word: str, known) -> str | None:
    """The other spelling of lower-case `word` that the articles write (`known`), when they never write `word`."""
    if word in known:
        return None
    for pattern, other in _SPELLINGS:
        twin = re.sub(pattern, other, word, count=1)
        if twin != word and twin in known:
            return twin
    return None


def as_written_here(text: str, words) -> str:
    """`text` with each named thing the articles never write as the twin they do (`words`: CorpusWords)."""
    if _PHRASE is None:
        return text

    def one(m: re.Match) -> str:
        said = m.group(0)
        phrase = " ".join(said.lower().split())
        if words.writes(phrase):
            return said
        twin = next((t for t in _V.regional_words.get(phrase, ()) if words.writes(t)), None)
        if twin is None:
            return said
        return twin[:1].upper() + twin[1:] if said[:1].isupper() else twin

    return _PHRASE.sub(one, text)


def names_regionally(text: str) -> bool:
    """Whether `text` holds a phrase of `regional_words` (the articles' words must then be read)."""
    return _PHRASE is not None and _PHRASE.search(text) is not None
