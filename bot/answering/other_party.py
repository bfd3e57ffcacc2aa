"""Does the answer tell of another party than the one the question asks about?

    How many jobs is the Finnish rival cutting?    "Swedish heat pump maker Solberga said it would cut 900 jobs"
    When was the men's final played?               "Women's County T20 Final, Bristol, Saturday 16 August"
    When will the House committee hear the bill?   "The Senate education committee is due to hold a hearing"
    How many visits did the Fernleigh library get?  "Moss Lane had 41,000 visits last year" (the article
                                                   names "Moss Lane and Fernleigh" together)

The question names one party of a kind (a country's adjective, one word of a kindred set in the
vocabulary's `sibling_parties`, or a name the article sets beside another with "and" / "or"); the
best sentence never names it, nor does whom it is by, but names another of that kind: its figure,
date or act is the other party's. Read from the sentences' text with regexes: no parse.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.case_fold import folded
from bot.answering.terms import stems
from index.vocabulary import vocabulary

_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")
_WORD = re.compile(r"[\w'’\-]+")
_KINDS = ("how-many", "what", "when", "where")
_ASKING = frozenset("how what when where which who why whose is are was were do does did will would can could the a an".split())


@cache
def _siblings() -> dict[str, int]:
    return {w: n for n, group in enumerate(vocabulary().sibling_parties) for w in group}


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _sibling_word(question: str, sentence: str) -> bool:
    """A kindred-set word of the question is not in the sentence, which has another of its set."""
    groups = _siblings()
    said = set(_words(sentence))
    for w in _words(question):
        n = groups.get(w)
        if n is None or w in said:
            continue
        others = {x for x, m in groups.items() if m == n and x != w and not x.startswith(w) and not w.startswith(x)}
        if said & others and not said & {x for x, m in groups.items() if m == n and (x.startswith(w) or w.startswith(x))}:
            return True
    return False


def _other_country(question: str, sentence: str, context: str) -> bool:
    """The question's country adjective or name is not in `context` (the sentences and whom they are
    by), and the sentence names another country's."""
    from index.world import country_for

    def countries(text: str, any_case: bool = False) -> set[str]:
        words = _WORD.findall(text) if any_case else [p for w in _CAPITALISED.findall(text) for p in w.split()]
        return {c for w in words if (c := country_for(w))}

    asked = countries(question)
    if not asked:
        return False
    named = countries(sentence)
    return bool(named) and not named & asked and not countries(context, any_case=True) & asked


def _named_beside(question: str, sentence: str, article: str) -> bool:
    """A name of the question is not in the sentence, which names one the article sets beside it
    ("Moss Lane and Fernleigh", "Fernleigh or Moss Lane"; not an apposition: "the Deputy Speaker, Dame Imelda")."""
    words = set(_words(sentence))
    in_article = None  # the article folded (case_fold.py): a pair it cannot hold costs no pattern
    for run in _CAPITALISED.findall(question):
        parts = [p for p in run.split() if p.lower() not in _ASKING]
        if not parts:
            continue
        name = " ".join(parts)
        if name.lower() in sentence.lower():
            continue
        for other in _CAPITALISED.findall(sentence):
            other = " ".join(p for p in other.split() if p.lower() not in _ASKING)
            if not other or other.lower() in question.lower() or not set(_words(other)) <= words:
                continue
            if in_article is None:
                in_article = folded(article)
            if folded(name) not in in_article or folded(other) not in in_article:
                continue
            if set_beside(name, other, article):
                return True
    return False


# (not a comma: "the Deputy Speaker, Dame Imelda" is one person named twice)
_JOINED = re.compile(r"\s+(?:and|or|&)\s+", re.I)
_THE = re.compile(r"the\s+", re.I)
# ("Sreeja and wicketkeeper Anil Varma": up to two lower-case words of a role between the two names)
_ROLE_WORD = re.compile(r"[a-z][\w'’-]*\s+", re.I)


def set_beside(name: str, other: str, text: str) -> bool:
    """`text` joins the two names with "and", "or" or "&", either first, up to two words of a role
    (after an optional "the") before the second; case aside, each a whole word run. Found by a
    scan with fixed patterns: a pattern made for each pair cost about a millisecond to compile, on
    most new questions naming someone."""
    low = text.lower()
    return _joined(low, name.lower(), other.lower()) or _joined(low, other.lower(), name.lower())


def _joined(low: str, first: str, second: str) -> bool:
    at = low.find(first)
    while at >= 0:
        joint = _JOINED.match(low, at + len(first)) if _boundary(low, at) else None
        if joint is not None:
            starts = [joint.end()]
            if (the := _THE.match(low, joint.end())) is not None:
                starts.append(the.end())
            for pos in starts:
                for _ in range(3):  # none, one or two words of a role
                    if low.startswith(second, pos) and _boundary(low, pos + len(second)):
                        return True
                    word = _ROLE_WORD.match(low, pos)
                    if word is None:
                        break
                    pos = word.end()
        at = low.find(first, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regex engine's \w is


def _boundary(text: str, i: int) -> bool:
    """What \\b is at `i`: a word character on one side only."""
    return (i > 0 and _word_char(text[i - 1])) != (i < len(text) and _word_char(text[i]))


def another_party(q, chosen: list, article_text) -> bool:
    """The best chosen sentence tells of another party of the kind the question names (see above).
    `article_text(id)` gives an article's text."""
    if q.kind not in _KINDS or not chosen:
        return False
    best = chosen[0]
    # whom the sentences are by and about: "Kaarna's finance chief" may be named in the speaker's description
    context = " ".join([c.text for c in chosen] + [c.statement.speaker for c in chosen if c.statement is not None])
    # (the terms of whom the best sentence is by and about, which its text may not hold)
    context += " " + " ".join(sorted(best.by | best.about | best.antecedent))
    if _sibling_word(q.text, context) or _other_country(q.text, best.text, context):
        return True
    return _named_beside(q.text, best.text, article_text(best.chunk.chunk.article_id) or "")
