""""What job does the man who shares a surname with the <role> do?": a person described only as
the namesake of another, whom the question names by role.

The role finds its person among the retrieved articles' people (their descriptions, as for any
role phrase); the namesake is the one other person of that article with the same surname. The
question is then asked about the namesake by name, and a sentence naming them is cited first
(as a described person's, bot/answering/hops.py).
"""

from __future__ import annotations

import re

from bot.answering.candidates import candidates_of
from bot.answering.hops import Hop
from bot.answering.people import people_of, role_match
from bot.answering.terms import stems
from index.spacy_import import stop_words

LOOK_AT = 8
ROLE_FIT = 0.6  # share of the role phrase's (idf-weighted) words a person's description must hold
_SHARES = re.compile(r"\b(?:the|a)\s+(?:[\w\-]+\s+)?(?:man|woman|person|one|official|people)\s+who\s+shares?\s+(?:a|his|her|their|the)\s+"
                     r"(?:surname|family\s+name|last\s+name|name)\s+with\s+(?P<other>.+?)(?=\s+(?:do|does|did|say|says|said|hold|holds|"
                     r"have|has|had|tell|told|think|thinks|want|wants|work|works|is|was)\b|\s*[?,]|$)", re.IGNORECASE)


# "the manager who shares part of Byrne-Hale's name", "the woman who shares Ortiz's surname": the
# other is named, and the namesake is whoever else has one of the parts of that name's surname.
_SHARES_NAMED = re.compile(r"\b(?i:the|a)\s+(?:[\w\-]+\s+){0,3}?(?P<head>[a-z][\w\-]*)\s+who\s+(?i:shares?)\s+"
                           r"(?:(?:a\s+|one\s+)?(?:part|half)\s+of\s+)?(?P<other>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})['’]s?\s+"
                           r"(?:(?:sur|family\s+|last\s+|double[\s\-]barrell?ed\s+)?names?)\b")


# "the engineer with the same surname as Ann Lee", "the woman who has the same last name as Lee".
_SAME_AS_NAMED = re.compile(r"\b(?i:the|a)\s+(?:[\w\-]+\s+){0,3}?(?P<head>[a-z][\w\-]*)\s+(?i:who\s+has|with|having)\s+"
                            r"(?i:the\s+same)\s+(?i:(?:sur|family\s+|last\s+)?names?)\s+(?i:as)\s+"
                            r"(?P<other>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\b")


# "the traders' chair shares her surname with a government minister; what is his portfolio": the
# known person first, the namesake described by a role after "with", the question about the namesake
# after the semicolon (or comma) as "he"/"his".
_SHARES_THEN = re.compile(r"^\s*(?P<known>(?:the|a)\s+.+?)\s+shares?\s+(?:her|his|their|a|the)\s+"
                          r"(?:surname|family\s+name|last\s+name|name)\s+with\s+(?P<other>(?:a|an|the)\s+[^;,?]+?)\s*[;,]\s*"
                          r"(?P<rest>.+)$", re.IGNORECASE)
_THIRD = re.compile(r"\b(?P<w>he|she|him|his|her|hers)\b", re.IGNORECASE)


def namesake_hop(question: str, corpus) -> Hop | None:
    """The question with its "the man who shares a surname with X" replaced by that man's name."""
    m = _SHARES.search(question)
    if m is None:
        return _named_namesake_hop(question, corpus) or _namesake_then_hop(question, corpus)
    found = _fit_and_namesakes(m.group("other"), corpus)
    if found is None:
        return None
    article_id, others = found
    return _hop_to(others[0].name, article_id, question, m, corpus) if len(others) == 1 else None


def _fit_and_namesakes(role_phrase: str, corpus):
    """The first retrieved article with a person `role_phrase` fits, and the other people of that
    article who share the fit's surname: (article id, those people); None when no article has a fit."""
    role = tuple(stems(" ".join(w for w in role_phrase.split() if w.lower() not in stop_words())))
    if not role:
        return None
    sparse = getattr(corpus, "sparse", None)
    idf = sparse.idf if sparse is not None else (lambda t: 1.0)
    for article_id, article in _retrieved_articles(role_phrase, corpus):
        people = people_of(article, corpus)
        fit = max(people, key=lambda p: role_match(role, p, idf), default=None)
        if fit is None or role_match(role, fit, idf) < ROLE_FIT:
            continue
        return article_id, [p for p in people if p.surname.lower() == fit.surname.lower() and p.name != fit.name
                            and not (p.name in fit.name or fit.name in p.name)]
    return None


def _retrieved_articles(query: str, corpus):
    """(id, article) of each article retrieval finds for `query`, best first, each once."""
    seen: set[str] = set()
    for c in candidates_of(corpus.retrieve(query, LOOK_AT)):
        article_id = c.chunk.chunk.article_id
        if article_id in seen:
            continue
        seen.add(article_id)
        article = corpus.article(article_id)
        if article is not None:
            yield article_id, article


def _hop_to(namesake: str, article_id: str, question: str, m: re.Match, corpus) -> Hop | None:
    """The question asked of the namesake by name, with a sentence of their article naming them as
    the bridge; None when no retrieved sentence there names them."""
    name = _as_written(namesake, corpus)
    bridge = next((b for b in candidates_of(corpus.retrieve(name, LOOK_AT))
                   if b.chunk.chunk.article_id == article_id and name in b.text), None)
    if bridge is None:
        return None
    return Hop(question[:m.start()] + name + question[m.end():], name, bridge)


def _as_written(name: str, corpus) -> str:
    """The name as the ledger knows it, else its longest end the articles write: a run read from the
    text may carry a capitalised word before it ("Riverside. Ann Lee" read as one run)."""
    ledger = corpus.ledger() if hasattr(corpus, "ledger") else None
    words = name.split()
    for k in range(len(words) - 1):
        tail = " ".join(words[k:])
        if ledger is not None and (known := ledger.resolve_speaker(tail)) is not None and tail in known:
            return known
    return " ".join(words[-2:]) if len(words) > 2 and "." in name else name


def _surname_parts(name: str) -> set[str]:
    """"Ann Byrne-Hale" -> {"byrne", "hale"}: each half of a double-barrelled surname."""
    return {w for w in re.split(r"[\-‐–]", name.split()[-1].lower()) if len(w) > 1}


def _named_namesake_hop(question: str, corpus) -> Hop | None:
    """"the manager who shares part of Byrne-Hale's name": the one other person of the named person's
    article whose surname holds a part of that surname (the head noun tells two such apart)."""
    m = _SHARES_NAMED.search(question) or _SAME_AS_NAMED.search(question)
    if m is None:
        return None
    other = m.group("other")
    for article_id, article in _retrieved_articles(other, corpus):
        people = people_of(article, corpus)
        named = [p for p in people if p.name == other or p.name.endswith(" " + other) or p.surname == other]
        if len(named) != 1:
            continue
        parts = _surname_parts(named[0].name)
        others = [p for p in people if p is not named[0] and len(p.name.split()) > 1 and _surname_parts(p.name) & parts
                  and not (p.name in named[0].name or named[0].name in p.name)]
        if len(others) > 1:
            head = stems(m.group("head"))
            others = [p for p in others if head and set(head) <= set(p.terms)]
        if len(others) != 1:
            return None
        return _hop_to(others[0].name, article_id, question, m, corpus)
    return None


def _namesake_then_hop(question: str, corpus) -> Hop | None:
    """"The traders' chair shares her surname with a government minister; what is his portfolio?": the
    person the first role describes, then the one other person of their article with that surname
    (whose own description holds a word of the second role, when it has any), and the question after
    the semicolon asked of that namesake by name ("what is NAME's portfolio")."""
    m = _SHARES_THEN.match(question)
    if m is None or not _THIRD.search(m.group("rest")):
        return None
    wanted = set(stems(" ".join(w for w in m.group("other").split() if w.lower() not in stop_words())))
    found = _fit_and_namesakes(m.group("known"), corpus)
    if found is None:
        return None
    article_id, others = found
    if len(others) > 1 and wanted:
        others = [p for p in others if wanted & set(p.terms)]
    if len(others) != 1:
        return None
    name = _as_written(others[0].name, corpus)
    rest = _THIRD.sub(lambda w: name + "'s" if w.group("w").lower() in ("his", "hers") else name, m.group("rest"), count=1)
    bridge = next((b for b in candidates_of(corpus.retrieve(name, LOOK_AT))
                   if b.chunk.chunk.article_id == article_id and name in b.text), None)
    return Hop(rest, name, bridge) if bridge is not None else None
