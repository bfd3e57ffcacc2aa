"""The day of a telling: "when did the minister speak to the assembly?", "when did the firm put out
its statement?".

A bare weekday ("told the assembly on Wednesday", "in a statement issued on Tuesday") is as often
the day news was told as the day of the event asked about, so "when" questions do not count it as
a day. When the telling itself is asked about, the day it was told is the very day asked: the
weekday, which the report's date resolves, answers. A year alone ("exported less than in 2023")
then tells the day of no statement and counts less than a day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.statements.dates import find_time_phrases
from index.vocabulary import vocabulary

# Verbs of addressing an audience that the speech-act list leaves out (it lists what is said:
# "announce", "state"; these say that someone spoke).
_SPEAKING = frozenset("speak spoke spoken talk talked address addressed brief briefed".split())
_YEAR_ONLY = re.compile(r"^(?:in|since|by)\s+\d{4}$", re.I)


@lru_cache(maxsize=1)
def speech_words() -> frozenset[str]:
    """The one-word forms of the speech verbs ("said", "told", "wrote")."""
    return frozenset(f for f in vocabulary().speech_forms() if " " not in f)


@lru_cache(maxsize=1)
def _telling_words() -> frozenset[str]:
    return speech_words() | {n for n in vocabulary().statement_nouns if " " not in n} | _SPEAKING


def asks_telling(question: str) -> bool:
    """"When did X speak to / tell / announce ...", "when did X put out its statement": a telling's day is asked."""
    words = _words(question)  # ("post-mortem" is no "post")
    return bool(words) and words[0] in ("when", "on", "what") and any(w in _telling_words() for w in words[1:])


_NOT_THAT_DAY = re.compile(r"\b(?:until|till|by|before|after|from|since|next|through|to)\s+$", re.I)


def bare_weekday(text: str) -> bool:
    """The sentence names the day of something ("on Wednesday", "said Monday") by its weekday only;
    not a bound ("until Monday", "by Friday")."""
    return any(tp.kind == "wday" and not _NOT_THAT_DAY.search(text[: tp.start]) for tp in find_time_phrases(text))


def by_the_teller(c, teller: frozenset[str], own: frozenset[str], speaker: str | None, question: str) -> bool:
    """The sentence is the teller's: it names them (or the ledger gives it to them); with no teller
    named or described, it tells in the question's own word ("put out its statement" / "in a
    statement issued on Tuesday"), not any "said"."""
    if teller or speaker:
        return bool(teller) and teller <= own or said_by(c, speaker)
    return bool(_asked_telling(question) & c.terms)


@lru_cache(maxsize=256)
def _asked_telling(question: str) -> frozenset[str]:
    from bot.answering.terms import stems

    return frozenset(t for w in _words(question) if w in _telling_words() for t in stems(w))


def said_by(c, speaker: str | None) -> bool:
    return speaker is not None and c.statement is not None and c.statement.speaker == speaker


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'’-]*", text.lower())


def year_only(dates: list[str]) -> bool:
    """Every calendar phrase found is a bare year ("in 2023"): no day of a statement."""
    return bool(dates) and all(_YEAR_ONLY.match(d.strip()) for d in dates)


_TELLER = re.compile(r"\b(?:did|does|has|had|will)\s+(.+?)\s+([a-z]+)\b")
NOT_THE_TELLER = 0.5  # a sentence neither naming the teller nor said by them tells no day of their telling


def teller_terms(question: str, names: tuple[str, ...]) -> frozenset[str]:
    """The question's names that say who told ("when did Minister Ward speak ..."): those before the telling word."""
    from bot.answering.terms import stems

    words = question.lower().split()
    for k, w in enumerate(words):
        if k and w.strip("?,.") in _telling_words():
            return frozenset(stems(" ".join(words[:k]))) & frozenset(names)
    return frozenset()


# What a sentence may withhold about time: "gave no date", "would not say when".
_TIME_WITHHELD = re.compile(r"\b(?:when|date|dates|day|timetable|timing|timeframe|deadline)\b", re.I)


def dated_itself(q, text: str) -> bool:
    """A when-question's sentence that names its own day ("Speaking in Parliament last Thursday, he
    said ..., but gave no details"): what it withholds is not the day asked, unless it is a time."""
    if q.kind != "when" or _TIME_WITHHELD.search(text):
        return False
    return any(tp.kind in ("rel", "wday", "mday", "dmon", "odom") for tp in find_time_phrases(text))

