"""A sentence that opens with a back-reference carries the names of the sentence before it.

    What did Hollin Lifts blame for its loss?
      "... Hollin Lifts fell 9% after the lift maker warned of a loss."   names the company, no blame
      "The company blamed a worn cable and high winds."                   the answer, by "The company"

The sentence that gives the reason, content or remedy often names its subject only by a pronoun or a
descriptive noun ("He", "It", "The <kind of> company"), so it shares fewer of the question's words
than the sentence before, which names the subject. Such a sentence is scored as if it also held the
names (capitalised words) of the article's sentence right before it. Only the sentence right before:
a back-reference further away is as often to someone else."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.sentence_vectors import sentence_text
from index.vocabulary import CALENDAR_WORDS, vocabulary

_PRONOUN = re.compile(r"^\W*(?:he|she|it|they)\b", re.I)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’\-]*[a-z][\w'’\-]*")
MAX_DESCRIPTION = 3  # words between "The" and its noun ("The packaged-food group", "The junior mining company")


@cache
def _described() -> re.Pattern[str]:
    nouns = sorted(vocabulary().body_nouns | vocabulary().companies, key=lambda w: (-len(w), w))
    return re.compile(r"^\W*[Tt]he\s+(?:[a-z][\w\-]*\s+){0,%d}?(?:%s)s?\b" % (MAX_DESCRIPTION, "|".join(map(re.escape, nouns))))


def opens_with_reference(text: str) -> bool:
    """"He said ...", "It said ...", "The company blamed ...": (lower-case words between "The" and the noun)."""
    return bool(_PRONOUN.match(text) or _described().match(text))


def names_in(text: str) -> frozenset[str]:
    """The stems of a sentence's capitalised words but its first (and names of months and days)."""
    words = [m.group(0) for m in _CAPITALISED.finditer(text) if m.start() > 0]
    return frozenset(t for w in words if w.lower() not in CALENDAR_WORDS for t in stems(w))


def carry_antecedents(candidates: list[Candidate], corpus, question: str = "") -> None:
    """Give each candidate that opens with a back-reference the names of the sentence before it.
    A description the question itself uses ("How did the national mining regulator respond?":
    "The national mining regulator replied ...") names the asked subject outright: no back-reference."""
    chunks: dict[str, list] = {}
    asked = " ".join(question.lower().split())
    for c in candidates:
        if not opens_with_reference(c.text) or _described_as_asked(c.text, asked):
            continue
        article_id = c.chunk.chunk.article_id
        if article_id not in chunks:
            chunks[article_id] = corpus.chunks_of(article_id)
        before = _sentence_before(c, chunks[article_id])
        if before:
            c.antecedent = names_in(before)


def _described_as_asked(text: str, asked: str) -> bool:
    m = _described().match(text)
    if m is None:
        return False
    words = m.group(0).lower().split()[1:]  # (without "The")
    return len(words) >= 2 and " ".join(words) in asked


def _sentence_before(c: Candidate, chunks) -> str | None:
    found = None
    for chunk in chunks:
        for span in chunk.sentences:
            if span.end <= c.span.start:
                found = (chunk, span)
            else:
                return sentence_text(*found) if found else None
    return sentence_text(*found) if found else None
