"""Speakers a story names only after describing them (the "delayed lede").

News often opens on a description and gives the name a sentence or two later: "A former harbour
pilot at a Chilean port told an inquiry on Monday that ... / Tomas Vega said he had written
...", "But an engineer in Peru said ... Ana Ruiz wrote in a blog post", "Chile's port regulator
said ... / In a statement, the National Ports Office said". A described speaker nobody before it matches is the first person (or
body, for a body noun) the article names for the first time within the next two sentences.
Unnamed sources stay unnamed: a description with an anonymity marker ("who asked not to be
named") or a generic head ("an official", "sources") is never given a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.statements.attribution import Raw
from index.statements.cast import Context
from index.statements.speakers_np import Speaker, _people
from index.vocabulary import vocabulary

_AHEAD = 2  # sentences after the description within which the name must come
_PHRASE_ENDS = {"at", "of", "for", "in", "from", "with", "on", "who", "which", "that", "whose", "to", "by"}


# Jobs a lede describes someone by that are no titles a speaker is read with elsewhere ("A Town
# knitwear designer says ..."; "chief designer of X, NAME, said" keeps its name as the speaker)
_DESCRIBED_JOBS = frozenset(("designer", "knitter", "jeweller", "jeweler", "carpenter", "baker", "blacksmith", "tailor"))


def job_word(word: str) -> bool:
    """A job or role word a person is described by ("manager", "potter", "knitwear designer"'s "designer")."""
    return vocabulary().is_role(word) or word in _DESCRIBED_JOBS


def _head(sp: Speaker) -> str | None:
    """The role or body noun a description turns on ("manager", "regulator"), or None when it is
    no description: a name ("the Ministry of Defence", "the Leeds-based firm"), a pronoun, an
    anaphor too short to describe anyone ("the regulator"), or an unnamed source ("a source close
    to the board", "an official who asked not to be named")."""
    from index.world import country_for

    v = vocabulary()
    words = [w.strip(",.") for w in sp.as_written.replace("’", "'").split()]
    low = [w.lower() for w in words]
    # "A Corrane potter says": a place before the job, which the name read takes for a name's
    placed = len(words) >= 3 and low[0] in ("a", "an") and words[1][:1].isupper() \
        and sp.name.replace("’", "'") in (" ".join(words), " ".join(words[1:]))
    if sp.person is not None or (sp.name.replace("’", "'") != " ".join(words) and not placed) or len(words) < 3:
        return None
    if not (low[0] in ("a", "an", "the") or low[0].endswith("'s")):
        return None
    if any(m in sp.as_written.lower() for m in v.anonymity_markers):
        return None
    # the noun the description turns on: the last role or body word before its first preposition
    # or clause ("a bank spokesman" turns on "spokesman", not on the "bank" that qualifies it;
    # "a former manager at the port" on "manager")
    cut = next((i for i, w in enumerate(low) if i and w in _PHRASE_ENDS), len(low))
    k = next((i for i in range(cut - 1, 0, -1) if job_word(low[i]) or low[i] in v.organisations
              or low[i] in v.generic_sources), None)
    if k is None or low[k] in v.generic_sources:
        return None
    if any(w[:1].isupper() and not country_for(w) for w in words[1 + placed:k + 1]):
        return None  # capitals before the head: a proper name, not a description
    return low[k]


def name_described_speakers(text: str, raws: list[Raw], ctx: Context, body_start: int = 0) -> None:
    """Give each described speaker (see module doc) its name, in place, with every later
    statement of the same description. A name in the headline (before `body_start`) does not
    count as named before: "Caldermoor's head coach insists ..." under "X refuses to quit" is X."""
    first: dict[int, tuple[int, object]] = {}
    described: dict[int, str] = {}  # a person the story introduces by another description: "A caller from X, NAME"
    for m in ctx.cast.mentions:  # in text order
        if id(m.person) not in first and (other := _introduced_as(text, m.pos)):
            described[id(m.person)] = other
        first.setdefault(id(m.person), (m.sentence, m.person))
    renamed: dict[str, Speaker] = {}
    for r in raws:
        sp = r.speaker
        if sp.name in renamed:
            r.speaker = replace(renamed[sp.name], as_written=sp.as_written)
            continue
        head = _head(sp)
        if r.according or head is None or any(m in text[r.span.start:r.span.end].lower()
                                                     for m in vocabulary().anonymity_markers):
            continue
        before = text[body_start:r.span.start]
        titled = _titled_before(text, ctx, head, body_start, r.span.start) if vocabulary().is_role(head) \
            and head not in vocabulary().organisations else []
        if titled:  # "The regional head noted" after "the head of the regional administration, X": X, not the next name
            if len(titled) == 1:
                p = titled[0]
                renamed[sp.name] = Speaker(p.name, sp.as_written, person=p)
                r.speaker = renamed[sp.name]
            continue
        people = sorted(((s, p) for s, p in first.values()  # (the writer is never the one described)
                         if r.sentence < s <= r.sentence + _AHEAD and p.name.split()[-1] not in before
                         and p.name != ctx.author),
                        key=lambda sp_: sp_[0])
        bodies = [(o.sentence, o.speaker) for o in raws
                  if r.sentence < o.sentence <= r.sentence + _AHEAD and o.speaker.person is None
                  and not o.speaker.generic and _head(o.speaker) is None and o.speaker.name.removeprefix("the ")[:1].isupper()
                  and not o.perfect and not o.according  # "The ministry has repeatedly praised": background, not a naming
                  and o.speaker.name not in before]
        v = vocabulary()
        pick = min(bodies, key=lambda b: b[0])[1] if head in v.organisations and bodies else None
        gender = v.role_gender(head)  # "a mother of four said ...": never the man named next
        people = [(s, p) for s, p in people if (gender is None or p.gender in (None, gender))
                  and described.get(id(p), head) == head]  # ("a nurse said" is not "A caller from X, NAME")
        if pick is None and people and job_word(head):
            p = people[0][1]
            pick = Speaker(p.name, sp.as_written, person=p)
        if pick is not None:
            renamed[sp.name] = replace(pick, generic=False)
            r.speaker = replace(pick, as_written=sp.as_written, generic=False)


_DESCRIPTION = r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w'’-]+\s+){0,4}?([a-z]+)(?:\s+(?:from|in|at|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?,\s*"
_INTRODUCED = re.compile(_DESCRIPTION + "$")
_INTRODUCING = re.compile(_DESCRIPTION + "[A-Z]")  # (a mention inside the phrase: "A caller from X, NAME, said")


def _introduced_as(text: str, pos: int) -> str | None:
    """The noun of the description right before a name in apposition ("A caller from Dromore, NAME"
    -> "caller"), when that noun is a job or a people noun; else None."""
    start = max(0, pos - 40)
    m = _INTRODUCED.search(text[max(0, pos - 80):pos]) or next(
        (m for m in _INTRODUCING.finditer(text[start:pos + 120]) if m.start() <= pos - start < m.end()), None)
    if m is None:
        return None
    word = m.group(1)
    return word if job_word(word) or word in vocabulary().people_nouns or _people(word + "s") else None


def _titled_before(text: str, ctx: Context, head: str, start: int, end: int) -> list:
    """The people named between `start` and `end` with the description's job word just before
    their name: the description looks back at them, it does not wait for a new name."""
    out = []
    for m in ctx.cast.mentions:
        if start <= m.pos < end and all(m.person is not q for q in out) \
                and re.search(rf"\b{re.escape(head)}s?\b", text[max(start, m.pos - 80):m.pos], re.IGNORECASE):
            out.append(m.person)
    return out
