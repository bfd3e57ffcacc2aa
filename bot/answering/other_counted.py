"""Does every number in a sentence count or date something other than what a how-many question asks?

    How many children have died?        "67 cases of fever, mostly among children"   cases, not children
    How many seals have been culled?    "around 40 seal colonies"                        colonies, not seals
    How much did it produce in 2025?    "produced about 8,400 tonnes of zinc in 2023"    another year's figure

Such a sentence shares the question's words but holds another measure: it answers only if nothing
better does, and alone it is no answer (a near miss is worse than a decline).
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.counting import _ANYONE  # "how many people": any person noun counts them
from bot.answering.parsing import parse
from bot.answering.people import term_match
from bot.answering.predicate import kin
from bot.answering.question import Question, amounts
from bot.answering.terms import stems
from index.statements.dates import MONTH_WORDS
from index.vocabulary import vocabulary

OTHER_COUNTED = 0.3
OTHER_YEAR = 0.3
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d]|[,.]\d)")
# Nouns a number measures a thing by ("8,400 tonnes of zinc", "12 hours of opening"): the thing is its "of".
_MEASURE_HEAD = ("NOUN", "PROPN", "NUM")
LOOKED_AT = 0.2  # sentences scoring below this are not parsed: they answer nothing anyway


def counts_other(text: str, q: Question, alike, named: bool = True) -> bool:
    """The sentence names the thing counted, but every counting number of it stands before a noun of its own
    (its head, or the noun of its "of") that is neither that thing nor a word for it; its modifiers ("seal
    colonies") do not count it."""
    if not q.counted_word or q.counted_word in _ANYONE or q.counted_word in _units() or not amounts(text):
        return False
    doc = parse(text)
    counted = {t.lemma_.lower() for t in parse(q.counted_word)}
    if named and not any(term_match(t, frozenset(stems(text))) for t in q.counted) and not any(t.lemma_.lower() in counted for t in doc):
        return False  # the thing asked may be written otherwise ("collisions" for "crashes"): not read
    heads = []
    for t in doc:
        # ("sixteen porters": a number word of any size)
        if not (amounts(t.text) or (t.like_num and not _YEAR.fullmatch(t.text))):
            continue
        if _money_or_share(doc, t):
            return False  # "Rs 12.4 lakh in cash", "20% more fuel": a measure, which may be the one asked
        head = t.head if t.dep_ == "nummod" else t
        if head is not t and head.lemma_.lower() in _units():
            continue  # "in two years", "1.20 metres": a span or a size, not another thing counted
        if head is not t and head.lower_.rstrip(".") in MONTH_WORDS:
            continue  # "between Jan. 20 and Jan. 22", "on 3 March": a day, which counts nothing
        nouns = [head] if head is not t and head.pos_ in _MEASURE_HEAD else []
        nouns += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if not nouns or any(n.pos_ == "PRON" for n in nouns):
            return False  # a bare number ("won eight"), or one the parse does not tie to a noun: not read
        heads.append(nouns)
    if not heads:
        return False
    return all(not any(_is_counted(n.text, n.lemma_, q, alike) for n in nouns) for nouns in heads)


def _is_counted(word: str, lemma: str, q: Question, alike) -> bool:
    own = frozenset(stems(word)) | frozenset(stems(lemma))
    # "How many times was it tested" / "300,000 tests": a noun of the question's act counts it
    acted = q.predicate is not None and kin(q.predicate.lemma, lemma.lower())
    return acted or any(term_match(t, own) for t in q.counted) or alike.same_thing(q.counted_word, word.lower())


def _money_or_share(doc, t) -> bool:
    before = doc[max(0, t.i - 2) : t.i]
    after = doc[t.i + 1 : t.i + 3]
    words = {w.lower_ for w in (*before, *after)}
    signs = set(vocabulary().currency_signs)
    return "%" in t.text or bool(words & {"%", "percent", "per", "pc"}) or any(w.text in signs or w.text[:1] in signs for w in before) \
        or t.text[:1] in signs or bool(words & set(vocabulary().currencies))


@cache
def _units() -> frozenset[str]:
    v = vocabulary()
    return frozenset(v.duration_units | v.length_units | _MAGNITUDES | {"time", "times"})


_MAGNITUDES = frozenset("hundred thousand million billion trillion lakh crore dozen".split())


def other_year(question: str, text: str) -> bool:
    """The question names a year; the sentence names years, and not that one."""
    asked = set(_YEAR.findall(question))
    given = set(_YEAR.findall(text))
    return bool(asked) and bool(given) and not asked & given


_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds)"
# "applied for permission to cull two seals": the number is asked leave for, not done
_LEAVE_TO = re.compile(rf"\b(?:permission|approval|authori[sz]ation|licen[cs]e|leave|go-ahead)\s+(?:[\w'’\-]+\s+){{0,3}}?"
                       rf"to\s+[\w'’\-]+\s+(?:(?:up to|about|around|some|another|a further)\s+)?{_NUMBER}\b", re.I)


def only_leave_asked(text: str) -> bool:
    """The sentence's number is what someone has leave, or asks leave, to do: no count of what was done."""
    return bool(_LEAVE_TO.search(text))
