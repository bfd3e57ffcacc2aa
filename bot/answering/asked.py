"""Does an answer hold the type of thing the question asks for?

    When will the appeal be heard?      "The county has 30 days to file an appeal."   no date: not an answer
    Where was the meeting held?         "The talks lasted four hours."                no place: not an answer
    How much did the software cost?     "The software was introduced in January."     no amount: not an answer

A sentence on the question's topic is not an answer unless it holds a date for "when", a place
or venue for "where", a number for "how many / how much", a duration for "how long". Then the
articles do not say it, and the answerer says so with the related passages.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.question import Question, amounts, asks_about_speech, durations
from bot.answering.venues import says_where
from index.statements.dates import find_time_phrases

_DATE_WORDS = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tonight|tomorrow|weekend|morning|afternoon|evening|night|midnight|noon|"
    r"(?:last|next|this|earlier|later|coming|following|previous)\s+(?:week|month|year|day|spring|summer|autumn|"
    r"fall|winter|season|quarter)|spring|summer|autumn|winter|"
    r"\d+\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:ago|earlier|later|before|after)|"
    r"(?:in|within|after)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:days?|weeks?|months?|years?|hours?))\b",
    re.I,
)


def says_when(c: Candidate, q: Question) -> bool:
    """The sentence gives a time, or it is a statement the ledger dates from its paragraph and the
    question asks when it was said ("When did the minister say ...?")."""
    if _DATE_WORDS.search(c.text) or find_time_phrases(c.text):
        return True
    st = c.statement
    return st is not None and st.when_start is not None and st.date_basis in ("explicit", "context") \
        and asks_about_speech(q.text)


def holds_asked(q: Question, chosen: list[Candidate]) -> bool:
    """Whether the chosen sentences hold the thing the question asks for (True when it asks for none
    this module checks)."""
    if not chosen:
        return False
    if q.asks == "date":
        return any(says_when(c, q) for c in chosen)
    if q.asks == "place":
        return any(says_where(c.text, countries=True) for c in chosen)
    if q.asks == "duration" and q.kind == "how-many":
        return any(durations(c.text) for c in chosen)
    if q.asks == "amount" and q.kind == "how-many" and _HOW_MANY.search(q.text):
        # "had not received a ransom demand" answers "how much ransom": a denial holds no number.
        return any(amounts(c.text) or _denial(c.text) for c in chosen)
    return True


_HOW_MANY = re.compile(r"\bhow (?:many|much)\b", re.I)  # "what was the biggest cost" may be answered in words


def _denial(text: str) -> bool:
    return bool(re.search(r"\b(?:no|not|never|none|nothing)\b|n['’]t\b", text, re.I))
