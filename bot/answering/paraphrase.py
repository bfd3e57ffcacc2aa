"""Words a question and an article use for one act or stance (index/vocabulary.yaml `paraphrases`).

"What have the employers put on the table?" is answered by "the association said it had offered
...", and "what is the council's stance?" by "the council has not taken a position": the sentence
has none of the question's words for the act, only another of its group's. The question's phrases
are found once, when it is parsed; a candidate sentence's words are stemmed once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.answering.terms import stems
from index.sparse import _IRREGULAR
from index.vocabulary import vocabulary

# Words left out before matching, so that "not renew its support" has "not renew" and "put it on the
# table" has "put on the table".
_SKIPPED = frozenset("the a an its it their his her our my your this that these those any some".split())
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
# Past forms the stemmer leaves alone, beside the BM25 index's own ("told" -> "tell").
_PAST = {**_IRREGULAR, "threw": "throw", "thrown": "throw", "withdrew": "withdraw", "withdrawn": "withdraw",
         "drew": "draw", "drawn": "draw", "underwent": "undergo", "undergone": "undergo"}
GAP = 2  # other words allowed between two words of a phrase ("would not immediately renew")


@dataclass(frozen=True)
class Paraphrase:
    """A phrase the question uses (`terms`: its BM25 stems) and its group's other phrases (word stems)."""

    terms: tuple[str, ...]
    others: tuple[tuple[str, ...], ...]
    needs: tuple[frozenset[str], ...] = ()  # each other phrase's BM25 terms: a sentence lacking them is not read


@cache
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=100_000)
def words_of(text: str) -> tuple[str, ...]:
    """The stemmed words of `text`, stop words kept (a phrase's "not", "for" and "out" matter).
    Only English words matter here, so no accent folding; words are stemmed once per process."""
    return tuple(_stem(w) for w in _WORD.findall(text.lower()) if w not in _SKIPPED)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    stem = _stemmer().stemWord(word)
    return _PAST.get(stem, stem)


def has_phrase(phrase: tuple[str, ...], words: tuple[str, ...], before_to: bool = True) -> bool:
    """Whether `words` hold the phrase's words in order, at most GAP other words between two;
    with `before_to` False, not where "to" and a verb follow ("wanted to leave" asks for no thing)."""
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        at, found = start, True
        for part in phrase[1:]:
            window = words[at + 1: at + 2 + GAP]
            if part not in window:
                found = False
                break
            at += 1 + window.index(part)
        if found and (before_to or words[at + 1: at + 2] != ("to",)):
            return True
    return False


# A question that counts: the thing counted may be written otherwise ("how many jobs" / "nineteen posts");
# "what job does she hold" asks for no count, and a role is no post of a count.
COUNTS = re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b", re.I)


@cache
def _groups(counting: bool = False) -> tuple[tuple[tuple[tuple[str, ...], str], ...], ...]:
    """Each group's phrases as (stemmed words, phrase); a `same_things` word marked "~" ("~post") is
    read in sentences only (in a question, "post office" asks for no job), and only with `counting`."""
    v = vocabulary()
    # (not counting: no word marked "~", "what job does she hold" is no "position" of a count)
    things = v.same_things if counting else tuple(tuple(p for p in g if not p.startswith("~")) for g in v.same_things)
    groups = (*v.paraphrases, *things)
    return tuple(tuple((words_of(p.lstrip("~")), p) for p in group if words_of(p.lstrip("~"))) for group in groups)


def paraphrases_in(question: str) -> tuple[Paraphrase, ...]:
    """The group phrases `question` uses, each with the other ways of saying it."""
    words = words_of(question)
    present = frozenset(words)  # (a phrase whose first word the question lacks is not scanned for)
    question_terms = tuple(dict.fromkeys(stems(question)))
    out = []
    for group in _groups(bool(COUNTS.search(question))):
        # "Which member wanted to leave rates alone": a wish to do something, not a demand for a thing.
        used = [(w, p) for w, p in group if not p.startswith("~") and w[0] in present and has_phrase(w, words, before_to=False)]
        if not used:
            continue
        # The question's own BM25 terms for the phrase ("thrown", which the index does not map to "throw").
        phrase_words = {x for w, _ in used for x in w}
        terms = tuple(t for t in question_terms if _PAST.get(t, t) in phrase_words)
        others = {w: p.lstrip("~") for w, p in reversed(group) if all(w != u for u, _ in used)}  # the first phrase of equal words
        if terms and others:
            out.append(Paraphrase(terms, tuple(others), tuple(_needs(p) for p in others.values())))
    return tuple(out)


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")


def places_in(question: str) -> tuple[Paraphrase, ...]:
    """A country as the question names it and as an article may: "Tashkent's trade minister" /
    "Uzbekistan's minister", "Astana's threat" / "the Kazakh threat" (its capital, its name, its
    adjectives, from the world data in index/world.py)."""
    from index.world import country_for, country_of_capital, demonyms_of

    out = []
    question_terms = set(stems(question))
    for m in _CAPITALISED.finditer(question):
        word = re.sub(r"['’]s$", "", m.group(0))
        country = country_of_capital(word) or country_for(word)
        if country is None:
            continue
        terms = tuple(t for t in stems(word) if t in question_terms)
        mine = words_of(word)
        others = {words_of(f): f for f in reversed((country, *demonyms_of(country))) if words_of(f) and words_of(f) != mine}
        if terms and others:
            out.append(Paraphrase(terms, tuple(others), tuple(_needs(f) for f in others.values())))
    return tuple(out)


@lru_cache(maxsize=4096)
def _needs(phrase: str) -> frozenset[str]:
    """The BM25 terms a sentence must have to hold `phrase`, each with its irregular past forms."""
    return frozenset(stems(phrase))


_FORMS = {}
for _past, _base in _PAST.items():
    _FORMS.setdefault(_base, set()).add(_past)


def _has_terms(needs: frozenset[str], terms: frozenset[str]) -> bool:
    return all(t in terms or not _FORMS.get(t, set()).isdisjoint(terms) for t in needs)


def paraphrased(p: Paraphrase, text: str, terms: frozenset[str]) -> bool:
    """Whether a sentence (`text`, its BM25 `terms`) says `p` in other words only."""
    if all(t in terms for t in p.terms):
        return False
    # Most sentences lack a phrase's terms: set lookups on the terms scoring already has, and only
    # the few that have them are read word by word (issue 14: no new work per sentence).
    candidates = [o for o, needs in zip(p.others, p.needs) if _has_terms(needs, terms)]
    if not candidates:
        return False
    words = words_of(text)
    return any(has_phrase(o, words) for o in candidates)
