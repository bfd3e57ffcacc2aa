"""Does the answer tell of another period than the one asked?

    How many passengers did it carry this year?    "carried nine per journey last year"         another year
    How many burrows were found ten years ago?     "412 this summer, against 430 last year"     neither asked
    How much will the city spend next financial year?   "spent $75 million this financial year"
    Where was the hub that went on strike in March?     "a strike at the Brenwick hub in September"
    How big was the estate before its expansion?   "the expansion covered 1,140 hectares"        the event's own size

The question names its period (this / last / next year or season, so many years ago, a year, a month,
"before" an event); the sentence names a period of the same kind, never the one asked: its figure is
another period's. A sentence that names no period of that kind may still tell the one asked ("carries
nine a journey"), and is left to answer. A figure set against last year's ("21,400 tonnes, from 32,400
last season") is this year's, unnamed.
"""

from __future__ import annotations

import re

from bot.answering.demands import asks_demand
from bot.answering.terms import stems

_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
}
_SAME = {"previous": "last", "past": "last", "coming": "next", "current": "this"}
# a season of the year is a year's period: "this summer" against "last year"
_AS_YEAR = {"season": "year", "summer": "year", "winter": "year", "spring": "year", "autumn": "year"}
_RELATIVE = re.compile(
    r"\b(this|last|next|previous|past|coming|current)\s+(?:(?:financial|fiscal|school|academic|calendar|tax|model)\s+)?"
    r"(year|season|month|week|summer|winter|spring|autumn)\b", re.I)
_AGO = re.compile(r"\b(\d+|" + "|".join(_NUMBERS) + r")\s+(years?|months?|weeks?|seasons?)\s+(?:ago|earlier|before)\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?![-–/]\d)")
# a financial or school year written over two: "2023/24", "2024-25", "2019–2020" (its first year names it)
_SPLIT_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)[-–/](?:\d\d|(?:19|20)\d\d)\b")
_MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
# ("May" is also a verb: a month only beside a day or after "in")
_MONTH = re.compile(rf"\b({_MONTHS})\b|(?<=\bin )(May)\b|\b(May)(?= \d)|(?<=\d )(May)\b")
# "in March" asks a month as a period; "on 3 March" is a day, which other checks read.
_IN_MONTH = re.compile(rf"\bin\s+({_MONTHS}|May)\b(?!\s+\d)")
# "from 32,400 tonnes last season", "against 430 last year", "than a year earlier": the other period is
# the one compared with, and the figure of the sentence is the present one.
_COMPARED = re.compile(r"\b(?:from|against|compared|than|versus|vs)\b[^.;]{0,40}$", re.I)
# "before its expansion": the state before an event, which the event's own figure does not tell.
_BEFORE_EVENT = re.compile(r"\b(?:before|prior to)\s+(?:the|its|their|his|her|this|that)\s+(?:\d{4}\s+)?([a-z]{4,})\b", re.I)
_EARLIER_TOLD = re.compile(r"\b(?:before|prior|previous(?:ly)?|earlier|original(?:ly)?|formerly|until|used to|"
                           r"had (?:covered|had|held|employed|numbered)|from\b[^.;]{1,40}\bto)\b", re.I)


def _periods(text: str, months: re.Pattern = _MONTH) -> set[tuple[str, str, int]]:
    """(kind, value, where) of each period named in `text`: ("year", "last"), ("year", "ago10"), ("Y", "2019")."""
    found = set()
    for m in _RELATIVE.finditer(text):
        unit = m.group(2).lower()
        found.add((_AS_YEAR.get(unit, unit), _SAME.get(m.group(1).lower(), m.group(1).lower()), m.start()))
    for m in _AGO.finditer(text):
        n = m.group(1).lower()
        n = int(n) if n.isdigit() else _NUMBERS[n]
        unit = m.group(2).lower().rstrip("s")
        found.add((_AS_YEAR.get(unit, unit), "last" if n == 1 else f"ago{n}", m.start()))
    found |= {("Y", m.group(1), m.start()) for m in _YEAR.finditer(text)}
    found |= {("FY", m.group(1), m.start()) for m in _SPLIT_YEAR.finditer(text)}
    found |= {("M", next(g for g in m.groups() if g), m.start()) for m in months.finditer(text)}
    return found


# "the blast on 2 March", "on March 2": a day, whose month a figure "in February" is not of.
_DAY_MONTH = re.compile(rf"\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+({_MONTHS}|May)\b|({_MONTHS}|May)\s+\d{{1,2}}\b)")


def other_period(question: str, texts: list[str]) -> bool:
    """Whether every one of `texts` tells of another period than the question's (see the module)."""
    if not texts:
        return False
    asked = {(k, v) for k, v, _ in _periods(question, _IN_MONTH)}
    if asked and all(_another(asked, text) for text in texts):
        return True
    if not asked and (day := _DAY_MONTH.search(question)) is not None:
        # A day asked; the sentence's figure is of a whole other month ("their last reading in February").
        # (a sentence with no figure but the day's date, "a blast on 2 June shook the walls", gives none to judge)
        month = {("M", day.group(1) or day.group(2))}
        figured = [t for t in texts if re.search(r"\d", _DAY_MONTH.sub(" ", t))]
        if figured and all(_periods(t, _IN_MONTH) and _another(month, t) and not _names_month(month, t) for t in figured):
            return True
    event = _BEFORE_EVENT.search(question)
    if event is None or (asks_demand(question) and not _event_noun_ends(question[event.end():])):
        return False
    return all(_the_event_itself(event.group(1), text) for text in texts)


# What may follow the event's noun: nothing, or its place or time ("before its expansion in 2010")
_AFTER_EVENT = re.compile(r"^\s*(?:(?:in|of|at|on|by|for|from)\b.*)?[?.!\s]*$", re.I)


def _event_noun_ends(rest: str) -> bool:
    """"before its expansion": the word is the event's noun. Not "what does the union want before the
    Zenavine Bay job cuts go ahead", a time clause of a demand (what is wanted before it is no period's
    figure; a figure asked "before the mill closed" still is one)."""
    return bool(_AFTER_EVENT.match(rest))


def _names_month(month: set[tuple[str, str]], text: str) -> bool:
    return any(("M", v) in month for k, v, _ in _periods(text) if k == "M")


def _another(asked: set[tuple[str, str]], text: str) -> bool:
    told = _periods(text)
    if asked & {(k, v) for k, v, _ in told}:
        return False
    kinds = {k for k, _ in asked}
    other = [(k, v, at) for k, v, at in told if k in kinds]
    if ("year", "this") in asked:
        other = [p for p in other if not (p[1] == "last" and _COMPARED.search(text[: p[2]]))]
    return bool(other)


def _the_event_itself(event: str, text: str) -> bool:
    """The sentence tells of the event ("the expansion covered ...") and of nothing before it."""
    return bool(set(stems(event)) & set(stems(text))) and not _EARLIER_TOLD.search(text)
