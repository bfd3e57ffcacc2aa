"""Speakers of a subject that names several: one statement for each.

News writes a shared statement once and means each speaker: "Ruiz and Vega have hinted"
(coordinated subject), "Chilean and Peruvian officials denied" (coordinated nationalities of
one body noun: each country's government), "both leaders" / "the two ministers" (the pair just
named together), "both ministries" (the two bodies of that kind last named), and "they" right
after such a group. Whatever else stays one speaker (`speakers_np.speaker_of`).
"""

from __future__ import annotations

from index.statements.cast import Context, add_roles
from index.statements.joined_body_names import joined_body_name
from index.statements.speakers_np import Speaker, phrase_tokens, speaker_of
from index.vocabulary import vocabulary

_PAIR_WORDS = {"both", "two"}


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _text(head) -> str:
    toks = phrase_tokens(head)
    return "".join(t.text_with_ws for t in toks).strip()


def _pair_marked(head) -> bool:
    """"both leaders", "the two ministers" (named before); not "two people familiar with the matter"."""
    kids = {c.lower_: c.dep_ for c in head.children}
    return kids.get("both") in ("det", "predet", "preconj") or (kids.get("two") == "nummod" and kids.get("the") == "det")


def _nation_bodies(ctx: Context, head) -> list[Speaker]:
    """"Chilean and Peruvian officials": each nationality's government, by world knowledge,
    or the body of the article the word names ("Atacama officials" -> "Atacama Regional Council")."""
    from index.world import country_for

    v = vocabulary()
    if head.lower_ not in v.state_voices or head.tag_ != "NNS":
        return []
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN")]
    mods = [m for first in mods for m in [first, *first.conjuncts]]
    if len(mods) < 2:
        return []
    out = []
    for m in mods:
        name = country_for(m.text)
        if name is None:  # a body the article names with this word in it
            name = next((b for b in ctx.bodies.values() if m.lower_ in b.lower().replace("-", " ").split()), m.text)
        out.append(Speaker(name, f"{m.text} {head.text}"))
    return out


def speakers_of(ctx: Context, head, pos: int, sentence: int, conjuncts: bool = True) -> list[Speaker]:
    """Every speaker the noun phrase headed by `head` names (empty when it names none);
    `conjuncts=False` where a list is no subject ("according to the agency, A and B carried")."""
    low = head.lower_
    group: list[Speaker] = []
    if (whole := joined_body_name(head)) is not None:  # "the Dock, Rail and Allied Workers' Union": one body
        ctx.body_order.append(whole)
        return [Speaker(whole, whole)]
    if conjuncts and (titled := _second_title_of(head)) is not None:
        # "COMPANY president and CEO X said": two titles of one person, not the job and a name
        found = speakers_of(ctx, titled, pos + titled.idx - head.idx, sentence, conjuncts=False)
        for one in found:
            if one.person is not None:
                add_roles(one.person, [low])
        return found
    chain = [head, *head.conjuncts] if conjuncts else []
    if len(chain) > 1 and not any(c.dep_ in ("cc", "preconj") for x in chain for c in x.children):
        # no "and" anywhere: no list, but a phrase the parser split at its commas ("In a post on X,
        # formerly Twitter, transport secretary Y wrote"): the speaker is the one person it names
        named = [t for t in chain if t.pos_ == "PROPN" and ctx.cast.known(t.text) is not None]
        if len(named) == 1:
            return speakers_of(ctx, named[0], pos + named[0].idx - head.idx, sentence, conjuncts=False)
    if low == "they" and ctx.last_group and sentence - ctx.last_group[0] <= 2:
        return list(ctx.last_group[1])
    if _pair_marked(head) and head.tag_ == "NNS":
        group = _last_pair(ctx, _singular(low), sentence)
    if not group:
        group = _nation_bodies(ctx, head)
    if not group:
        one = speaker_of(ctx, head, pos, sentence)
        if one is None and _pair_marked(head) and _singular(low) in vocabulary().organisations:
            one = Speaker(f"both {_text(head)}", f"both {_text(head)}")  # "both ministries", not yet named
        group = [one] if one is not None else []
        if one is not None and one.person is None and not one.generic:
            ctx.body_order.append(one.name)
    for other in head.conjuncts if conjuncts else ():  # "Ruiz and Vega have hinted": a statement each
        if other.i < head.i:
            continue
        also = speakers_of(ctx, other, pos + other.idx - head.idx, sentence) if other.dep_ == "conj" else []
        group += [s for s in also if all(s.name != g.name for g in group)]
    if len(group) >= 2:
        ctx.last_group = (sentence, tuple(group))
        ctx.named_pairs.append(tuple(group))
    return group


def _second_title_of(head):
    """The named conjunct of a bare job noun that opens with a job of its own ("president and CEO
    Ann Lee", "Mayor and Chair Ann Lee"): the name both titles belong to. Not after a determiner
    ("the president and CEO Ann Lee met": two people) nor when the job has a name of its own."""
    v = vocabulary()
    if head.pos_ not in ("NOUN", "PROPN") or not v.is_role(head.lower_) or any(
            c.dep_ in ("det", "poss", "appos") or c.ent_type_ == "PERSON" and c.dep_ != "conj" for c in head.children):
        return None
    named = [c for c in head.conjuncts if c.i > head.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    if len(named) != 1 or len(head.conjuncts) != 1:
        return None
    first = min(t.i for t in named[0].subtree)
    opens = named[0].doc[first]
    return named[0] if opens.i < named[0].i and opens.ent_type_ != "PERSON" and v.is_role(opens.lower_) else None


def _last_pair(ctx: Context, noun: str, sentence: int) -> list[Speaker]:
    """The two speakers "both <noun>s" means: two bodies of that kind last named, else the
    last group of people named together, else the last two people who spoke."""
    v = vocabulary()
    if noun in v.organisations:
        named = [b for b in reversed(ctx.body_order) if noun in b.lower().split()]
        distinct = list(dict.fromkeys(named))[:2]
        return [Speaker(b, b) for b in reversed(distinct)] if len(distinct) == 2 else []
    for pair in reversed(ctx.named_pairs):
        people = [s for s in pair if s.person is not None]
        if len(people) == 2:
            return people
    spoke = [m.person for m in reversed(ctx.cast.mentions) if m.speaker and sentence - m.sentence <= 6]
    distinct = list(dict.fromkeys(id(p) for p in spoke))[:2]
    people = [next(p for p in spoke if id(p) == k) for k in distinct]
    return [Speaker(p.name, p.name, person=p) for p in reversed(people)] if len(people) == 2 else []
