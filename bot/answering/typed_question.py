"""A question as people type it, put in the words the articles and the parser read.

Three slips of typing, each mended only where the articles themselves say how:
- shorthand ("pls", "govt", "yr": index/vocabulary.yaml `typed_shorthand`) written out, unless the
  articles write the short form too;
- a misspelt common word ("goverment", "compnay") corrected to the nearest word the articles write
  in lower case, only when it is neither a word of the articles nor an English word (a name, which
  the articles write, is never touched; nor is any capitalised word but the first); an English word
  the articles never use is corrected only to a job one letter away ("minster" -> "minister");
- a question typed all in lower case has its names capitalised as the articles write them
  ("what did lewotana's agency say" -> "Lewotana's"), only words the articles never write in lower
  case, so a common word never becomes a name; a name typed with its possessive "s" and no
  apostrophe ("what was varnhams profit") is that name's ("Varnham's") when the articles never
  write the run-together word;
- a word spelt or named in the other English ("defense", "restrooms") as the articles
  write it ("defence", "toilets"): bot/answering/regional_words.py.
The question shown to the user stays as typed (bot/answering/answer.py keeps it).
"""

from __future__ import annotations

import re

from bot.answering.corpus_words import CorpusWords, corpus_words
from bot.answering.english_words import is_english
from bot.answering.regional_words import as_written_here, names_regionally, spelt_twin
from index.sparse import stem_terms
from index.vocabulary import vocabulary

_V = vocabulary()
_TOKEN = re.compile(r"[^\W\d_][\w]*")
_KEEP = _V.wh | _V.auxiliaries | _V.stop_words


def as_typed(question: str, corpus) -> str:
    """`question` with its typing slips mended; unchanged when there are none or no corpus words."""
    if not question.strip() or not _may_need_mending(question, corpus):
        return question
    words = corpus_words(corpus)
    if words is None:
        return question
    text = _written_out(question, words)
    text = as_written_here(text, words)
    text = _spelled(text, words)
    return _cased(text, words)


def _may_need_mending(question: str, corpus) -> bool:
    """Whether the articles' words must be read for `question` (they are read once per corpus, at a
    cost): it is typed in lower case, or holds shorthand or a word the keyword index does not know."""
    tokens = _TOKEN.findall(question)
    if not tokens:
        return False
    # "what did smith say": typed without capitals (a question that starts with one writes its names so too)
    lower_case = question.lstrip()[:1].islower() and not any(t[:1].isupper() for t in tokens[1:] if t != "I")
    if lower_case or any(t.lower() in _V.typed_shorthand for t in tokens) or names_regionally(question):
        return True
    df = getattr(getattr(corpus, "sparse", None), "df", None)
    if df is None:
        return True
    for k, token in enumerate(tokens):
        low = token.lower()
        if (k == 0 or token.islower()) and len(low) >= 4 and low.isalpha() and low not in _KEEP:
            terms = stem_terms(low)
            if terms and terms[0] not in df:
                return True
    return False


def _written_out(text: str, words: CorpusWords) -> str:
    def one(m: re.Match) -> str:
        word = m.group(0)
        full = _V.typed_shorthand.get(word.lower())
        if full is None or word.isupper() or (full and word.lower() in words.known):
            return word  # ("U", "COS": a letter or an acronym written in capitals is no shorthand)
        return full[:1].upper() + full[1:] if word[:1].isupper() and full else full

    out = re.sub(r"(?<![\w'’.])[^\W_][\w]*(?![\w'’]|\.\w)", one, text)
    return " ".join(out.split()) if out != text else text


def _spelled(text: str, words: CorpusWords) -> str:
    first = _TOKEN.search(text)

    def one(m: re.Match) -> str:
        word = m.group(0)
        if word[:1].isupper() and (first is None or m.start() != first.start()):
            return word  # a capitalised word inside a question is a name, as typed
        low = word.lower()
        if not low.isalpha() or len(low) < 4 or low in words.known or low in _KEEP:
            return word
        if _possessive(low, words) is not None:
            return word  # "varnhams": a name's, read as one by _cased
        if (twin := spelt_twin(low, words.known)) is not None:
            return twin[:1].upper() + twin[1:] if word[:1].isupper() else twin
        if is_english(low):
            # "minster", "manger": an English word the articles never use, one letter from a job
            # they name, is that job mistyped (the parser reads who is asked for by it).
            fixed = nearest(low, words, most=1)
            # (a slip inside the word: "heads" is a form of "head", not a slip; only a letter dropped
            # or doubled, never one word for another: "lead" is no slip of "head")
            fixed = fixed if fixed is not None and _V.is_role(fixed) and not _inflected(low, fixed) \
                and abs(len(fixed) - len(low)) == 1 else None
        else:
            fixed = nearest(low, words)
        if fixed is None:
            return word
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

    return _TOKEN.sub(one, text)


def nearest(word: str, words: CorpusWords, most: int | None = None) -> str | None:
    """The word of the articles (not a name) that `word` most likely misspells: one edit away
    (two for a long word; a swap of two letters is one), the most frequent of those nearest, with
    its first letter kept when one is."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    most = most or (1 if len(word) < 8 else 2)
    found = process.extract(word, words.choices, scorer=DamerauLevenshtein.distance, score_cutoff=most, limit=None)
    if not found:
        return None
    # Two edits are two slips in one long word ("labratory" has one): not a shorter word inside it.
    found = [(w, d) for w, d, _ in found if (d == 1 or abs(len(w) - len(word)) <= 1) and (words.common(w) or is_english(w))]
    if not found:
        return None
    best = min(d for _, d in found)
    near = [w for w, d in found if d == best and len(w) >= 3]
    near = [w for w in near if w[0] == word[0]] or near
    near.sort(key=lambda w: -words.counts[w])
    if not near or (len(near) > 1 and words.counts[near[0]] == words.counts[near[1]]):
        return None  # two words equally likely: leave it as typed
    return near[0]


def _inflected(word: str, other: str) -> bool:
    return word.startswith(other) or other.startswith(word)


def _cased(text: str, words: CorpusWords) -> str:
    tokens = list(_TOKEN.finditer(text))
    if not text.lstrip()[:1].islower() or any(t.group(0)[:1].isupper() for t in tokens[1:] if t.group(0) != "I"):
        return text  # the user writes capitals: theirs stand
    names = [_name_form(t.group(0), words) for t in tokens]
    # "lower saxony": a word written both ways is part of the name after it when the articles write the
    # two together capitalised, and capitalise it more often than not ("environment minister" is no name).
    for k in range(len(tokens) - 2, -1, -1):
        word, after = tokens[k].group(0), tokens[k + 1].group(0)
        if names[k] is None and names[k + 1] is not None and (word, after) in words.name_pairs \
                and word not in _KEEP and not _V.is_role(word) and words.lower[word] < words.capital[word]:
            names[k] = words.capitalised[word]
    out, last = [], 0
    for t, name in zip(tokens, names):
        if name is not None:
            out.append(text[last:t.start()] + name)
            last = t.end()
    return "".join(out) + text[last:] if out else text


def _possessive(word: str, words: CorpusWords) -> str | None:
    """"varnhams" -> "Varnham's": a name the articles write, typed with its "s" and no apostrophe."""
    if len(word) < 4 or not word.endswith("s") or word in words.known:
        return None
    name = _name_form(word[:-1], words)
    return name + "'s" if name is not None else None


def _name_form(word: str, words: CorpusWords) -> str | None:
    """The capitalised form the articles give `word` when they never write it in lower case."""
    if (owner := _possessive(word, words)) is not None:
        return owner
    if word in _KEEP or words.common(word) or word not in words.capitalised or len(word) < 2 or _V.is_role(word):
        return None  # a job stays a job ("minister"), however the articles' titles write it
    return words.capitalised[word]
