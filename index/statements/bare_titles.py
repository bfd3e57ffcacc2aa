"""Note-speak names people by a bare title or job once it has introduced them: a pool report's
"Gov. Harlan Roe walked the block ... Gov took questions", "owner Ann Kerr ... Owner said she lost
...", labels such as "Gov:" over a quotation. The bare word (capitalised, with no article: used as
a name) stands for the one person the text introduced with that word right before the name; it
is never a person called "Owner". `holders` finds those words, `mention` lets a later "he" find the
person, `renamed` gives the statements the person's name.
"""

from __future__ import annotations

import re

from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary


def holders(text: str, ctx) -> dict[str, object]:
    """Title or job word (lower case, no point) -> the one cast person the text writes it right
    before ("Gov. Harlan Roe", "owner Ann Kerr", "Mayor Ann Kerr"); a word two people carry is
    nobody's."""
    v = vocabulary()
    found: dict[str, set] = {}
    people = {p.name: p for p in ctx.cast.people}
    for p in people.values():
        if len(p.name.split()) < 2:
            continue
        for m in re.finditer(r"\b([A-Za-z][a-z]+)\.?\s+" + re.escape(p.name) + r"\b", text):
            word = m.group(1).lower()
            if word in v.title_roles or word in v.roles or word in v.titles:
                found.setdefault(word, set()).add(p.name)
                if word in v.title_roles:  # "Gov." -> also "governor"
                    found.setdefault(v.title_roles[word], set()).add(p.name)
    return {w: people[next(iter(names))] for w, names in found.items() if len(names) == 1}


def bare(tok) -> bool:
    """A title word used as a name: capitalised, no determiner or name after it ("Gov took questions")."""
    if not tok.text[:1].isupper() or any(c.dep_ in ("det", "poss") for c in tok.children):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == ".":
        nxt = nxt.nbor(1) if nxt.i + 1 < len(tok.doc) else None
    return not (nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN")


def mention(ctx, docs, bases: list[int], table: dict[str, object]) -> None:
    """Each bare title word of the text, a mention of its holder (a subject when it is one)."""
    if not table:
        return
    for pi, (span, doc) in enumerate(docs):
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            for tok in sent:
                p = table.get(tok.lower_.rstrip("."))
                if p is not None and bare(tok):
                    ctx.add_mention(span.start + tok.idx, p, tok.dep_ in ("nsubj", "nsubjpass"), bases[pi] + k)


def renamed(raws: list[Raw], table: dict[str, object]) -> list[Raw]:
    """The statements whose speaker is a bare title word ("Owner", "Gov"), their holder's."""
    if not table:
        return raws
    for r in raws:  # (in place: a continued quotation points at its cue's statement)
        word = r.speaker.name.lower().rstrip(".")
        p = table.get(word) if r.speaker.person is None and len(r.speaker.name.split()) == 1 else None
        if p is not None:
            r.speaker = Speaker(name=p.name, as_written=r.speaker.as_written, person=p)
    return raws
