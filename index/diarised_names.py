"""Who the voices of a diarised auto-transcript are: "Speaker 1  0:00", "SPEAKER_02", "Speaker A"
label voices the transcriber told apart but could not name (index/recording_turns.py reads the
turns). Only the talk names them:

    Speaker 1  "I'm Ann Roe and this is The Valley Hour."          the host names themself
    Speaker 1  "With me is Bo Tarr, who chairs ... Bo, welcome."   a name addressed at a turn's end:
    Speaker 2  "Thanks, Ann. ..."                                  the next voice is Bo; the voice
                                                                   thanked is the one before (Ann)
    Speaker 1  "Councillor, is that fair?"                         a title addressed: the one the
                                                                   introductions gave that title

Each clue is a vote for a label; a label takes the full name it has most votes for (a name the
introductions give in full, a first name or surname or title resolved to one of them), one label
per name. A label with no clue stays unnamed ("Speaker 3"), never guessed.

The host may read out a statement sent in ("They sent us a statement, I'll read it. Quote, ...
Unquote."): those words are the sender's (`read_outs`), the body the turn names before the cue.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from functools import lru_cache

from index.textnorm import fold

_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_TITLE = r"(?:Councillor|Cllr|Dr|Doctor|Professor|Prof|Mayor|Alderman|Senator|Minister|Inspector|Superintendent|Sergeant|Mrs|Mr|Ms|Miss|Mx|Sir|Dame|Father|Reverend|Rev)\.?"
# a full name with its title: "Councillor Ann Roe", "Bo Tarr", "Ann Bo Roe"
_FULL = re.compile(rf"(?:(?P<title>{_TITLE})\s+)?(?P<name>(?!{_TITLE}\s){_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})")
# the cues that introduce someone in the talk: whoever they name is a guest (or the host)
_INTRO = re.compile(r"\b(?:I'm|I am|my name is|my name's|with me(?: [a-z]+){0,3} (?:is|are)|joining (?:me|us)(?: [a-z]+){0,3}(?: is| are)?"
                    r"|(?:on the line|in the studio|on the phone)(?: we have| is| are|,)?|we have|we're joined by|my guests? (?:is|are|today is)"
                    r"|welcome(?: to the (?:show|programme|program|podcast))?,?)\s+", re.I)
_GAP = re.compile(r"(?:(?:our|my|the|a|an|new|local|[a-z]+)\s+){0,3}[a-z]+,\s+(?=[A-Z])")
# (a broadcaster's "This is Ann Roe" only where the turn opens: "this is Bo Tarr's first visit" names a guest)
_SELF = re.compile(rf"(?:\b(?:I'm|I am|(?i:my name is|my name's))|^\W*(?i:(?:hi|hello|good (?:morning|afternoon|evening))(?: (?:all|everyone|everybody))?\W+)?(?i:this is))"
                   rf"\s+(?:(?:{_TITLE})\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b(?!['’]s)")
_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# "Thanks, Ann." / "Thank you, Councillor." at a turn's start: the voice thanked spoke just before
_THANKS = re.compile(rf"^\W*(?:thanks|thank you|cheers|hi|hello|morning|good (?:morning|afternoon|evening))(?: (?:so much|very much|for having (?:me|us)(?: on)?))?,?\s+(?P<who>(?:{_TITLE}\s+)?{_WORD}(?:\s+{_WORD})?)\b", re.I)
# a name addressed in a turn's last sentence: "Bo, welcome." "Councillor, is that fair?" "..., Bo?"
_ADDRESS_FIRST = re.compile(rf"(?:^|[.!?]\s+)(?P<who>(?:{_TITLE}\s+)?{_WORD}(?:\s+{_WORD})?),\s+[^.!?]*[.!?]?\s*$")
_ADDRESS_LAST = re.compile(rf",\s+(?P<who>(?:{_TITLE}\s+)?{_WORD}(?:\s+{_WORD})?)\s*[?!.]\s*$")
_WELCOME = re.compile(rf"\bwelcome,?\s+(?P<who>(?:{_TITLE}\s+)?{_WORD}(?:\s+{_WORD})?)\s*[.!]?\s*$", re.I)


@lru_cache(maxsize=64)
def names(text: str) -> dict[str, str]:
    """Each anonymous label ("Speaker 2") that the talk names, with the name: {} when none is."""
    from index import recording_turns

    turns = recording_turns.turns(text)
    if not turns or not any(t.nobody for t in turns):
        return {}
    bodies = [fold(text[t.body:t.end]).strip() for t in turns]
    known: dict[str, str | None] = {}  # each introduced full name, its title
    # the show notes above the first turn ("Presented by Ann Roe. Guest: Cllr Bo Tarr")
    for f in _FULL.finditer(fold(text[:turns[0].start][-1_500:])):
        known.setdefault(_unpossessed(f.group("name")), f.group("title"))
    votes: dict[str, Counter] = {}
    for k, (t, body) in enumerate(zip(turns, bodies)):
        if k < 3:  # the opening turns' names, however introduced ("this is Bo Tarr's first visit")
            for f in _FULL.finditer(body):
                known.setdefault(_unpossessed(f.group("name")), f.group("title"))
        for m in _INTRO.finditer(body):
            # (the name may come after a few words of role: "With me is our clerk, Ann Roe")
            gap = _GAP.match(body, m.end())
            if f := _FULL.match(body, gap.end() if gap else m.end()):
                known[_unpossessed(f.group("name"))] = f.group("title") or known.get(_unpossessed(f.group("name")))
        if t.nobody and (m := _SELF.search(body[:400])):
            known.setdefault(m.group("name"), None)
            votes.setdefault(t.name, Counter())[m.group("name")] += 3
    if not known:
        return {}
    for k, (t, body) in enumerate(zip(turns, bodies)):
        tail = body.rsplit("\n", 1)[-1]
        last = re.split(r"(?<=[.!?])\s+", tail)[-1]
        # a turn ending "Thanks, Ann." thanks the voice before it; "Ann, welcome." hands to the next
        thanked = _THANKS.match(last)
        addressed = turns[k - 1] if thanked and k > 0 else turns[k + 1] if not thanked and k + 1 < len(turns) else None
        if addressed is not None and addressed.name != t.name and addressed.nobody:
            for pattern in (_THANKS, _WELCOME, _ADDRESS_LAST, _ADDRESS_FIRST):
                if (m := pattern.search(last if pattern is _THANKS else tail)) and (who := _resolve(m.group("who"), known)):
                    votes.setdefault(addressed.name, Counter())[who] += 1
                    break
        if k > 0 and turns[k - 1].name != t.name and turns[k - 1].nobody and (m := _THANKS.match(body)) \
                and (who := _resolve(m.group("who"), known)):
            votes.setdefault(turns[k - 1].name, Counter())[who] += 1
    out: dict[str, str] = {}
    taken: set[str] = set()
    ranked = sorted(((n, label) for label, c in votes.items() for who, n in c.items()), reverse=True)
    for n, label in ranked:
        who = votes[label].most_common(1)[0][0]
        if label in out or who in taken or votes[label][who] != n:
            continue
        out[label] = who
        taken.add(who)
    return out


def _unpossessed(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _resolve(said: str, known: dict[str, str | None]) -> str | None:
    """The one introduced full name that `said` (a full name, a first name, a surname, a title
    with or without the name) stands for, else None."""
    words = said.split()
    title = words[0].rstrip(".") if re.fullmatch(_TITLE, words[0]) else None
    rest = words[1:] if title else words
    if rest:
        hits = [n for n in known if " ".join(rest) == n or len(rest) == 1 and rest[0] in n.split()]
    else:
        hits = [n for n, t in known.items() if t and _same_title(t, title)]
    return hits[0] if len(hits) == 1 else None


def _same_title(a: str, b: str) -> bool:
    short = {"cllr": "councillor", "dr": "doctor", "prof": "professor", "rev": "reverend"}
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    return short.get(a, a) == short.get(b, b)


# the read-out's opening and closing words: "Quote, ...", "Unquote." / "End quote."
_QUOTE_OPEN = re.compile(r"\b(?:and I )?quote[,:]?\s+(?=\S)", re.I)
_QUOTE_CLOSE = re.compile(r"\b(?:unquote|end quote|close quote)\b[.,]?", re.I)
_STATEMENT = re.compile(r"\b(?:statement|e-?mail|response|reply|comment)\b", re.I)
# the body that sent it: "a statement from the Ann Roe Trust", else the last capitalised name before the cue
_BODY = re.compile(r"\b(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|on)?\s*[A-Z][\w&'’-]*)+")


# a statement's opening words naming its sender, the subject of its first verb: "Acme Ltd takes ...", "Acme wishes to ..."
_SELF_NAMED = re.compile(r"((?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w&'’-]*){0,4})\s+(?:is|are|has|have|was|were|takes|wishes|would|will|does|did|remains|regrets|welcomes|understands|apologises|apologizes|accepts|rejects|denies|notes|can|cannot|continues)\b")


def read_outs(text: str, start: int, end: int) -> list[tuple[int, int, str, tuple | None]]:
    """(start, end, sender, day) of each statement the turn [start, end) reads out between "Quote"
    and "Unquote", the sender the body the turn names before it, the day (start, end, words) the
    turn says the statement came, or None."""
    out = []
    turn = text[start:end]
    for m in _QUOTE_OPEN.finditer(turn):
        before = turn[:m.start()]
        cue = None
        for cue in _STATEMENT.finditer(before):
            pass
        close = _QUOTE_CLOSE.search(turn, m.end())
        if cue is None or close is None:
            continue
        voices = set(names(text).values())  # (a guest named in the turn sent no statement)
        bodies = [b.group(0) for b in _BODY.finditer(before) if not re.match(r"(?:Quote|They|We|I|It|The)\b$", b.group(0))
                  and not re.search(r"\bI\b", b.group(0)) and not any(b.group(0) in v or v in b.group(0) for v in voices)]
        after = _BODY.match(before, cue.end() + 6) if before[cue.end():cue.end() + 6].lower() == " from " else None
        own = _SELF_NAMED.match(turn, m.end())  # "Quote, Acme takes its duty ...": the body names itself
        own = own.group(1) if own and re.search(rf"\b{re.escape(own.group(1).split()[0])}\b", before) else None
        sender = after.group(0) if after else own or (bodies[-1] if bodies else None)
        if sender:
            # the day the turn says it came ("they did send us a statement yesterday"): the sender's day
            sent = _SENT_DAY.search(before, max(0, before.rfind(".", 0, cue.start()) + 1))
            day = (start + sent.start(), start + sent.end(), sent.group(0)) if sent else None
            out.append((start + m.end(), start + close.start(), re.sub(r"^the\s+", "", sender), day))
    return out


_SENT_DAY = re.compile(rf"\b(?:yesterday|this morning|last night|(?:on|last) (?:{'|'.join(calendar.day_name)}))\b", re.I)


# a message that points at the document it copies: "the letter that came this morning ... Typing
# out the main bit:", "Here's their statement:", "The email reads:"
_POINTS_AT = re.compile(r"\b(?:statement|letter|e-?mail|notice|press release|message|leaflet|memo)\b[^\n]*(?::\s*$|\b(?:typing|typed|copying|copied|pasting|pasted)\b[^\n]*$|\breads:?\s*$)", re.I)


def typed_out(text: str, pointer: tuple[int, int], body: tuple[int, int]) -> tuple[int, int, str, None] | None:
    """(start, end, sender, None) of the document a message copies whole between quotation marks, after
    the same sender's message `pointer` pointing at it, when the document names its sender in its
    opening words ("Acme Quarries wishes to reassure ..."): the sender's words, not the copier's."""
    if not _POINTS_AT.search(text[pointer[0]:pointer[1]].strip()):
        return None
    words = text[body[0]:body[1]]
    a = len(words) - len(words.lstrip())
    b = len(words.rstrip())
    if b - a < 40 or words[a] not in '"“' or words[b - 1] not in '"”' or any(q in words[a + 1:b - 1] for q in '"“”'):
        return None
    own = _SELF_NAMED.match(words, a + 1)
    if own is None:
        return None
    return body[0] + a + 1, body[0] + b - 1, re.sub(r"^the\s+", "", own.group(1)), None

