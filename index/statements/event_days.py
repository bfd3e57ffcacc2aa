"""The day of the event a statement was made at, when the statement's own words give none.

    "told the same news conference"            the day of the last dated statement made there
    "told lawmakers before the vote"            the day an earlier sentence gives the vote
    "X, who voted against the plan, said"       the day of the vote
    "told the court" / "Prosecuting, X said"    the day of the hearing the story dates

Each returns (the words that place it, day, None, "context") or None; `extract._dated` tries them
after the statement's own time phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from index.statements.attribution import Raw
from index.statements.plea_day import COURT_EVENT


# (only where the words place the statement: "told the same news conference", "at the same hearing", "in
# the same interview"; "who has ridden from the same stage near the market" places no statement)
_SAME = re.compile(r"\b(?:told|tells|tell|telling|at|to|during|in|addressing|addressed|before) the same ([a-z]+(?: [a-z]+)?)\b")
_NO_NOUN = {"near", "in", "at", "on", "for", "from", "to", "of", "as", "with", "by", "that", "which", "who", "and", "or", "day"}


def same_event(text: str, r: Raw, earlier: list[Raw], whens: dict[int, tuple]) -> tuple | None:
    """"told the same news conference": the day of the last dated statement made there."""
    outside = text[r.span.start:r.content.start] + " " + text[r.content.end:r.span.end]
    m = _SAME.search(outside.lower())
    if not m:
        return None
    nouns = [w for w in m.group(1).split() if w not in _NO_NOUN]
    if not nouns:
        return None
    noun = nouns[-1]
    for prev in reversed(earlier):
        when = whens.get(id(prev))
        if when and when[1] is not None and noun in text[prev.span.start:prev.span.end].lower():
            return (m.group(0), when[1], when[2], "context")
    return None


# "Speaking after him, X said", "Responding to her, X said", "Replying, X said": in turn at the sitting
# or hearing where the speaker before spoke
_IN_TURN = re.compile(r"^\W*(?i:speaking|responding|replying)(?:\s+(?:after|before|to)\s+(?:him|her|them|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?\s*,")


def speaking_after(text: str, r: Raw, earlier: list[Raw], whens: dict[int, tuple], events: list[tuple[int, date, str]],
                   pub: date) -> tuple | None:
    """"Speaking after him, X said": the day of the words said just before by another speaker when
    the story tied them to an earlier occasion, else the day of the last sentence before that dates
    a sitting, hearing or meeting (an occasion of the vocabulary)."""
    m = _IN_TURN.match(text[r.span.start:r.content.start])
    if m is None:
        return None
    prev = next((p for p in reversed(earlier) if p.speaker.name != r.speaker.name), None)
    when = whens.get(id(prev)) if prev is not None else None
    if when and when[1] is not None and when[3] == "context" and when[1] < pub:
        return m.group(0).strip(" ,"), when[1], when[2], "context"
    from index.vocabulary import vocabulary

    occasions = vocabulary().occasions | {"council", "tribunal", "court", "committee"}
    for pos, day, sentence in reversed(events):
        if pos < r.span.start and day < pub and sentence and any(w in occasions for w in re.findall(r"[a-z]+", sentence.lower())):
            return m.group(0).strip(" ,"), day, None, "context"
    return None


# ("after the packaged-food group warned": a word of a compound modifier is no event)
_AT_EVENT = re.compile(r"\b(before|during|after|following|ahead of) the ([a-z]+)\b(?![-'’])")
# ("told trustees at that session": the session a sentence before dated)
_AT_OCCASION = re.compile(r"\bat (?:the same|that|the) ((?:[a-z]+ )?([a-z]+))\b")
_AT_ONE_WORD = re.compile(r"\bat (?:the same|that|the) (([a-z]+))\b")  # "at that session, ...": the noun alone


def word_stem(word: str) -> str:
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


_WHO_DID = re.compile(r"\bwho\s+(?:also\s+|had\s+)?([a-z]+d)\b")
# "one of two councillors who voted against": the speaker described as one of a side, up to its "who"
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+|those\s+)?(?:[a-z0-9]+\s+){0,3}$")


def _voted_at(outside: str, r: Raw, events: list[tuple[int, date, str]], pub: date, occasions) -> tuple | None:
    """"X, who voted against the plan, said": spoken at the vote (an occasion of the vocabulary) the
    story dated before it ("voted 5-4 on Tuesday night"). Not "X, one of two councillors who voted
    against, said": the eval sets' gold reads that as the report's own day."""
    m = _WHO_DID.search(outside)
    if m and _ONE_OF.search(outside, 0, m.start()):
        return None  # ("X, one of the three who voted for the plan, accused ...": a side he took, told the report later)
    verb = m.group(1) if m else ""
    noun = next((o for o in occasions if verb in (o + "d", o + "ed")), None)
    if noun is None:
        return None
    root = noun[:-1] if noun.endswith("e") else noun
    for pos, day, sentence in reversed(events):
        if pos < r.span.start and day <= pub and re.search(rf"\b{re.escape(root)}", sentence):
            return f"at the {noun}", day, None, "context"
    return None


def _outside(text: str, r: Raw, raws: Sequence[Raw] = ()) -> str:
    """The words of `r`'s sentence around its content, less what other statements of the sentence
    report ("disputed the explanation, saying residents had noticed it a day before the first fish
    died": "before the first" is what was said, not when)."""
    cut = sorted((o.content.start, o.content.end) for o in raws if o is not r and o.span == r.span
                 and not (o.content.start <= r.content.start and r.content.end <= o.content.end))
    parts = []
    head = text.rfind(";", r.span.start, r.content.start)  # ("X was projected ...; at 12-9, coaches told us, ...":
    head = head + 1 if head >= 0 else r.span.start         # the clause before the semicolon is nobody's cue)
    for a, b in ((head, r.content.start), (r.content.end, r.span.end)):
        for c, d in cut:
            if c < b and a < d:
                parts.append(text[a:max(a, c)])
                a = max(a, d)
        parts.append(text[a:b] if a < b else "")
    return " ".join(parts)


def at_event(text: str, r: Raw, events: list[tuple[int, date, str]], pub: date, raws: Sequence[Raw] = ()) -> tuple | None:
    """"told lawmakers before the vote": the day of the event an earlier sentence dated
    ("the assembly passed the plan late on Monday by 30 votes"); for "during the debate"
    that no sentence dates, the story's first day (the lede's event, where its participants spoke).
    "said at the opening session" (an occasion of the vocabulary) takes only a dated event of its
    own words ("opened hearings on Monday"); "at the ministry" names a place, not an occasion."""
    outside = _outside(text, r, raws)
    own = r.speaker.as_written.lower()
    # ("X fell after the food group warned": "after" opens the speaker's own clause, no event's)
    m = next((a for a in _AT_EVENT.finditer(outside.lower()) if not own.startswith(f"the {a.group(2)}")), None)
    if not m:
        from index.vocabulary import vocabulary

        occasions = vocabulary().occasions
        m = next((a for rx in (_AT_OCCASION, _AT_ONE_WORD) for a in rx.finditer(outside.lower()) if a.group(2) in occasions), None)
        if m is None:
            return _voted_at(outside.lower(), r, events, pub, occasions)
        stems = [word_stem(w) for w in m.group(1).split() if len(w) >= 4]
        for pos, day, sentence in reversed(events):
            if pos < r.span.start and day <= pub and any(re.search(rf"\b{re.escape(st)}", sentence) for st in stems):
                return m.group(0), day, None, "context"
        return None
    stems = [word_stem(w) for w in m.group(2).split() if len(w) >= 4]
    for pos, day, sentence in reversed(events):
        if pos < r.span.start and day <= pub and any(re.search(rf"\b{re.escape(st)}", sentence) for st in stems):
            return m.group(0), day, None, "context"
    if stems:
        first = next(((pos, day) for pos, day, t in events if t and day <= pub), None)
        if first and first[0] < r.span.start:
            return m.group(0), first[1], None, "context"
    return None


# ("a statement read to the court": a victim's words are heard at the hearing)
# ("X, who attended the meeting, said": one of its audience, speaking there)
# ("X, who chaired the session at the hall, said": the chair spoke at the session the lede dated)
_AUDIENCE = re.compile(r"\b(?:told|telling|addressed|addressing|outside|read to|read out to|who attended|who (?:chaired|presided over|convened)) (?:the )?([a-z]+)\b")


def audience_day(text: str, r: Raw, events: list[tuple[int, date, str]], pub: date) -> tuple | None:
    """"told the court", "told councillors", "said outside court": said at the story's own event
    (an audience of the vocabulary), on the day a sentence naming it gives, else on the story's
    first day (the lede's "sentenced yesterday")."""
    from index.vocabulary import vocabulary

    content = text[r.content.start:r.content.end]
    lead = content[:content.find(" that ")] if 0 < content.find(" that ") < 40 else ""  # "said outside court that"
    outside = text[r.span.start:r.content.start] + " " + lead + " " + text[r.content.end:r.span.end]
    m = next((a for a in _AUDIENCE.finditer(outside.lower()) if a.group(1) in vocabulary().event_audiences), None)
    # the day of the sentence that names the audience ("The inquest, at the coroner's court on
    # Tuesday, heard"), before the story's first day, which may be an earlier one ("died on 2 January")
    stem = word_stem(m.group(1)) if m else ""
    first = next(((pos, day) for pos, day, t in events if t and day <= pub and pos < r.span.start
                  and re.search(rf"\b{re.escape(stem)}", t) and not _heard_before(text, pos, t)), None) if m else None
    if not first and m:
        first = _sitting_day(m.group(1), events, pub, r.span.start)
    # (the story's first day only when it is the news's: a closure two years before the hearing, the
    # first day a court report names, is the case's past, and the hearing is then the report's day)
    if not first and m:
        first = next(((pos, day) for pos, day, t in events if t and day <= pub), None)
        first = first if first and (pub - first[1]).days <= _RECENT else None
    if first and first[0] < r.span.start:
        return m.group(0), first[1], None, "context"
    if m is None and (after := _AFTERWARDS.search(outside)):  # "said at the harbour afterwards": the story's event's day
        first = next(((pos, day) for pos, day, t in events if t and day <= pub and pos < r.span.start), None)
        if first and (pub - first[1]).days <= _RECENT:
            return after.group(0), first[1], None, "context"
    participle = _LEAD_PARTICIPLE.match(text[r.span.start:r.content.start])
    if participle:  # "Sentencing him, Judge X said": at the event the story dated ("was sentenced yesterday")
        stem = word_stem(participle.group(1).lower())
        for pos, day, sentence in events:
            if pos < r.span.start and day <= pub and sentence and re.search(rf"\b{re.escape(stem)}", sentence):
                return participle.group(0).strip(" ,"), day, None, "context"
        if _COURT_ROLE.match(participle.group(1)):  # "Prosecuting, X said": at the hearing a sentence dates
            for pos, day, sentence in events:
                if pos < r.span.start and day <= pub and sentence and _COURT_EVENT.search(sentence):
                    return participle.group(0).strip(" ,"), day, None, "context"
    return None


# A gathering told of by its sitting, not its audience's word: "The council met on Monday night"
# before "she told councillors" / "he told the meeting"
_SAT = re.compile(r"\b(?:met|meets|meeting|sat|sitting|session)\b")
_BODY_OF = {"councillors": "council", "trustees": "trust", "governors": "govern", "senators": "senate",
            "legislators": "legislat", "lawmakers": "", "delegates": "", "shareholders": "", "meeting": ""}


_AFTERWARDS = re.compile(r"\bafterwards?\b", re.I)


def _sitting_day(audience: str, events: list[tuple[int, date, str]], pub: date, before: int) -> tuple | None:
    """(position, day) of the last sentence before `before` that tells of the audience's body
    sitting ("The council met on Monday night"); for "the meeting", any sitting told."""
    if audience not in _BODY_OF:
        return None
    body = _BODY_OF[audience]
    found = [(pos, day) for pos, day, t in events if t and day <= pub and pos < before and _SAT.search(t.lower())
             and (not body or re.search(rf"\b{body}", t.lower()))]
    return found[-1] if found else None


# "The court heard that ... the centres closed on Sept 29, 2023": the days of what a hearing was
# told are the case's past, not the hearing's day
_RECENT = 14  # days: a hearing a news story reports from, at most this long before it
_HEARD = re.compile(r"\b(?:heard|(?:was|were) told)\s+(?:that|how)\b")
def _heard_before(text: str, pos: int, sentence: str) -> bool:
    """Whether the day at `pos` is inside what its sentence says a hearing heard."""
    seg = text[max(0, pos - len(sentence)):pos].lower()
    k = seg.rfind(sentence[:20])
    return bool(_HEARD.search(seg[k:] if k >= 0 else seg))


_LEAD_PARTICIPLE = re.compile(r"^\W*([A-Z][a-z]{3,}ing)\b[^,]{0,30},")
# Counsel's and the judge's parts at a hearing ("Prosecuting, X said", "Mitigating, Y said"), and the
# sentences that date a hearing ("was sentenced at the crown court yesterday")
_COURT_ROLE = re.compile(r"(?:Prosecuting|Defending|Mitigating|Representing|Sentencing)$")
_COURT_EVENT = COURT_EVENT
