"""What a sentence of a model's answer shares word for word with a passage (bot/llm/verify.py
decides on it): stemmed content words, the names and numbers it must find there, and the words a
negation governs."""

from __future__ import annotations

import re
from functools import lru_cache

from index.textnorm import fold, normalize, words

# Not the vocabulary's stop words (index/vocabulary.yaml), on purpose: a model's sentence is checked
# against its passage here, so modals ("may", "might", "must") stay content words (a hedge the
# passage does not make fails the check) and speech words ("stated", "noted") do not count.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said say says saying told tell stated
    added according noted while whose upon also via per""".split()
)
# Words that start sentences without being names.
_STARTERS = frozenset("according because due since during on in after before both while when as at".split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def stem_all(tokens: list[str]) -> list[str]:
    return _stemmer().stemWords([t.replace("'s", "").replace("'", "") for t in tokens])


def content_stems(text: str) -> list[str]:
    """Stemmed content words of `text`, in order, without repeats."""
    tokens = [t for t in words(text) if t not in STOPWORDS and (len(t) > 1 or t.isdigit())]
    return list(dict.fromkeys(stem_all(tokens)))


def stems(text: str) -> set[str]:
    return set(stem_all(words(text)))


def scope_tokens(text: str) -> set[str]:
    """Normalised words (numbers without separators) plus their stems, for the name/number check."""
    raw = [t.replace(",", "") if t[0].isdigit() else t for t in words(text)]
    return set(raw) | set(stem_all(raw))


def recall(content: list[str], stems: set[str], scope: set[str]) -> float:
    if not content:
        return 0.0
    return sum(1 for c in content if c in stems or c in scope) / len(content)


_NEGATORS = frozenset("no not never none nothing neither nor without cannot".split())
_NOT_NEGATING = frozenset("only just merely".split())  # "not only Peru" negates nothing


def negated_terms(text: str, window: int = 2) -> set[str]:
    """Stems of the first `window` content words after each negation ("would not be checkpoints")."""
    tokens = words(text)
    out: set[str] = set()
    for k, token in enumerate(tokens):
        if not (token in _NEGATORS or token.endswith("n't")):
            continue
        if k + 1 < len(tokens) and tokens[k + 1] in _NOT_NEGATING:
            continue
        following = [t for t in tokens[k + 1 : k + 8] if t not in STOPWORDS and t not in _NEGATORS][:window]
        out.update(stem_all(following))
    return out


def polarity_differs(claim: str, source: str) -> bool:
    """True when one side negates words the other side states plainly (or vice versa)."""
    in_source = bool(negated_terms(source) & set(content_stems(claim)))
    in_claim = bool(negated_terms(claim) & stems(source))
    return in_source != in_claim


def names_and_numbers(text: str) -> list[str]:
    """Numbers and capitalised words (names, places, days) that the passage must contain."""
    out: list[str] = []
    raw = re.findall(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", fold(text))
    for k, token in enumerate(raw):
        if token[0].isdigit():
            out.append(token.replace(",", ""))
        elif token[0].isupper() and normalize(token) not in STOPWORDS:
            if k == 0 and normalize(token) in _STARTERS:
                continue
            out.append(normalize(token).replace("'s", "").replace("'", ""))
    return list(dict.fromkeys(out))


def found(token: str, scope: set[str]) -> bool:
    if token in scope:
        return True
    if token[0].isdigit():
        return False
    stem = stem_all([token])[0]
    if stem in scope:
        return True
    # Ukraine / Ukrainian, Mexico / Mexican: a shared stem of five letters or more.
    return len(token) >= 5 and any(len(s) >= 5 and (s.startswith(token[:-2]) or token.startswith(s)) for s in scope)
