"""Does the answer only name the body the question asks about, as someone else's addressee or destination?

    What did the Harbour Tribunal decide about the claims?
        "She said the claims should go to the Harbour Tribunal."     the tribunal decided nothing here
        "The Harbour Tribunal dismissed the claims on 3 May."        it acts: answered

A what-question whose subject is a named body or person ("the Harbour Tribunal", "Ostrander Press")
asks what it did. A sentence that names it only as where something is sent, said or written ("to the
tribunal", "before the tribunal"), and never tells the act asked in any form or paraphrase, does not
say what it did: when every chosen sentence is such, a near miss.
"""

from __future__ import annotations

from bot.answering.event_dates import names_act
from bot.answering.parsing import parse, tokens
from bot.answering.predicate import parse_question
from bot.answering.terms import stems

# the body named as where something goes or is said: "should go to the tribunal", "wrote to the paper"
# (an object of a verb is not read as one: a misparse makes a speaker an object, "warden Orsolya Moravec said")
_DESTINATIONS = frozenset({"to", "towards", "toward", "into", "before", "with"})


def body_only_named(q, texts: list[str]) -> bool:
    """Whether every one of `texts` names the question's subject body only as another's object."""
    if q.kind != "what" or not texts:
        return False
    act, body = _asked_act_and_body(q.text)
    # The cheap tests first, each a condition of the answer: every sentence writes the body's name
    # (cut into tokens only), every one names it as an object, none tells the act.
    if not body or not all(_writes_body(t, body) for t in texts):
        return False
    return all(_named_as_object(t, body) is True for t in texts) and not any(names_act(t, act) for t in texts)


def _writes_body(text: str, body: frozenset[str]) -> bool:
    """Whether a token of `text` has a stem of the body's name (_named_as_object reads no other)."""
    return any(set(stems(t.text)) & body for t in tokens(text))


def _asked_act_and_body(question: str) -> tuple[str, frozenset[str]]:
    """The question's verb and the stems of its subject when that is a proper name: "decide", "the
    District Land Tribunal"."""
    doc = parse_question(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return "", frozenset()
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return "", frozenset()
    return root.lemma_.lower(), frozenset(s for t in subject.subtree if t.pos_ == "PROPN" for s in stems(t.text))


def _named_as_object(text: str, body: frozenset[str]) -> bool | None:
    """None when the sentence does not name the body (it may be "it" or "the board"), True when it names it
    only as a destination ("to the tribunal"), False when it names it otherwise."""
    mentions = [t for t in parse(text) if t.pos_ == "PROPN" and set(stems(t.text)) & body]
    if not mentions:
        return None
    for t in mentions:
        head = t
        while head.dep_ in ("compound", "flat", "amod") and head.head is not head:
            head = head.head
        if not (head.dep_ == "pobj" and head.head.lower_ in _DESTINATIONS and head.head.head.lower_ != "according"):
            return False
    return True
