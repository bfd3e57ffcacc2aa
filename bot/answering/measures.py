"""A figure asked for by a kind the articles never give.

    What was the company's net profit?   the article gives only "operating profit"
      -> "The articles do not say; they report only: Operating profit dropped 38% to ..."

Net, gross, operating, pre-tax and adjusted figures are different numbers: a sentence with the
operating profit does not answer a question about the net profit. When the retrieved articles
write the asked noun only with another of these kinds ("net sales" beside "operating profit"
is no net profit), the question is not answered there.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from index.vocabulary import vocabulary

# Kinds of a financial figure that name different numbers (index/vocabulary.yaml figure_kinds).
_KIND = "|".join(re.escape(k) for k in vocabulary().figure_kinds)
_ASKED = re.compile(rf"\b({_KIND})\s+([a-z]+)\b", re.I)


def other_kind_only(question: str, candidates: list[Candidate], article_text) -> Candidate | None:
    """The best sentence that gives the asked figure by another kind ("operating profit" for "net
    profit"), when the articles holding that noun never write the asked kind; else None.
    `article_text(article_id)` gives an article's text."""
    m = _ASKED.search(question)
    if not m:
        return None
    kind, noun = m.group(1).lower(), m.group(2).lower()
    noun_re = re.compile(rf"\b{re.escape(noun)}s?\b", re.I)
    articles = {c.chunk.chunk.article_id for c in candidates if noun_re.search(c.text)}
    if not articles:
        return None
    asked = re.compile(rf"\b{re.escape(kind)}\s+(?:[\w\-]+\s+)?{re.escape(noun)}", re.I)
    for article_id in articles:
        if asked.search(article_text(article_id) or ""):
            return None  # the asked figure is written there ("net sales" is no net profit)
    other = re.compile(rf"\b(?!{re.escape(kind)}\b)(?:{_KIND})\s+(?:[\w\-]+\s+)?{re.escape(noun)}s?\b", re.I)
    given = [c for c in candidates if other.search(c.text)]
    return max(given, key=lambda c: c.score) if given else None


# "What is the price of a gallon?" asks a level; "prices have climbed 40 cents a gallon" gives only
# a change in it. A question that itself asks a change ("how much did prices rise") is not checked.
_V = vocabulary()
_LEVEL_ASKED = re.compile(r"^\s*(?:and\s+)?(?:what|how much)\s+(?:is|was|are|were|does|do|did|will)\b", re.I)


def _verb_forms(verb: str) -> set[str]:
    """The regular forms of a verb ("shave": shaves, shaved, shaving; "cut": cuts, cutting)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    doubled = verb + verb[-1] if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb) else verb
    return {verb, verb + "s", verb + "es", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing"}


# A question whose verb is a rise or a fall ("how much did they shave off the price") asks the change.
_CHANGE_FORMS = set(_V.change_words) | {f for v in _V.rising_verbs | _V.falling_verbs for f in _verb_forms(v)}
_CHANGE_ASKED = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _CHANGE_FORMS), key=lambda w: (-len(w), w)))
                           + r"|chang\w*|increas\w*|rais\w*|up|down|by how much|since|compared)\b", re.I)
_MEASURES = frozenset(_V.amount_nouns | _V.money_asked) - frozenset({"number", "total", "count", "figure", "amount"})
_MOVING = frozenset(_V.rising_verbs | _V.falling_verbs) | frozenset(("up", "down"))
_LEVEL_PREPS = frozenset(("to", "at", "from", "of"))


def only_a_change(question: str, chosen: list[Candidate]) -> Candidate | None:
    """The best sentence, when the question asks the level of a measure ("What is the price of a
    gallon?") and the chosen sentences that name the measure give figures only as changes in it
    ("prices have climbed about 40 cents a gallon since last week"), none as a level ("rose 5% to
    $2.10", "a price of $2.10"); else None."""
    if not chosen or not _LEVEL_ASKED.match(question) or _CHANGE_ASKED.search(question):
        return None
    from bot.answering.terms import stems

    measure = {s for w in re.findall(r"[a-z]+", question.lower()) if w in _MEASURES for s in stems(w)}
    naming = [c for c in chosen if measure & c.terms]
    if not naming or naming[0] is not chosen[0]:
        return None
    from bot.answering.question import amounts

    for c in naming:
        given = amounts(c.text)
        if not given or not all(_a_change(c.text, figure) for figure in given):
            return None
    return chosen[0]


def _a_change(sentence: str, figure: str) -> bool:
    """The figure is the size of a rise or fall ("climbed 40 cents", "up 11%", "fell by 3%"), not the
    level it went to or from ("to $2.10", "from 58 per cent")."""
    from bot.answering.predicate import _parse

    # "rose 3% to 910 million euros": the parser may read "3% to 910" as a range; the words say a level.
    if re.search(rf"\b(?:to|at|from|of)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[$€£¥₹]?\s?"
                 rf"{re.escape(figure)}(?![\w.,]*\d)", sentence, re.I):
        return False
    for t in _parse(sentence):
        if t.text.rstrip(".,") != figure and not (figure.endswith("%") and t.text == figure[:-1]):
            continue
        w = t
        for _ in range(5):
            if w.dep_ == "pobj" and w.head.lower_ in _LEVEL_PREPS:
                return False
            if w.head is w:
                return False
            w = w.head
            if w.lemma_.lower() in _MOVING or w.lower_ in _MOVING or \
                    any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in w.children):
                return True  # "climbed", "up 11%", "went up by 15%"
        return False
    return False
