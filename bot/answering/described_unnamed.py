"""A person the question describes ("who was the man with the spade", "what is the name of the
teacher who retires in June") whom the articles describe the same way but never name.

    Who was the man with the spade?      "Mr Alan Thwaite said he had seen a man with a spade"   the warden saw him
    Who is the teacher who retires?      "The teacher, who retires in June, has not been replaced, the principal said"

The best sentence holds the description and a name, but the name is someone else's: the one who
saw or tells of the person asked. The person described is read in the parse: the noun of the
description, with no name beside it (an apposition, "the warden, Mr Thwaite," or "Mr Thwaite, the
warden,"), none after "named" or "called", none across "is" ("the chairman is Mr Greaves"). When
no sentence of its article names the noun so, the articles do not say who the person is.
"""

from __future__ import annotations

import re

from bot.answering.identity_withheld import described_head
from bot.answering.parsing import parse
from bot.answering.terms import stems
from index.vocabulary import vocabulary

# "What is the name of the teacher who ...", "what's the name of the man ...": the description follows "the".
_NAME_OF = re.compile(r"^\s*(?:and\s+)?what(?:\s+is|\s+was|'s|’s)\s+(?:the\s+)?(?:full\s+)?name\s+of\s+(?:the|this|that)\s+(.+?)\s*\??\s*$",
                      re.I)
_AFTER_HEAD = re.compile(r"\s+(?:of|on|for|at|in|to|from|with|behind|who|that|which|when|retiring|seen|living)\b.*$", re.I)
_BE = frozenset(("be",))
_NAMING_VERBS = frozenset(("name", "call", "identify"))


def asked_head(question: str) -> str | None:
    """The stem of the person noun the question describes and asks the identity of, else None."""
    head = described_head(question)
    if head is None and (m := _NAME_OF.match(question)) is not None:
        words = re.findall(r"[A-Za-z][\w\-]*", _AFTER_HEAD.sub("", m.group(1)))
        head = (tuple(stems(words[-1])) or (None,))[0] if words else None
    if head is None or not _is_person_noun(head):
        return None
    return head


def _is_person_noun(stem: str) -> bool:
    nouns = vocabulary().person_nouns
    return any(tuple(stems(n))[:1] == (stem,) for n in nouns if " " not in n) or stem in {"man", "woman", "men", "women"}


def described_unnamed(q, chosen: list, candidates: list) -> object | None:
    """chosen[0] when it holds the person the question describes, someone else named beside it, and
    no sentence of its article names that person; else None."""
    if q.kind not in ("who", "what") or not chosen:
        return None
    head = asked_head(q.text)
    if head is None:
        return None
    from bot.answering.hops import _quoted_at

    best = chosen[0]
    # (a quotation's "a player" is anyone: "You can't leave out a player like that")
    nouns = [t for t in _described(best.text, head) if not _quoted_at(best.text, t.idx)]
    if not nouns or any(_named(t) for t in nouns) or not _names_another(best.text, nouns):
        return None
    article = best.chunk.chunk.article_id
    for c in candidates:
        if c is best or c.chunk.chunk.article_id != article or head not in c.terms:
            continue
        there = _described(c.text, head)
        if any(_named(t) for t in there) or _names_another(c.text, there):
            return None  # "The new harbour master, Captain Bell, ...", "NAME will take the chair": may name them
    return best


def _described(text: str, head: str) -> list:
    """The tokens of `text` that are the described noun."""
    return [t for t in parse(text, entities=True) if t.pos_ == "NOUN" and tuple(stems(t.text))[:1] == (head,)]


def _named(t) -> bool:
    """Whether the noun `t` has a name beside it: apposed, compounded, after "named", or across "is"."""
    if any(c.dep_ in ("appos", "compound") and _proper(c) for c in t.children):
        return True
    if t.dep_ in ("appos", "compound") and _proper(t.head):
        return True  # "Mr Thwaite, the warden" / "county commissioner Dale Ruckert"
    if t.dep_ == "conj" and t.head.pos_ == "NOUN" and _named(t.head):
        return True  # "Dr X, a nephrologist and the study's lead author"
    # (the parser often leaves an apposition loose: "The trust's warden, Mr Alan Thwaite, said")
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].pos_ == "PROPN":
        return True
    if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].ent_type_ == "PERSON":
        return True  # "commissioner Dale Ruckert told residents"
    start = t.left_edge.i
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN":
        return True  # "Mr Thwaite, the trust's warden,"
    if any(c.dep_ == "acl" and c.lemma_.lower() in _NAMING_VERBS for c in t.children):
        return True
    head = t.head
    if head.lemma_.lower() in _BE and t.dep_ in ("nsubj", "attr"):
        other = "attr" if t.dep_ == "nsubj" else "nsubj"
        return any(c.dep_ == other and _proper(c) for c in head.children)
    return False


def _proper(t) -> bool:
    return t.pos_ == "PROPN" or any(w.pos_ == "PROPN" for w in t.subtree)


def _clause_of(t):
    """The nearest verb above the noun `t` (its clause), or the noun itself when none."""
    head = t
    while head.head is not head:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return t


def _names_another(text: str, nouns: list) -> bool:
    """A person named in the sentence outside the clause that tells of the described noun."""
    # Outside the clause telling of the one described: "X said he had seen a man", not "X will take the chair".
    own = {w.i for t in nouns for w in _clause_of(t).subtree}
    # (a full name or a titled one: the tagger takes a lone place name for a person now and then)
    return any(e.label_ == "PERSON" and not any(w.i in own for w in e) and len(e) > 1
               for e in parse(text, entities=True).ents)


def named_as_another(text: str, head: str, name: str) -> bool:
    """The sentence writes the noun `head` (a stem) with no name beside it, and `name` beside another
    person's noun ("The teacher, who retires in June, has not been replaced, the principal, Mrs Mere
    Tangi, said"): the name is the other person's, not the one described."""
    nouns = _described(text, head)
    if not nouns or any(_named(t) for t in nouns):
        return False
    surname = name.split()[-1]
    doc = nouns[0].doc
    others = [t for t in doc if t.pos_ == "NOUN" and t not in nouns and _is_person_noun(next(iter(stems(t.text)), ""))
              and _named(t)]
    return any(surname in _beside(t) for t in others)


def _beside(t) -> str:
    """The words next to the noun `t` where its name would be: a few either side."""
    doc = t.doc
    return doc[max(0, t.left_edge.i - 5): min(len(doc), t.i + 6)].text
