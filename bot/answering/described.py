"""The person a question describes by role, found where the ledger read them so.

    What did the defeated candidate blame ...?   "The losing candidate in X's runoff demanded ..." -> Mehmet Y
    What did the independent inspector find?     "An independent inspector, Lars B, told ..."     -> Lars B

The article's people (people.py) are described by the words around their name; a statement
whose speaker the ledger resolved from a role ("the losing candidate", named a sentence later)
describes them too, as written at the speech verb. Used when the people's descriptions name no one.
"""

from __future__ import annotations

import re

from bot.answering.roles import names_a_body
from bot.answering.people import term_match
from bot.answering.terms import stems
from index.vocabulary import vocabulary

TIE = 0.05  # two people matching the role about equally well: no one is meant clearly
CLEAR = 0.75  # the share of the role's terms the writing must hold (as roles.CLEAR_ROLE_MATCH)


def described_speaker(role: tuple[str, ...], head: str | None, statements, idf) -> str | None:
    """The one named speaker whose statements were written with the role's head noun, best by the
    share of the role's terms in that writing; None when no one or two people fit."""
    if not role or head is None:
        return None
    total = sum(idf(t) for t in role) or 1.0
    best: dict[str, float] = {}
    for st in statements:
        if not _named(st) or not st.speaker_as_written:
            continue
        written = frozenset(stems(st.speaker_as_written))
        if not term_match(head, written):
            continue
        score = sum(idf(t) for t in role if term_match(t, written)) / total
        best[st.speaker] = max(best.get(st.speaker, 0.0), score)
    ranked = sorted(best.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < CLEAR or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - TIE):
        return None
    return ranked[0][0]


def _named(st) -> bool:
    words = st.speaker.split()
    return not st.generic_speaker and len(words) >= 2 and words[0][:1].isupper() and not vocabulary().pronoun(st.speaker)


BODY_SAID = 1.3  # as asked_speaker.SAID_BY
OTHER_SAID = 0.5


def prefer_body(q, candidates, article_text=None) -> None:
    """"What did the power company say": an organisation asked about by description. Where the
    ledger gives some sentences to a speaker whose name holds the description's words ("Front Range
    Power Cooperative"), those answer; other speakers' statements ("residents said ...") less so.
    Failing those, "the chain" asked bare is the body the article calls so, speaking by its
    spokesperson ("A spokeswoman for Kestrelby said ..."): `article_text(article_id)` gives the text."""
    if q.kind not in ("what", "why") or not q.role or not q.role_phrase or q.role_head is not None:
        return
    noun = q.role_phrase.split()[-1].lower()
    if noun not in vocabulary().body_nouns:
        return
    # "the power company": "Front Range Power Cooperative" holds a qualifier, the body noun may be
    # written otherwise. "the city council" is not "Cumberland Council": the body noun alone is no match.
    head = set(stems(noun))
    wanted = [t for t in q.role if t not in head] or list(q.role)
    qualified = names_a_body(q.role_phrase)  # ("the GP co-op": a kind of body, which "the co-op" of the text is)

    def speaks(c) -> bool:
        st = c.statement
        # (or the body the ledger read the noun as: "the co-op said" given to the co-op it named before)
        return st is not None and (any(term_match(t, frozenset(stems(st.speaker))) for t in wanted)
                                   or qualified and _named_by_noun(st, head))
    if not any(speaks(c) for c in candidates):
        if article_text is None or len(q.role_phrase.split()) != 2 or q.role_phrase.split()[0].lower() != "the":
            return
        speaks = _spokesperson_of_described_body(noun, candidates, article_text)
        if not any(speaks(c) for c in candidates):
            return
    for c in candidates:
        if speaks(c):
            c.score *= BODY_SAID
        elif c.statement is not None:
            c.score *= OTHER_SAID


def _named_by_noun(st, head: set[str]) -> bool:
    """A statement the ledger gives to a named body that the text calls by the asked noun ("the co-op
    said" read as Shannon Vale Doc's)."""
    written = (st.speaker_as_written or "").strip()
    # (the bare noun only: "The company's director, X" is a person, "The San Jose-based company" the
    # ledger's reading of a body the question may not mean)
    return bool(head) and re.fullmatch(r"(?i)the\s+\S+", written) is not None and head <= set(stems(written)) \
        and st.speaker[:1].isupper() and st.speaker.lower() != written.lower() and not st.generic_speaker


def _spokesperson_of_described_body(noun: str, candidates, article_text):
    """Whether a candidate is the statement of a body's spokesperson ("A spokeswoman for Kestrelby",
    "a Kestrelby spokesman") in an article that calls one body by `noun` ("a national clothing
    chain", "the chain's range") and has no other body's spokesperson: a question's bare "the
    chain" is that body (the article names it once, the question by what it is)."""
    by_article: dict[str, set[str]] = {}
    for c in candidates:
        st = c.statement
        if st is not None and _SPOKESPERSON.search(st.speaker):
            by_article.setdefault(st.article_id, set()).add(st.speaker)
    texts = {}
    for article_id, speakers in by_article.items():
        text = article_text(article_id) or ""
        if len(speakers) == 1 and re.search(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}(?:'s|’s)?\b", text, re.I):
            texts[article_id] = next(iter(speakers))
    return lambda c: c.statement is not None and texts.get(c.statement.article_id) == c.statement.speaker


_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)


NEAR = 70  # characters either side of a name where the article says what they are


def _body_start(text: str) -> int:
    """Where the body starts: after a headline, which names several stories' people in one line."""
    first = text.lstrip().split("\n", 1)[0]
    return text.find(first) + len(first) if first and not re.search(r"[.!?][\"”']?$", first.strip()) else 0


def _sentence_around(text: str, start: int, end: int) -> str:
    """Up to NEAR characters either side of a name, within its sentence (a headline is its own)."""
    before = text[max(0, start - NEAR) : start]
    after = text[end : end + NEAR]
    before = re.split(r"[.!?]\s|\n", before)[-1]
    after = re.split(r"[.!?](?:\s|$)|\n", after)[0]
    return before + text[start:end] + after


def described_in_text(role: tuple[str, ...], head: str | None, statements, article_text, idf) -> str | None:
    """The one named speaker the article describes with the role's words next to their name
    ("Graham W has ruled out resigning as head coach of Caldermoor"), when the ledger read
    their statements by surname only. `article_text(article_id)` gives an article's text."""
    if not role or head is None:
        return None
    total = sum(idf(t) for t in role) or 1.0
    best: dict[str, float] = {}
    texts: dict[str, str] = {}
    for st in statements:
        if not _named(st) or st.speaker in best:
            continue
        if st.article_id not in texts:
            texts[st.article_id] = article_text(st.article_id) or ""
        text, surname = texts[st.article_id], st.speaker.split()[-1]
        score = 0.0
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[_body_start(text):]):
            at = _body_start(text)
            near = frozenset(stems(_sentence_around(text, at + m.start(), at + m.end())))
            if term_match(head, near):
                score = max(score, sum(idf(t) for t in role if term_match(t, near)) / total)
        best[st.speaker] = score
    ranked = sorted(((s, n) for n, s in best.items() if s > 0), reverse=True)
    if not ranked or ranked[0][0] < CLEAR or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - TIE):
        return None
    return ranked[0][1]
