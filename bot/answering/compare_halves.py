"""A comparison without two named sides: each half of the question answered by its own sentence.

    How did the company's operating profit compare with what analysts had forecast?
        the company's profit <- "Operating profit fell 20% to 300 million ..."
        what analysts forecast <- "Analysts had expected 410 million, according to a poll."
    How did the critic's view of the play change between 2004 and 2019?
        2004 <- "In 2004 the critic called it ..."   2019 <- "In a 2019 essay, he recanted."
    How much did the pupils' scores rise on the new course compared with the old one?
        both <- "Pupils on the new course gained 12 points, compared with 7 on the old one."

A half is found by the words only it has ("analysts", "forecast"; "2019"). When the question asks
for figures (how much, a profit, a share), each half's sentence must hold a number, and a sentence
that sets two numbers against each other ("12 points, compared with 7") answers both halves at once.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps
from bot.answering.question import Question, amounts, extents
from bot.answering.terms import stems
from index.vocabulary import vocabulary

HALF_MIN_SCORE = 0.1  # a half's sentence is found by its own words more than by the whole question's
HALF_WEIGHT = 0.5  # how much holding the half's own words counts beside the sentence's score
OPENS_BONUS = 0.25  # a sentence opening with the half's own subject ("Analysts had expected") is more likely its
ABOUT = 0.3  # the share of the half's own (idf-weighted) words its sentence must hold
BOTH_MIN_SCORE = 0.08  # a sentence setting two figures side by side is rare enough to be the answer
_PRO_FORMS = frozenset(("one",))
# "Now the truck comes every two days": an adverb of time opening a sentence is not its subject.
_OPENING_ADVERBS = frozenset(("now", "then", "today", "still", "also", "currently", "meanwhile"))  # stems of "one", "ones"

# Two figures set against each other in one sentence ("48 million, almost double the first estimate of 25 million").
_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|while|whereas|from|up from|down from|"
                      r"than|in the (?:placebo|control|other) group|double|twice|triple|treble|half as (?:many|much|large|big|high))\b", re.I)
# One verb giving each side its figure: "Canada is providing $52.4 million, and the territory is providing $18.9 million".
_PARALLEL = re.compile(r"\b([a-z]{4,})\s+(?:about\s+|some\s+|over\s+)?[$€£¥]?\d[^;]*?,?\s+(?:and|while|but|whereas)\s+[^;]*?\b\1\s+(?:about\s+|some\s+|over\s+)?[$€£¥]?\d", re.I)
# Not a bare "half": "half of the 40 nurses, some 20" is a quantity, not one figure against another.


def asks_figures(q: Question) -> bool:
    """"How much ... compared with", "the company's operating profit", "the two parties' vote shares"."""
    v = vocabulary()
    words = {t for w in (*v.figure_nouns, *v.amount_nouns, *v.money_given_nouns, *v.money_paid_verbs) for t in stems(w)}
    return bool(re.search(r"\bhow (?:much|many|far|big|large|high|tall|long|deep|wide|heavy|old)\b", q.text, re.I)) or bool(words & set(q.terms))


def select_halves(q: Question, candidates: list[Candidate], idf) -> list[Candidate]:
    """The best sentence for each half of the question, by the words only that half has."""
    if len(q.halves) != 2:
        return []
    first, second = q.halves
    # "the current one", "one before the war": the pronoun stands for the other half's noun, it is no word of its own.
    own = [tuple(t for t in first if t not in second and t not in _PRO_FORMS),
           tuple(t for t in second if t not in first and t not in _PRO_FORMS)]
    if not all(own):
        return []
    figures = asks_figures(q)
    if figures and _ASKS_LENGTH.search(q.text):
        figures = _length  # "how tall ... compared with": a height, not "lost six hives"
    elif figures and q.asks == "duration":
        figures = lambda text: bool(extents(q.text, text))  # "how long ... vs": "14 hours", not "five times as long"
    # The first half's best sentence may be the only one the second half has ("asked the province to send
    # four more tanker trucks" holds both halves' words): then the second half chooses first.
    ways = []
    if figures is True and all(_money_words(h) for h in own):
        # "the savings estimate" against "what the days would cost": each half a sum ("one less day" is no saving)
        from bot.answering.asked import says_money

        ways = [w for w in (_assigned(own, candidates, idf, says_money), _assigned(own[::-1], candidates, idf, says_money)) if w]
    if not ways:
        ways = [w for w in (_assigned(own, candidates, idf, figures), _assigned(own[::-1], candidates, idf, figures)) if w]
    if not ways:
        return []
    chosen = [c for c, _ in max(ways, key=lambda w: sum(fit for _, fit in w))]
    return sorted(chosen, key=lambda c: (c.chunk.chunk.article_id, c.span.start))


_MONEY_STEMS = frozenset(t for w in (*vocabulary().money_asked, *vocabulary().money_nouns, "saving", "savings", "save")
                         for t in stems(w))


def _money_words(terms: tuple[str, ...]) -> bool:
    return bool(_MONEY_STEMS.intersection(terms))


def _assigned(own: list[tuple[str, ...]], candidates: list[Candidate], idf, figures) -> list[tuple[Candidate, float]]:
    """Each half in turn takes its best sentence not taken, with how well it fits; [] when a half finds none."""
    from bot.answering.extractive import coverage

    # "Shepherd X from Y lost 19 ewes. She had raised her fences to 1.40 metres": whom the opening pronoun
    # stands for, and how the sentence before describes her, are the sentence's too.
    def last_before(c: Candidate) -> Candidate | None:
        before = [d for d in candidates if d.chunk is c.chunk and d.span.end <= c.span.start]
        return max(before, key=lambda d: d.span.start) if before else None

    def held(c: Candidate) -> frozenset[str]:
        if not c.antecedent:
            # "Final count is in. We threw out 2,300 lb": a short lead-in without a figure names what
            # the figure after it is.
            if figures and amounts(c.text) and (last := last_before(c)) is not None and _lead_in(last, c):
                return c.terms | last.terms
            return c.terms
        last = last_before(c)
        described = last.terms if last is not None else frozenset()
        return c.terms | c.antecedent | described

    def fit(c: Candidate, terms) -> float:
        return c.score + HALF_WEIGHT * coverage(terms, held(c), idf) + OPENS_BONUS * _opens_with(c.text, terms)

    chosen: list[tuple[Candidate, float]] = []
    for terms in own:
        pool = [c for c in candidates if c.score >= HALF_MIN_SCORE and not overlaps(c, [d for d, _ in chosen])
                and coverage(terms, held(c), idf) >= ABOUT and (not figures or (figures(c.text) if callable(figures) else amounts(c.text)))]
        if not pool:
            return []
        best = max(pool, key=lambda c: (fit(c, terms), -c.rank))
        chosen.append((best, fit(best, terms)))
    return chosen


LEAD_IN_WORDS = 6  # "Final count is in.", "Here is the new total.": a lead-in is a few words


def _lead_in(last: Candidate, c: Candidate) -> bool:
    """The sentence just before `c` in its paragraph is a short one without a figure of its own."""
    chunk = c.chunk.chunk
    between = chunk.text[last.span.end - chunk.start : c.span.start - chunk.start]
    return not between.strip() and len(last.text.split()) <= LEAD_IN_WORDS and not amounts(last.text)


def one_story_halves(q: Question, halves: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """Halves found in two stories, where the best story sets two figures side by side in one sentence
    ("Seven were downgraded ..., and three were upgraded"): a comparison is one story's, and that
    sentence answers both halves; the other story's half matched common words ("up from")."""
    if len({c.chunk.chunk.article_id for c in halves}) < 2:
        # One story: a sentence of it that sets the two figures side by side ("would raise the fee from
        # $4 a visit to $6 a visit"), scoring near the halves, answers both; the halves' words may have
        # found the lede's change ("up by half") and another sum.
        both = figures_side_by_side(q, candidates, halves[0].chunk.chunk.article_id)
        if both is not None and all(h is not both for h in halves) and \
                both.score >= SIDE_BY_SIDE_SHARE * max(h.score for h in halves) and _money(both.text):
            return [both]
        return halves
    best = max(candidates, key=lambda c: (c.score, -c.rank))
    if _half_elsewhere(q, best.chunk.chunk.article_id, candidates):
        return halves  # "the council's budget or what the county spent on roads": the county is another story's
    both = figures_side_by_side(q, candidates, best.chunk.chunk.article_id)
    return [both] if both is not None else halves


SIDE_BY_SIDE_SHARE = 0.9  # of the best half's score
_FROM_TO_MONEY = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[$€£¥₹]\s?\d[\d.,]*.{0,40}?\bto\s+(?:about\s+|around\s+)?[$€£¥₹]\s?\d", re.I)


def _money(text: str) -> bool:
    """"from $4 a visit to $6 a visit": a sum changed from one figure to another."""
    return _FROM_TO_MONEY.search(text) is not None


STORY_HOLDS = 0.5  # the share of a half's own words a story must hold to be that half's story too


def _half_elsewhere(q: Question, article_id: str, candidates: list[Candidate]) -> bool:
    """A half whose own words the best story mostly lacks ("Which is larger: the port's levy or what the
    county spent on its roads?", the county in another story): the comparison spans two stories."""
    if len(q.halves) != 2:
        return False
    first, second = q.halves
    story = frozenset().union(*(c.terms for c in candidates if c.chunk.chunk.article_id == article_id))
    for own in (set(first) - set(second) - _PRO_FORMS, set(second) - set(first) - _PRO_FORMS):
        # (one own word, "up", is too thin to tell a story by)
        if len(own) >= 2 and len(own & story) < STORY_HOLDS * len(own):
            return True
    return False


def figures_side_by_side(q: Question, candidates: list[Candidate], article_id: str) -> Candidate | None:
    """For a question about figures, the best sentence of the leading article that sets two of them
    against each other (another report's "fell to 21,400 tonnes, from 32,400" is another matter)."""
    if not asks_figures(q):
        return None
    pool = [c for c in candidates if c.score >= BOTH_MIN_SCORE and c.chunk.chunk.article_id == article_id and len(amounts(c.text)) >= 2
            and (_AGAINST.search(c.text) or _PARALLEL.search(c.text))]
    return max(pool, key=lambda c: (c.score, -c.rank)) if pool else None


_ASKS_LENGTH = re.compile(r"\bhow (?:tall|deep|wide|high|far)\b|\b(?:height|length|depth|width|distance)\b", re.I)


def _length(text: str) -> bool:
    """"fences of 1.20 metres", "a 3km stretch": a figure with a unit of length."""
    units = "|".join(re.escape(u) for u in sorted(vocabulary().length_units, key=lambda w: (-len(w), w)))
    return bool(re.search(rf"\d[\d.,]*\s*(?:-\s*)?(?:{units})\b", text, re.I))


def _opens_with(text: str, terms: tuple[str, ...]) -> bool:
    """"Analysts had expected ...": the half's own subject opens the sentence."""
    words = re.findall(r"[\w'’\-]+", text)[:3]
    return bool({t for w in words if w.lower() not in _OPENING_ADVERBS for t in stems(w)} & set(terms))
