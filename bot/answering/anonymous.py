"""A source the article describes but will not name: "What is the name of the senior editor who opposed
the rule?" against "One senior editor, who asked not to be named, told me ...". The article says the
name is withheld, so the honest answer is that it does not say, citing that sentence -- never the
nearest named person."""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.vocabulary import vocabulary


def unnamed_by_request(head: str, question: str, naming: list):
    """The first of `naming` (sentences of the article asked about) that describes the asked person
    with every word the question describes them by ("senior editor") and says they asked not to be
    named (vocabulary `anonymity_markers`), else None."""
    words = _described_by(head, question)
    markers = vocabulary().anonymity_markers
    for c in naming:
        low = c.text.lower()
        if any(m in low for m in markers) and words <= set(stems(c.text)):
            return c
    return None


def _described_by(head: str, question: str) -> set[str]:
    """Stems of the asked noun and the words before it in its phrase ("senior editor")."""
    from bot.answering.predicate import parse_question

    noun = next((t for t in parse_question(question) if t.lemma_.lower() == head and t.pos_ == "NOUN"), None)
    if noun is None:
        return set(stems(head))
    # from the phrase's first word to the noun and what is hyphened to it ("the editor-in-chief")
    end = noun.idx + len(noun.text)
    end += len(re.match(r"\S*", question[end:]).group(0))
    return set(stems(question[noun.left_edge.idx:end])) | set(stems(head))
