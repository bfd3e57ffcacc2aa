"""A source the article describes but will not name: "What is the name of the senior editor who opposed
the rule?" against "One senior editor, who asked not to be named, told me ...". The article says the
name is withheld, so the honest answer is that it does not say, citing that sentence -- never the
nearest named person."""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.vocabulary import vocabulary


def unnamed_by_request(head: str, question: str, naming: list, answering: tuple):
    """The first of `naming` (sentences of the article asked about) that describes the asked person
    with every word the question describes them by ("senior editor") in a phrase that says they asked
    not to be named (vocabulary `anonymity_markers`), else None; None too when a sentence of
    `answering` (the best ones) describes someone so without that: "the managing editor, X, said"
    may be who is asked for."""
    words = _described_by(head, question)
    if any(words <= set(stems(c.text)) and not unnamed_on_request(c.text, head, words) for c in answering):
        return None
    return next((c for c in naming if unnamed_on_request(c.text, head, words)), None)


def unnamed_on_request(sentence: str, head: str, words: set[str]) -> bool:
    """The sentence's phrase of `head` holds `words` and its own clause asks for anonymity ("One
    senior editor, who asked not to be named"); not another's ("a driver, who asked not to be
    named, told officers": no officer unnamed)."""
    markers = vocabulary().anonymity_markers
    low = sentence.lower()
    if not any(m in low for m in markers):
        return False
    from bot.answering.predicate import _parse

    for t in _parse(sentence):
        if t.pos_ != "NOUN" or t.lemma_.lower() != head:
            continue
        clause = " ".join(w.lower_ for c in t.children if c.dep_ in ("relcl", "acl") for w in c.subtree)
        phrase = " ".join(w.text for w in t.subtree if w.i <= t.i)
        if any(m in clause for m in markers) and words <= set(stems(phrase)):
            return True
    return False


def _described_by(head: str, question: str) -> set[str]:
    """Stems of the asked noun and the words before it in its phrase ("senior editor")."""
    from bot.answering.predicate import parse_question

    noun = next((t for t in parse_question(question) if t.lemma_.lower() == head and t.pos_ == "NOUN"), None)
    if noun is None:
        return set(stems(head))
    # the words that describe it before it ("senior"; not "which", "the") to what is hyphened to it
    # ("the editor-in-chief")
    start = noun.idx
    for t in sorted(noun.lefts, key=lambda t: -t.i):
        if t.dep_ not in ("amod", "compound", "nmod"):
            break
        start = t.left_edge.idx
    end = noun.idx + len(noun.text)
    end += len(re.match(r"\S*", question[end:]).group(0))
    return set(stems(question[start:end])) | set(stems(head))
