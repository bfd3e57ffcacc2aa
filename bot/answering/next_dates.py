"""A when- or where-question about what is still to come is answered by a day after the report, not
its own, and by a place for what is to happen there, not for what already did.

    When is the parish council due to meet again?
      "Minutes of the meeting ... held on Tuesday 4 March 2025"     the report's own day: the last meeting
      "Date of next meeting / Tuesday 8 April 2025 at 7.30pm."       after the report: the answer
    When will the bridge reopen?
      "The bridge closed on 3 June 2024."                            before the report: not what is asked

The leading article is read whole for such a question (a minutes' "Date of next meeting" line shares
no word with "meet again" but the heading): its sentences that name a day after the report's are
added, and each candidate's days are weighed against the report's date. Days without a year count
as ahead when their sentence looks ahead ("will meet on 6 November").

    Where will the islanders be able to debate the wind farm?
      "... whatever your correspondents may have read on social media."   not ahead: weighed down
      "We will hold a public meeting in the village hall in Kilbeg."       ahead, and says where: up
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from bot.answering.candidates import Candidate
from bot.answering.dates import _ahead, _clause_before
from index.body_dates import looks_ahead, looks_past
from index.datelines import DATE, MONTH, read_dateline

AHEAD_BONUS = 0.25
BEHIND = 0.5

# "When is / are / will ... due to / next / again / expected / scheduled": the question looks ahead.
_ASKS_AHEAD = re.compile(r"^(?:and\s+)?(?:when|on what (?:date|day)|what (?:date|day))\s+(?:is|are|will|does|do)\b.*"
                         r"\b(?:due|next|again|expected|scheduled|set to|planned|going to|to be held|take place|resume|reopen)\b",
                         re.I)


def _contest_words() -> str:
    from index.vocabulary import vocabulary

    v = vocabulary()
    return "|".join(re.escape(w) for w in sorted(set(v.contests) | set(v.fixture_words), key=lambda w: (-len(w), w)))


# "What date is the final?", "When is the derby?": a contest asked of in the present is one still to come.
_CONTEST_AHEAD = re.compile(rf"^(?:and\s+)?(?:when|on what (?:date|day)|what (?:date|day))\s+(?:is|are)\s+(?:the\s+|this\s+|next\s+)?"
                            rf"(?:[\w'’\-]+\s+){{0,4}}?(?:{_contest_words()})s?\s*[?.!]*\s*$", re.I)
_ATTRIBUTION_AFTER = re.compile(r",\s*[^,]{0,60}?\b(?:said|says|told|added|explained)\b[^,]{0,40}$", re.I)
# A weekday as news names a day of its own week: "will meet ... on Wednesday", "Wednesday's final".
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
# A day and month as index.datelines writes its shapes ("8 April 2025", "April 8, 2025", "6 November",
# "the 6th of November"); capitalised months only ("may 5" is a verb). A regular expression: the full
# time-phrase reader cost 0.6 ms a sentence.
_CALENDAR = re.compile(rf"\b(?:{DATE})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\.?,?\s+((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
# "Where will Rovers host Ashcombe?", "At what ground is the final due to be played?"
_WHERE_AHEAD = re.compile(r"^(?:and\s+)?(?:where|(?:at|in|from|to|inside|near)\s+(?:which|what))\b.*"
                          r"\b(?:will|might|would|(?:is|are) (?:due|scheduled|expected|set|going|to be)|next)\b", re.I)
PLACE_AHEAD = 0.15
PLACE_BEHIND = 0.7
# "ahead of Tuesday's trip to Northfield", "before they travel to Eastport", "away at Ridgeway next":
# a journey to a named place still ahead is where they go (or play) next.
_TRIP_TO = re.compile(r"\b(?:trips?|visits?|journeys?|travel(?:s|ling|ing)?|head(?:s|ing)?|away)\s+(?:to|at)\s+"
                      r"(?:the\s+)?[A-Z]")
TRIP_AHEAD = 0.2
# "was likely to miss Tuesday's trip to Arbroath": a trip named by its weekday (or "next week's") is
# ahead of the report however the sentence around it is told (not "last Tuesday's").
_DAY_TRIP = re.compile(r"(?<!\blast )\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next\s+\w+)['’]s\s+"
                       r"(?:trips?|visits?|journeys?|away\s+(?:game|match|tie|fixture))\s+(?:to|at)\s+(?:the\s+)?[A-Z]")
# A sentence of an article that never names what the question names ("Where do Rovers play next?" /
# another article's "crossings resumed the next morning") says nothing of them.
ELSEWHERE = 0.3


def asks_ahead(text: str) -> bool:
    """"When is the council due to meet again?", "When will the talks resume?" (not "When did ...")."""
    return bool(_ASKS_AHEAD.search(text.strip()) or _CONTEST_AHEAD.search(text.strip()))


def _calendar_day(phrase: str) -> date | None:
    """The day "8 April 2025" or "April 8, 2025" names (a regular expression: a date parser per
    sentence of a whole article cost about a millisecond each)."""
    m = _DAY_MONTH_YEAR.search(phrase)
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if m is None and (m := _MONTH_DAY_YEAR.search(phrase)) is not None:
        day, month, year = m.group(2), m.group(1), m.group(3)
    if m is None or month[:3].lower() not in _MONTHS:
        return None
    try:
        return date(int(year), _MONTHS[month[:3].lower()], int(day))
    except ValueError:
        return None


def asks_contest_ahead(text: str) -> bool:
    """"What date is the Southern Coast League final?": the words before the contest name which one, no speaker."""
    return bool(_CONTEST_AHEAD.search(text.strip()))


def asks_place_ahead(text: str) -> bool:
    """"Where will the islanders debate it?": a place for something still to come."""
    return bool(_WHERE_AHEAD.search(text.strip()))


def weigh_places_ahead(candidates: list[Candidate], says_where, names: tuple[str, ...] = (),
                       article_terms=None) -> None:
    """A where-question about what is to come: the venue in a sentence that looks ahead ("It will be the
    biggest crowd at the Mill Lane ground") over one where something already happened ("faced the media
    at the training ground yesterday"); a trip still ahead ("Tuesday's trip to Northfield") most of all.
    `names` (the question's stemmed names) must be in the candidate's article (`article_terms(id)`)."""
    for c in candidates:
        if names and article_terms is not None and not set(names) & article_terms(c.chunk.chunk.article_id):
            c.score *= ELSEWHERE
        day_trip = bool(_DAY_TRIP.search(c.text))
        if _TRIP_TO.search(c.text) and (day_trip or looks_ahead(c.text)):
            c.score += TRIP_AHEAD
        if day_trip or looks_ahead(c.text):
            # A lede's dateline ("STOCKHOLM, Oct 24 (Reuters) -") is where the report was filed, not where it will happen.
            dateline = read_dateline(c.text) if c.chunk.chunk.paragraph <= 2 else None
            if says_where(c.text[dateline.end:] if dateline else c.text):
                c.score += PLACE_AHEAD
        else:
            c.score *= PLACE_BEHIND


def days_ahead(text: str, published: date) -> tuple[bool, bool]:
    """(names a day after `published`, names a day on or before it), from its calendar days."""
    ahead = behind = False
    for m in _CALENDAR.finditer(text):
        day = _calendar_day(m.group(0))
        if day is None:
            ahead = ahead or looks_ahead(text)  # "on 6 November": ahead only if the sentence looks ahead
        elif day > published:
            ahead = True
        else:
            behind = True
    if not (ahead or behind) and _WEEKDAY.search(text):
        # A weekday of the report's week: ahead where the sentence looks ahead ("will meet ... on Wednesday"),
        # behind where it tells what was done (its attribution aside: "..., the coach said").
        told = _ATTRIBUTION_AFTER.sub("", text)
        # "had served notice of a strike, to begin on Tuesday": the weekday's own clause looks ahead
        ahead = looks_ahead(told) or any(_ahead(_clause_before(told, m.start())) for m in _WEEKDAY.finditer(told))
        behind = not ahead and looks_past(told)
    return ahead, behind


def weigh_days_ahead(candidates: list[Candidate], article_of, names: tuple[str, ...] = (), article_terms=None) -> None:
    """Up a sentence naming a day after its report's date, down one naming only days on or before it.
    A report that does not name whom the question names ("the Hollinbrook council") is about another's day."""
    published: dict[str, date | None] = {}
    for c in candidates:  # a regular expression each, no parse: the whole leading article costs well under a millisecond
        article_id = c.chunk.chunk.article_id
        if article_id not in published:
            article = article_of(article_id)
            published[article_id] = getattr(article, "published", None)
        day = published[article_id]
        if day is None:
            continue
        ahead, behind = days_ahead(c.text, day)
        if ahead and (article_terms is None or all(n in article_terms(article_id) for n in names)):
            c.score += AHEAD_BONUS
        elif behind:
            c.score *= BEHIND


NOT_THE_CONTEST = 0.5


def weigh_contest_named(question: str, candidates: list[Candidate]) -> None:
    """"What date is the final?": a sentence without the contest's word, or with it only inside another
    contest's ("the second semi-final", "quarter-final"), tells another day."""
    m = _CONTEST_AHEAD.search(question.strip())
    if m is None:
        return
    noun = re.sub(r"[?.!\s]+$", "", m.group(0)).split()[-1].lower().rstrip("s")
    alone = re.compile(rf"(?<![\w\-]){re.escape(noun)}s?(?![\w\-])", re.I)
    for c in candidates:
        if not alone.search(c.text):
            c.score *= NOT_THE_CONTEST
