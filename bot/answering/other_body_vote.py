"""A vote asked of one body ("how did the regional parliament vote on the plan") where the chosen
sentences report only another body's vote ("The town board voted 5-2 to back the plan"): the articles
do not say how the asked body voted, and the decline cites the other vote.

Only a body named before "voted" counts as another voter (board, council, committee ...): members
("MPs voted", "councillors voted") may be the asked body's own, so they never make a decline.
"""

from __future__ import annotations

import re

_ASKED = re.compile(r"^\s*(?:and\s+)?how\s+(?:did|does|do|will|would|has|have)\s+(?:the\s+)?([^?]*?)\s+vote\b", re.I)
# Bodies that vote as one: a word of a kind, never a name.
_BODIES = ("board", "council", "committee", "assembly", "senate", "parliament", "house", "cabinet", "panel",
           "commission", "congress", "legislature", "chamber", "court", "tribunal", "jury", "union", "authority",
           "bench", "executive", "conference", "convention", "synod", "shareholders", "members")
_VOTER = re.compile(rf"\b({'|'.join(_BODIES)})\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:voted|votes)\b", re.I)
_VOTE = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
# The members of a body: "how did MPs vote" may be told as the House's vote.
_MEMBERS = frozenset("mps members councillors councilors lawmakers legislators senators deputies delegates representatives "
                     "peers trustees directors governors shareholders aldermen commissioners ministers judges jurors".split())
NEAR = 80  # characters before a vote word read for the asked body's word
BEFORE = 300  # characters before a bare "Members voted" read for the body they belong to
_BARE_MEMBERS = re.compile(r"^\W*members\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?voted\b", re.I)
_BODY_WORD = re.compile(rf"\b({'|'.join(sorted(set(_BODIES) - {'members'}))}|{'|'.join(sorted(_MEMBERS - {'members'}))})\b", re.I)


def other_body_vote(q, chosen: list, text_of=lambda a: None) -> object | None:
    """The first chosen sentence where a body other than the asked one voted, when no chosen
    sentence names the asked body near a vote; else None. `text_of(article_id)`: the article's text."""
    asked = _ASKED.search(q.text)
    if asked is None:
        return None
    words = re.findall(r"[A-Za-z][\w\-]*", asked.group(1))
    if not words or len(words) > 5:
        return None
    head = words[-1].lower()
    if (other := _other_matter(q.text, chosen, text_of)) is not None:
        return other
    if head in _MEMBERS:
        return None
    found = None
    for c in chosen:
        for m in _VOTE.finditer(c.text):
            if re.search(rf"\b{re.escape(head)}", c.text[max(0, m.start() - NEAR):m.end() + NEAR], re.I):
                return None  # the asked body by a vote: its own vote may be told
        voters = [m.group(1).lower() for m in _VOTER.finditer(c.text)]
        if voters and found is None and all(v != head and v != "members" for v in voters):
            found = c
        elif found is None and _BARE_MEMBERS.search(c.text) and (owner := _members_of(c, text_of)) is not None \
                and not re.search(rf"\b{re.escape(head)}", owner, re.I):
            found = c  # the members of the body named last before them, not the asked one
    return found


_MATTER = re.compile(r"\bvote\s+(?:on|for|over|about|against|to)\s+([^?]+)", re.I)
LEAST_MATTER = 2  # content words of the matter asked, to tell a story without any of them


def _other_matter(question: str, chosen: list, text_of) -> object | None:
    """The first chosen sentence telling a vote, when its article has no content word of the matter
    asked; else None."""
    from bot.answering.terms import stems

    matter = _MATTER.search(question)
    wanted = set(stems(matter.group(1))) if matter else set()
    if len(wanted) < LEAST_MATTER:
        return None
    for c in chosen:
        if not _VOTE.search(c.text):
            continue
        text = text_of(c.chunk.chunk.article_id)
        if text and not wanted & set(stems(text)):
            return c
        return None
    return None


def _members_of(c, text_of) -> str | None:
    """From the last body word before a bare "Members voted" sentence to the sentence (the members'
    own body and what follows it), when the text before names a body; else None."""
    text = text_of(c.chunk.chunk.article_id) or ""
    start = c.span.start
    if text[start:start + len(c.text)] != c.text:
        return None
    before = text[max(0, start - BEFORE):start]
    bodies = list(_BODY_WORD.finditer(before))
    return before[bodies[-1].start():] if bodies else None
