"""Does a number in a sentence count the thing a how-many question asks about?

    How many buildings were destroyed?   "at least 84 structures"       a word for the thing counted
    How many people signed?              "85,000 signatures"             a noun of the question's verb
    How many ballots were rejected?      "hundreds of ballots"           vague: kept only if nothing better
    How much ransom was demanded?        "had not received a ransom demand"   a denial answers too
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.people import term_match
from bot.answering.predicate import kin
from bot.answering.question import Question, amounts
from bot.answering.terms import stems
from index.statements.nlp import pipeline

HOW_MANY = re.compile(r"\bhow (?:many|much)\b", re.I)
VAGUE = frozenset("dozen dozens hundreds thousands millions billions several".split())
_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing)\b|n['’]t\b", re.I)


def number_before(text: str, counted: tuple[str, ...]) -> bool:
    """A number stands next to the thing counted: "1,140 postal ballots", "3,200 public basic schools"."""
    words = re.findall(r"[\w%,.]+", text)
    for i, w in enumerate(words):
        if amounts(w):
            near = frozenset(t for x in words[i + 1 : i + 5] for t in stems(x))
            if any(term_match(t, near) for t in counted):
                return True
    return False


def after_numbers(text: str) -> list[str]:
    """The words just after each number: where the thing counted is named."""
    words = re.findall(r"[\w%,.\-]+", text)
    return [w.strip(".,").lower() for i, x in enumerate(words) if amounts(x) for w in words[i + 1 : i + 4]]


def counting(text: str, q: Question, alike) -> list[str]:
    """The numbers that stand before the thing counted (by its word or a word for it)."""
    words = re.findall(r"[\w%,.\-]+", text)
    out = []
    for i, w in enumerate(words):
        if not amounts(w):
            continue
        near = [x.strip(".,").lower() for x in words[i + 1 : i + 5]]
        if any(term_match(t, frozenset(s for x in near for s in stems(x))) for t in q.counted) or (
            q.counted_word and any(alike.same_thing(q.counted_word, x) for x in near[:3])
        ):
            out.append(w.rstrip(".,"))
    return out


# "How many people signed": the people are counted by what they did.
_ANYONE = frozenset("people persons individuals".split())


def counts_act(text: str, q: Question) -> bool:
    """"How many people have signed the petition" / "85,000 signatures": a number before a noun of the
    question's verb's family counts the people who did it."""
    verb = _counting_verb(q.text, q.counted_word) if q.counted_word in _ANYONE else None
    if verb is None:
        return False
    return any(kin(verb, re.sub(r"(?<=[^s])s$", "", w)) for w in after_numbers(text))


@lru_cache(maxsize=1024)
def _counting_verb(question: str, counted_word: str) -> str | None:
    m = re.search(rf"\bhow many {re.escape(counted_word)}\s+(?:(?:have|has|had|did|do|were|was|are|is)\s+)?(?:been\s+)?([a-z]+)",
                  question, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return next((t.lemma_.lower() for t in pipeline()(question) if t.lower_ == word and t.pos_ == "VERB"), None)


def counts_alike(text: str, counted_word: str | None, alike) -> bool:
    """A number next to a word for the thing counted: "at least 84 structures" for buildings."""
    return bool(counted_word) and any(alike.same_thing(counted_word, w) for w in after_numbers(text))


def denies(text: str) -> bool:
    """The sentence says no: "had not received", "hasn't paid", "nothing was taken" (not "would not
    rule out fines", which leaves them possible)."""
    from bot.answering.predicate import leaves_open

    return bool(_NEGATION.search(text)) and not leaves_open(text)


def denies_counted(text: str, q: Question) -> bool:
    """"had not received a ransom demand": a denial of the thing counted answers the question too."""
    return denies(text) and any(t in stems(text) for t in q.counted)
