"""Where someone is from, or where a company is, as news writes it without a place the gazetteer knows.

    Where was the cyclist from?        lede: "A cyclist who was killed ..."; next: "Marta E, 41, a nurse from Brackley Fen, died ..."
    Where is the importer based?       a notice's labelled line: "Importer: Seacrest Trading, Dunholt"

A person the lede describes by a role is named in a following sentence with their age, job and home
town: the apposition "a <job> from <Town>" says where they are from. A notice lists companies on
labelled lines ("Manufacturer: Name Ltd., Town, Region"): the line whose label is the question's
noun gives the company and the place after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.models import Answer, Citation, ScoredChunk
from index.vocabulary import CALENDAR_WORDS

# "Where was X from?", "Where does she come from?", "What is his home town?", "where is the firm based?"
_ORIGIN = re.compile(r"\bfrom\s*\??\s*$|\b(?:comes?|came|hails?|hailed)\s+from\b|\bhome\s?town\b", re.I)
_BASED = re.compile(r"\b(?:based|located|headquartered|registered)\b|\bfrom\s*\??\s*$", re.I)

_CAP = r"[A-Z][\w'’\-]+"
# ", a nurse from Brackley Fen,", "an apprentice carpenter from Ostwick": up to four lower-case words
# of a job between the article and "from"; the town is one capitalised run.
_FROM = re.compile(rf"\b(?:a|an)\s+(?:[a-z][\w'’\-]*\s+){{1,4}}?from\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})*)")

# "Distributor: Nordvale Home Ltd., Town, Region": a short capitalised label, a name, then a place after a comma.
_PLACE_AFTER_COMMA = re.compile(rf",[ \t]*{_CAP}")
LABEL_CHARS = 40
ARTICLES = 2  # the leading articles' labelled lines are read (a few lines each)
NEXT = 2  # how many sentences after the lede a person's introduction may stand


def asks_origin(question: str) -> bool:
    return bool(_ORIGIN.search(question))


def says_from(text: str) -> bool:
    """"Marta E, 41, a nurse from Brackley Fen": a person's home town in an apposition."""
    return any(m.group(1).split()[0].lower() not in CALENDAR_WORDS for m in _FROM.finditer(text))


def introduced_from(chosen: list[Candidate], candidates: list[Candidate]) -> Candidate | None:
    """The sentence just after the best one, in its article, that gives someone's home town: the
    person the lede describes ("a cyclist who was killed") is named and placed there."""
    if not chosen or any(says_from(c.text) for c in chosen):
        return None
    best = chosen[0]
    article_id = best.chunk.chunk.article_id
    after = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id and c.span.start > best.span.start),
                   key=lambda c: c.span.start)
    seen: set[int] = set()
    for c in after:
        if c.span.start in seen:
            continue
        seen.add(c.span.start)
        if len(seen) > NEXT:
            return None
        if says_from(c.text):
            return c
    return None


def labelled_place(question: str, terms: tuple[str, ...], passages: list[ScoredChunk], corpus) -> Answer | None:
    """A labelled line of a leading article whose label is a noun of the question ("the importer":
    "Importer: Seacrest Trading, Dunholt"), when the question asks where something is based. The
    cleaner keeps such a line out of the passages (a fact box), so the article's text is read."""
    if not _BASED.search(question) or not hasattr(corpus, "article"):
        return None
    wanted = set(terms)
    for article_id in list(dict.fromkeys(sc.chunk.article_id for sc in passages))[:ARTICLES]:
        article = corpus.article(article_id)
        text = getattr(article, "text", "") or ""
        if ":" not in text:
            continue
        for start, end, label in _fields(text):
            if set(stems(label)) & wanted:
                line = text[start:end]
                return Answer(question=question, text=f"{line} [1]", retrieved=passages,
                              citations=[Citation(1, article_id, start, end, line)])
    return None


@lru_cache(maxsize=256)
def _fields(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) of each "Label: Name, Place" line: from colon to colon (string search,
    not a regex tried at every character), kept per article text."""
    out = []
    at = text.find(":")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        label = text[start:at].strip()
        if 0 < len(label) <= LABEL_CHARS and label[:1].isupper() and not label.isupper() and len(label.split()) <= 4:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if _PLACE_AFTER_COMMA.search(text, at, end):  # "SMITH: Well, ..." is a turn: all capitals, skipped above
                out.append((text.index(label, start), len(text[:end].rstrip()), label))
        at = text.find(":", at + 1)
    return tuple(out)
