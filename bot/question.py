"""What a question asks: its kind, its search terms, and the names it depends on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.sparse import stem_terms
from index.textnorm import fold

KINDS = ("who", "when", "where", "how-many", "why", "compare", "what")
# Words that start with a capital in questions without being names.
_NOT_NAMES = {
    "who", "what", "when", "where", "why", "how", "which", "whom", "whose", "did", "does", "do", "is",
    "are", "was", "were", "has", "have", "had", "can", "could", "would", "will", "should", "and", "but",
    "or", "the", "a", "an", "in", "on", "at", "of", "for", "to", "according", "tell", "give", "list",
    "name", "show", "explain", "describe", "compare", "i", "me", "please", "if", "after", "before",
    "during", "since", "between", "about", "then", "so", "also", "now", "mr", "mrs", "ms", "dr",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "president", "prime", "minister", "foreign", "spokesman", "spokeswoman", "secretary", "official",
    "officials", "leader", "leaders", "government", "ministry", "office",
}
_NUMBER = re.compile(r"\d")
# Stemmed question words that say what is asked, not what to look for.
_ASKING = {
    "what", "did", "do", "doe", "who", "whom", "whose", "when", "where", "which", "how", "mani", "much",
    "whi", "say", "said", "tell", "told", "he", "she", "it", "they", "them", "him", "her", "his", "their",
    "have", "has", "had", "would", "could", "should", "will", "about", "from", "between", "after",
    "before", "through", "ani", "out", "accord", "articl", "is", "was", "were", "are", "be", "been",
    "the", "and", "this", "that", "there", "than", "date", "day", "describ", "mention", "exact",
}


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    terms: tuple[str, ...]  # stemmed BM25 terms, in order, no repeats
    names: tuple[str, ...]  # stemmed terms of capitalised names ("macron", "erdogan")
    counted: tuple[str, ...]  # for how-many: stemmed terms of the thing counted
    speaker: tuple[str, ...] = ()  # "what did <speaker> say": stemmed terms of the speaker
    topic: tuple[str, ...] = ()  # "... say about <topic>": stemmed terms of the topic
    speaker_phrase: str | None = None  # the speaker as the question writes it


def kind_of(text: str) -> str:
    t = fold(text).lower().strip()
    if re.search(r"\bhow (many|much)\b", t):
        return "how-many"
    if re.search(r"\b(differ|difference|compare|compared|contrast|versus|vs\.?|both|whereas)\b", t):
        return "compare"
    if re.match(r"^(and\s+)?(when|on what (date|day)|what (date|day)|in what (month|year)|since when)\b", t) or re.search(
        r"\b(what date|which date|which day|what day|on what date)\b", t
    ):
        return "when"
    if re.match(r"^(and\s+)?(where|in (which|what) (city|country|place|town|capital))\b", t) or re.search(
        r"\b(in which city|in what city|which city|where)\b", t
    ):
        return "where"
    if re.match(r"^(and\s+)?(who|whom|whose|which (official|minister|leader|person|side|country))\b", t):
        return "who"
    if re.match(r"^(and\s+)?why\b", t):
        return "why"
    return "what"


def _names(text: str) -> list[str]:
    out = []
    for i, m in enumerate(re.finditer(r"[^\W\d_][\w'’\-]*", text)):
        word = m.group(0)
        base = re.sub(r"['’]s$", "", word)
        if not base[:1].isupper() or base.lower() in _NOT_NAMES:
            continue
        if base.isupper() and len(base) <= 4:
            continue  # "US", "UN", "EU": articles write them "U.S.", "U.N.", "European Union"
        if i == 0:
            continue  # a question's first word is capitalised whatever it is
        out.extend(stem_terms(base))
    return out


def analyse(text: str) -> Question:
    kind = kind_of(text)
    terms = [t for t in dict.fromkeys(stem_terms(text)) if t not in _ASKING]
    counted: list[str] = []
    if kind == "how-many":
        m = re.search(r"\bhow (?:many|much)\s+([\w\-]+(?:\s+of\s+[\w\-]+)?)", fold(text).lower())
        if m:
            counted = [t for t in stem_terms(m.group(1)) if t not in ("peopl",)] or stem_terms(m.group(1))
    if kind == "compare":
        terms = [t for t in terms if t not in _COMPARING]
    m = _SPEAKER_Q.search(fold(text)) if kind != "compare" else None
    speaker = tuple(t for t in stem_terms(m.group(1)) if t not in _ASKING) if m else ()
    t = _TOPIC_Q.search(fold(text))
    # "about the EU mission" names a topic; "about what was carried" is a clause to answer.
    clause = t is not None and re.match(r"(what|how|who|whom|whether|why|when|where|which)\b", t.group(1), re.I)
    topic = tuple(x for x in stem_terms(t.group(1)) if x not in _ASKING) if t and not clause else ()
    phrase = m.group(1).strip() if m and speaker else None
    return Question(text, kind, tuple(terms), tuple(dict.fromkeys(_names(text))), tuple(counted), speaker, topic, phrase)


_TOPIC_Q = re.compile(r"\b(?:about|regarding|concerning|on the (?:subject|issue|question) of)\s+(.+?)(?:[?.!]|$)", re.I)


_COMPARING = {"differ", "differ", "compar", "contrast", "similar", "account", "version", "respect", "both", "way"}
_SPEAKER_Q = re.compile(
    r"\b(?:did|does|do|has|have|had|was|is)\s+((?:\S+\s+){0,4}?\S+)\s+(?:say|said|tell|told|claim|deny|denied|urge|pledge|"
    r"complain|emphasi[sz]e|hint|confirm|announce|insist|accuse|call|describe|think|stress|warn|note|add|"
    r"express|propose|demand|mean|respond|react|argue|suggest|threaten|promise|report|write|state)\b",
    re.I,
)


def has_number(sentence: str) -> bool:
    return bool(_NUMBER.search(sentence)) or bool(
        re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million)\b", sentence, re.I)
    )
