"""A speech printed as it was given: every sentence is the speaker's, named only in the heading.

Governments, companies and universities publish speeches as text: a heading that names the
speaker ("Speech: Minister Ana Ruiz at the opening of the ...", "Remarks by Ana Ruiz to the ...
conference", "Keynote address by ...", "Ana Ruiz's speech to ..."), often a line saying what it
is ("Remarks as prepared for delivery", "Check against delivery", "As delivered"), then the
speech in the first person with no speech verb naming the speaker. Each sentence of the body
is the speaker's, save greetings, stage notes ("(Applause)") and what the speaker reports
someone else saying ("He said, ..."), which stays theirs. A news story about a speech is no
speech: its body is in the third person, so a speech needs the first person in most paragraphs.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements import speaking_notes
from index.statements.nlp import worded_sentences
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

# the heading: a label ("Speech:", "Remarks by", "Keynote address by") and then the speaker
_LABEL = (r"(?:(?:opening|closing|keynote|welcome|budget|inaugural|valedictory)\s+)?"
          r"(?:speech|remarks|address|statement|lecture|keynote|oration)")
_HEADING = re.compile(rf"^(?i:{_LABEL})\s*(?:(?i:by|of|from)\s+|[:\-–—|]\s*)(?P<who>.+)$")
_POSSESSIVE = re.compile(rf"^(?P<who>.+?)['’]s\s+(?i:{_LABEL})\b")
# a line that says the text is the speech itself
_DELIVERY = re.compile(r"\b(?:as prepared for delivery|check against (?:the )?delivery|as delivered|"
                       r"prepared remarks|(?:full )?(?:text|transcript) of (?:the |her |his )?(?:speech|remarks|address))\b", re.I)
# where the speaker's name ends in a heading: the occasion, the place or a second part
_NAME_END = re.compile(r"\s+(?:at|to|on|in|before|for|during|during|as)\s+|\s*[,:;|(–—]\s*|\s+-\s+")
# a greeting or thanks opening a sentence is no statement of the speech ("Good morning, and thank you")
_COURTESY = re.compile(r"^(?:thank you|thanks|good (?:morning|afternoon|evening)|ladies and gentlemen|"
                       r"distinguished guests|(?:dear )?(?:friends|colleagues)|welcome)\b", re.I)
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The speaker's statements of a printed speech, one per sentence; [] on any other page."""
    speaker, heads = _speaker(article, ctx)
    if speaker is None:  # "SPEAKING NOTES / for the Honourable NAME": the name under the label
        speaker, heads = speaking_notes.speaker(article, ctx)
    if speaker is None:
        return []
    # (a heading line inside a paragraph marks it as heading only up where the heading ends: the
    # body's "here in Riverton" holds the header's place line too)
    ends = fold(article.text).find(heads[-1]) + len(heads[-1]) if heads else 0
    body = [pi for pi, (span, doc) in enumerate(docs)
            if not any(doc.text.strip() in h or (h in doc.text and span.start <= ends) for h in heads) and not _DELIVERY.search(doc.text)]
    prose = [pi for pi in body if len(docs[pi][1].text) >= 40]  # not "(Applause)" or "Thank you."
    if sum(_first_person(docs[pi][1]) for pi in prose) * 2 < len(prose) or len(prose) < 3:
        return []  # a report about a speech, in the third person
    out = []
    for pi in body:
        span, doc = docs[pi]
        sents, whole = list(doc.sents), doc.text
        for k, a, b in worded_sentences(doc, floor=12):
            text = whole[a:b]
            if _COURTESY.match(text) or text.startswith(("(", "[")) or _reports_another(sents[k]):
                continue
            out.append(Raw(speaker=speaker, act="said", content=Span(span.start + a, span.start + b),
                           quote_type="direct", span=Span(span.start + a, span.start + b),
                           sentence=bases[pi] + k, paragraph=pi))
    return out if len(out) >= 3 else []


def _speaker(article: Article, ctx) -> tuple[Speaker | None, list[str]]:
    """The speaker a heading names, and the heading lines; (None, []) for a page that is no speech."""
    lines = [fold(ln).strip(" *_#") for ln in article.text.splitlines() if ln.strip()][:6]
    delivered = any(_DELIVERY.search(ln) for ln in lines)
    for k, ln in enumerate(lines[:4]):
        m = _HEADING.match(ln) or (_POSSESSIVE.match(ln) if delivered else None)
        if m is None or len(ln.split()) > 25:
            continue
        who = _NAME_END.split(m.group("who"), maxsplit=1)[0]
        words = clean_name([w for w in who.split() if w])
        if not words or not all(w[:1].isupper() for w in words) or (len(words) < 2 and not delivered):
            continue
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
        person = next((p for p in ctx.cast.people if p.name == name), None) or next(
            (p for p in ctx.cast.people if p.name.split()[-1] == name.split()[-1]), None)
        if person is None and not (delivered or len(words) >= 2):
            continue
        if vocabulary().is_role(name) or name.lower() in vocabulary().organisations:
            continue
        return Speaker(name=person.name if person else name, as_written=" ".join(who.split()), person=person), lines[:k + 1]
    return None, []


def _first_person(doc) -> bool:
    quoted = [(a, b) for a, b in _quoted(doc.text)]
    return any(t.lower_ in _FIRST_PERSON and not any(a <= t.idx < b for a, b in quoted) for t in doc)


def _quoted(text: str) -> list[tuple[int, int]]:
    marks = [i for i, c in enumerate(text) if c in '"“”']
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


def _reports_another(sent) -> bool:
    """"He said, 'That my kids ...'": the speaker reports someone else's words, which stay theirs."""
    v = vocabulary()
    return any(v.speech_lemma(t.text) and any(c.dep_ in ("ccomp", "parataxis") for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _FIRST_PERSON for c in t.children)
        and not _hypothetical(t) for t in sent)


# "I know some people will say that ...", "Critics may argue ...": words the speaker puts in
# others' mouths to answer them, nobody's statement but the speaker's
_MODALS = {"will", "would", "may", "might", "could", "'ll"}


def _hypothetical(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def unsaid(raws: list[Raw], spoken: list[Raw], text: str) -> list[Raw]:
    """The page's statements without the words a speech only imagines others saying ("some people
    will say that ..."): that sentence is the speaker's."""
    if not spoken:
        return raws
    inside = {r.paragraph for r in spoken}
    return [r for r in raws if not (r.paragraph in inside and r.speaker.name != spoken[0].speaker.name
                                    and _IMAGINED.search(text[r.span.start:r.span.end]))]


_IMAGINED = re.compile(r"\b(?:will|would|may|might|could)\s+(?:say|argue|claim|tell you|ask)\b|['’]ll\s+(?:say|argue|claim|ask)\b", re.I)


def relayed_dated(stmts: list, raws: list[Raw], spoken: list[Raw], docs, pub) -> list:
    """The words a speaker relays, dated when the speech says they were said, not at delivery.

    "When I visited Tarnby School in November, your principal showed me ... She told me, '...'": the
    principal spoke in November; "A pupil wrote to my office last month. He said, '...'": last month.
    The time is the last one the speaker's own earlier sentences of the paragraph name. "X has told
    me that ..." names no time: it has none of its own (not the delivery's)."""
    if not spoken or pub is None:
        return stmts
    from dataclasses import replace

    from index.statements.when import resolve

    speaker = spoken[0].speaker.name
    own = {r.paragraph: [] for r in spoken}
    for r in spoken:
        own[r.paragraph].append(r)
    out = []
    for st, r in zip(stmts, raws):
        inside = min(own) <= r.paragraph <= max(own)
        if r.speaker.name == speaker or not inside or st.date_basis not in ("publication", "context") \
                or st.when_start != pub or st.when_end is not None:
            out.append(st)
            continue
        if r.perfect:  # "The principal has told me that ...": no day given
            out.append(replace(st, when_text=None, when_start=None, when_end=None, date_basis="none"))
            continue
        span, doc = docs[r.paragraph]
        earlier = [(o.span.start, o.span.end) for o in own.get(r.paragraph, ()) if o.span.end <= r.span.start]
        got = None
        for ent in doc.ents:
            at = span.start + ent.start_char
            if ent.label_ == "DATE" and any(a <= at < b for a, b in earlier):
                day = resolve(ent.text, pub)
                if day and day[0] < pub and day[1] < pub:
                    got = (ent.text, day[0], day[1] if day[1] != day[0] else None)
        out.append(replace(st, when_text=got[0], when_start=got[1], when_end=got[2], date_basis="context") if got else st)
    return out


# "Her answer was simple: '...'": the quotation is the words of the person the sentence before named
_THEIR_WORDS = re.compile(r"^(?:his|her|their)\s+(?:answer|reply|response|message|words|advice|verdict)\s+"
                          r"(?:was|were|is)\b[^:\"“]{0,40}:\s*[\"“](?P<q>[^\"”]+)[\"”]", re.I)


def their_words(raws: list[Raw], spoken: list[Raw], text: str) -> list[Raw]:
    """A speech's "Her answer was simple: '...'" after "X told me ...": the quotation is X's."""
    mine = {id(r) for r in spoken}
    out = []
    for i, r in enumerate(raws):
        m = _THEIR_WORDS.match(text[r.span.start:r.span.end]) if id(r) in mine else None
        before = next((p for p in reversed(raws[:i]) if id(p) not in mine and p.paragraph == r.paragraph), None)
        if m and before is not None:
            a, b = r.span.start + m.start("q"), r.span.start + m.end("q")
            r = Raw(speaker=before.speaker, act="said", content=Span(a, b), quote_type="direct",
                    span=r.span, sentence=r.sentence, paragraph=r.paragraph)
        out.append(r)
    return out
