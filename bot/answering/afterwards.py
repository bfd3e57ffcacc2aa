"""A question about a day after the articles were written, or an occasion they say is still to come:
they cannot report it.

    Who was elected mayor on March 3?   the articles are of 24 February, and say only that the
                                        name "would be announced by Friday"
      -> "The articles do not say; they report only: ..." with the nearest passage cited

The asked day is read from the question ("on March 3", "on 3 March 2025"); without a year it is
the such day nearest the best passage's article date. When every article of the best passages was
published before that day, what happened on it is not in them, whatever words they share.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.answering.candidates import Candidate
from index.body_dates import looks_ahead
from index.statements.dates import MONTHS, WEEKDAYS, find_time_phrases
from index.statements.when import parse_day
from index.vocabulary import vocabulary

LOOKED_AT = 5  # the best passages whose articles are checked
# Besides the markers of a day ahead (body_dates.looks_ahead), a question may end on the word
# that looks forward, with no "to" after it: "What is planned for March 3?", "When is it due?"
_ASKED_AHEAD = re.compile(r"\b(?:due|expected|planned)\b", re.I)


def _asks_ahead(question: str) -> bool:
    return looks_ahead(question) or _ASKED_AHEAD.search(question) is not None


def asked_day(question: str, published: date) -> date | None:
    """The day the question names, the such day nearest `published` when it gives no year."""
    phrase = next((p for p in find_time_phrases(question) if p.kind in ("mday", "dmon")), None)
    if phrase is None:
        return None
    text = re.sub(r"^(?:on|since|by|until)\s+", "", phrase.text, flags=re.I)
    if re.search(r"\b(?:19|20)\d{2}\b", text):
        return parse_day(text, published, future=False)
    before = parse_day(text, published + timedelta(days=1), future=False)
    after = parse_day(text, published, future=True)
    options = [d for d in (before, after) if d is not None]
    return min(options, key=lambda d: abs((d - published).days)) if options else None


def after_the_articles(question: str, candidates: list[Candidate], article_of) -> Candidate | None:
    """The best passage, when the question asks what happened on a day after every article of the
    best passages was published; else None. `article_of(article_id)` gives an Article."""
    if _asks_ahead(question) or not candidates:
        return None
    best = sorted(candidates, key=lambda c: -c.score)[:LOOKED_AT]
    dates = []
    for article_id in dict.fromkeys(c.chunk.chunk.article_id for c in best):
        article = article_of(article_id)
        published = getattr(article, "published", None)
        if published is None:
            return None  # an undated article may be of any day
        dates.append(published)
    day = asked_day(question, max(dates))
    if day is None:
        return _month_ahead(question, best, candidates, max(dates))
    if day <= max(dates):
        return None
    return best[0]


_MONTH_OCCASION = re.compile(r"\b(?:at|in|during|after)\s+(?:the|its|their|this)\s+(" + "|".join(MONTHS) + r")\s+("
                             + "|".join(map(re.escape, sorted(vocabulary().occasions))) + r")s?\b", re.I)


def _month_ahead(question: str, best: list[Candidate], candidates: list[Candidate], published: date) -> Candidate | None:
    """"How did councillors vote at the October meeting?" where the minutes are of 9 September and
    the decision was put off "to the October meeting": the month nearest the articles' date is still
    ahead. The best passage naming the month (else the best passage); None when the month is past."""
    m = _MONTH_OCCASION.search(question)
    if m is None:
        return None
    month = MONTHS.index(m.group(1).lower()) + 1
    ahead = (month - published.month) % 12
    if ahead == 0 or ahead > 6:
        return None  # this month, or nearer to one gone by
    ranked = sorted(candidates, key=lambda c: -c.score)
    occasion = [c for c in ranked if re.search(rf"\b{m.group(1)}\s+{m.group(2)}", c.text, re.I)]
    naming = [c for c in best if re.search(rf"\b{m.group(1)}\b", c.text, re.I)]
    return (occasion or naming or best)[0]


# "at the committee hearing", "during the press conference": an occasion the question places it at
# (index/vocabulary.yaml occasions; sorted, so "hearing" is tried before "hearings").
_OCCASION = re.compile(r"\b(?:at|during|in|before|after)\s+(?:the|a|an|this|that|their|its|his|her|our|[\w\-]+['’]s)\s+(?:[\w'’\-]+\s+){0,3}?("
                       + "|".join(map(re.escape, sorted(vocabulary().occasions))) + r")s?\b", re.I)
_PAST_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.I)


def occasion_still_ahead(question: str, candidates: list[Candidate], names: tuple[str, ...] = ()) -> Candidate | None:
    """"What did X tell the senators at the committee hearing?" or "... when he appeared before the
    committee?" where the articles say only that the hearing, or the appearance, is to come ("is due
    to hold a hearing on Monday", "would ask him to appear on Monday"): the passage saying so; else None."""
    if not candidates or not _PAST_ASKED.search(question) or _asks_ahead(question):
        return None
    from bot.answering.predicate import kin, names_event

    article_id = asked_article(candidates, names)
    own = [c for c in candidates if c.chunk.chunk.article_id == article_id]
    m = _OCCASION.search(question)
    if m is not None:
        noun = m.group(1).lower()
        # "their meeting" / "are due to meet": the occasion named by its noun or its verb
        mentions = [c for c in own if re.search(rf"\b{re.escape(noun)}s?\b", c.text, re.I)
                    or any(kin(w, noun) for w in re.findall(r"[a-z]+", c.text.lower()) if len(w) >= 4)]
        lemma = ""
    elif (lemma := _when_clause(question)) is not None:
        noun = ""
        mentions = [c for c in own if names_event(c.text, lemma)]
    else:
        return None
    if not mentions or not all(_only_ahead(c.text, lemma, noun) for c in mentions):
        return None
    return max(mentions, key=lambda c: c.score)


def _only_ahead(sentence: str, lemma: str, noun: str) -> bool:
    """The sentence tells the occasion only as to come: its main clause ("is due to hold a hearing"), or
    (`noun`) the occasion's own words inside a reported clause ("she said she would ask the committee
    to hold a hearing next month"), which the main clause, "said", does not tell."""
    from bot.answering.predicate import happened

    # (no verb asked: "at their meeting" is told by its noun alone; a sentence without the verb would
    # be read by its main clause, and "asked the board to commission a review" is no meeting to come)
    return (bool(lemma) and happened(sentence, lemma) == "future") or (bool(noun) and happened(sentence, noun) == "future") \
        or scheduled(sentence, lemma or noun) or (bool(noun) and _to_be_held(sentence, noun))


def _to_be_held(sentence: str, noun: str) -> bool:
    """"approval at a General Meeting to be held on 1 September": the occasion followed by what is yet
    to be done with it (no occasion already held is written so). Read from the words: the parser
    hangs "to be held" on the main verb as often as on the occasion."""
    return re.search(rf"\b{re.escape(noun)}s?\s+(?:to\s+be\s+(?:held|convened|staged|hosted)|to\s+take\s+place)\b",
                     sentence, re.I) is not None


_DAY_WORDS = re.compile(r"\b(?:" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS) + r"|next|tomorrow|tonight)\b", re.I)
_RECURRING = re.compile(r"\b(?:every|each)\b|\b(?:" + "|".join(WEEKDAYS) + r")s\b", re.I)


def scheduled(sentence: str, lemma: str) -> bool:
    """"We meet on the nineteenth of March", "The board votes on Tuesday": the occasion in the simple
    present with its day is on the calendar, still to come (not "meets every Monday", a habit)."""
    if not lemma or not _DAY_WORDS.search(sentence) or _RECURRING.search(sentence):
        return False
    from bot.answering.predicate import _parse, kin

    for t in _parse(sentence):
        if t.tag_ not in ("VBP", "VBZ") or not kin(t.lemma_.lower(), lemma) or any(c.dep_ == "aux" for c in t.children):
            continue
        if any(c.dep_ in ("prep", "npadvmod") and _DAY_WORDS.search(" ".join(w.text for w in c.subtree)) for c in t.children):
            return True
    return False


def asked_article(candidates: list[Candidate], names: tuple[str, ...]) -> str:
    """The article asked about: that of the best passage, or (when the question's names, stemmed, are
    given) of the best passage whose article's passages name them all ("... at their meeting in
    Shymkent": not the story of another meeting that scores higher on "ministers agreed")."""
    ranked = sorted(candidates, key=lambda c: -c.score)
    if names:
        named: dict[str, set[str]] = {}
        for c in candidates:
            named.setdefault(c.chunk.chunk.article_id, set()).update(c.terms)
        for c in ranked:
            if set(names) <= named[c.chunk.chunk.article_id]:
                return c.chunk.chunk.article_id
    return ranked[0].chunk.chunk.article_id


def _when_clause(question: str) -> str | None:
    """The verb of the occasion a question places what was said at: "appear" in "what did he tell
    the committee when he appeared on Monday"."""
    if not re.search(r"\S\s+when\s", question, re.I):
        return None  # only a "when" inside the question, not a when-question: spare the parse
    from bot.answering.predicate import SPEECH, parse_question

    for t in parse_question(question):
        if t.dep_ == "advcl" and t.pos_ == "VERB" and any(c.lower_ == "when" for c in t.children):
            # "when asked about it" is the saying itself, no occasion of its own.
            return None if t.lemma_.lower() in SPEECH else t.lemma_.lower()
    return None


def not_yet(question: str, passages, article_of, q=None) -> bool:
    """Either of the above, or (given the parsed question `q`) a thing asked about that is only
    expected (ahead.py), on the retrieved passages in their retrieval order: the ledger's answerer
    leaves such a question to the extractive one, which says what the articles report."""
    from bot.answering.candidates import candidates_of

    candidates = candidates_of(passages)
    for c in candidates:
        c.score = 1.0 / c.rank
    if after_the_articles(question, candidates, article_of) is not None or occasion_still_ahead(question, candidates) is not None:
        return True
    from bot.answering.ahead import only_ahead

    return q is not None and only_ahead(q, candidates) is not None
