"""A body's appointment is its announcement: "Keel Shipping has named Ana Ruiz as chief executive".

A story of senior moves reports each appointment in the body's own voice, with no speech verb:
the body has named, appointed or hired a person as something. That is the body telling, and the
sentence is its statement. A person appointing ("the minister appointed X as ...") is an act
reported, not an announcement of the body's, and stays out; so does the passive ("X was named as
...") whose announcer is not in the sentence.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw
from index.statements.people import first_name_gender
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary

_ACTS = {"named", "appointed", "hired", "promoted", "chosen", "selected", "recruited", "poached"}
_HAVE = {"has", "have"}


def read(docs, bases: list[int], raws: list[Raw], ctx) -> list[Raw]:
    """The appointing bodies' statements, one per sentence no other statement covers."""
    taken = {r.sentence for r in raws}
    # the cast takes many a company for a person: a person appointing is one whose first word is
    # a given name or a title ("Minister X has appointed ..."), not merely one in the cast

    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        for k, sent in enumerate(doc.sents):
            if base + k in taken:
                continue
            body = _appointer(sent)
            if body is None or _a_person(body):  # a person appointing: an act, not an announcement
                continue
            a, b = sent.start_char, sent.end_char
            while b > a and doc.text[b - 1].isspace():
                b -= 1
            out.append(Raw(speaker=Speaker(name=body, as_written=body), act="announced",
                           content=Span(span.start + a, span.start + b), quote_type="indirect",
                           span=Span(span.start + a, span.start + b), sentence=base + k, paragraph=pi))
    return out


def _a_person(name: str) -> bool:
    first = name.split()[0]
    return bool(first_name_gender(first)) or vocabulary().is_title(first) or vocabulary().is_role(first)


def _appointer(sent) -> str | None:
    """The body that "has named X as ..." in `sent`, by the name the parse gives it, else None."""
    root = sent.root
    kids = list(root.children)
    if root.lower_ not in _ACTS or not any(c.dep_ == "aux" and c.lower_ in _HAVE for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    # the tagger often takes a company's name for a person's, so the subject is read by its shape:
    # a name, or a noun a name stands on ("Keel port"), never a pronoun
    if subj is None or obj is None or obj.ent_type_ != "PERSON" or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    if not any(t.head == root or t.head == obj for t in sent if t.lower_ == "as"):
        return None
    # the name is the capitalised compound run ending at the head: "tanker owner Keel Tankers"
    # -> "Keel Tankers", "Malaysia's Port Keel port" -> "Port Keel port"
    chain, i = [subj], subj.i - 1
    doc = subj.doc
    while i >= sent.start and doc[i].dep_ in ("compound", "flat") and doc[i].text[:1].isupper() and doc[i].head in chain:
        chain.insert(0, doc[i])
        i -= 1
    if len(chain) < 2 and not subj.text[:1].isupper():
        return None
    text = " ".join(t.text for t in chain)
    return text
