"""Follow-ups that point back at what the previous answer named, not at a he or she:

    Which company is building the bridge?  Harnwell Construction.
    Where is it based?                     ->  Where is Harnwell Construction based?
    Who runs the firm?                     ->  Who runs Harnwell Construction?

    Who are the two candidates?            Tove Halden and Marek Vostry.
    What did the other one promise?        ->  What did Marek Vostry promise?

"It" and "the company" stand for a body only when the previous question asked for one (by
"which company", "what agency" ...); "the latter", "the other one" only when the previous
answer named two, so a question that means something else is left as it was.
"""

from __future__ import annotations

import re

from bot.answering.question import _asks_of_noun, _which_noun
from index.textnorm import fold
from index.vocabulary import CALENDAR_WORDS, vocabulary

# "the other one" / "the latter" / "the second": the later of two; "the former" / "the first": the earlier.
# A bare "other", "second" or "first" is one only before a verb or the end ("what did the other say?"),
# not before its noun ("the other candidates", "the first round").
_OF_TWO = re.compile(r"\bthe\s+(?:(?P<later>other\s+one|latter|second\s+one|(?P<bare_later>other|second))|"
                     r"(?P<earlier>former|first\s+one|(?P<bare_earlier>first)))\b(?P<after>\s*[?!.,;:]|\s+[\w'’]+|\s*$)", re.I)
_IT = re.compile(r"\b(?P<it>it|its)\b(?!\s*[?!.,;:]*\s*$)", re.I)
AUX = vocabulary().auxiliaries
SPEECH = vocabulary().speech_words


def _of_two(question: str):
    for m in _OF_TWO.finditer(question):
        after = m.group("after").strip().lower()
        if not (m.group("bare_later") or m.group("bare_earlier")) or not after[:1].isalpha() \
                or after in AUX or after in SPEECH:
            return m
    return None


def points_back(question: str) -> bool:
    """The question has "the other one", "the latter" ... or a body's "it", which only a previous turn resolves."""
    return _of_two(question) is not None or _IT.search(question) is not None


def resolve(question: str, asked: str, answer: str, names: list[str]) -> str | None:
    """`question` with its pointer replaced by what the previous answer names (`names`, in order), or None."""
    m = _of_two(question)
    if m is not None:
        if len(names) != 2:
            return None
        name = names[1] if m.group("later") else names[0]
        return question[: m.start()] + name + question[m.start("after"):]
    noun = _which_noun(fold(asked).lower().strip())
    if noun is None or _asks_of_noun(noun) != "organisation" or not names:
        return None
    body = next((n for n in names if not set(n.lower().split()) & CALENDAR_WORDS), None)  # "In March 2025: ..." names no body
    if body is None:
        return None
    if re.search(rf"\bthe\s+{re.escape(body)}", answer, re.I):
        body = f"the {body}"  # "the National Audit Bureau"
    the_noun = re.compile(rf"\bthe\s+(?:{re.escape(noun)}|company|firm|organisation|organization|group|agency|body)\b", re.I)
    if (n := the_noun.search(question)) is not None:
        return question[: n.start()] + body + question[n.end():]
    it = _IT.search(question)
    before = question[: it.start()].split() if it is not None else []
    if it is None or any(w[:1].isupper() for w in before[1:]):
        return None  # "Did Rask say it would appeal?": a name of the question's own comes first
    if it.group("it").lower() == "it" and (not before or before[-1].lower() not in AUX):
        return None  # the subject of "is it based", "was it founded", not "say it would"
    return question[: it.start()] + (f"{body}'s" if it.group("it").lower() == "its" else body) + question[it.end():]
