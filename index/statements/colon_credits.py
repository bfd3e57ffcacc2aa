"""A quotation credited before a colon, with no speech verb or a bare one: a live thread's "4/
Opposition leader Cllr Jo Bell: "This is a choice."", a running report's "Council leader Cllr
Jo Bell opens: "..."", a public speaker's "Retired teacher Ann Roe, 78, Ashgrove: "..."". The
quotation is the person the credit ends in (its first comma-part that ends in a name), found as
a dash credit's name is: one the article's cast knows, or a given name the lexicon knows.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.dash_credits import _credited
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold

# [N/ ]Credit[ verb[ particle]]: "quotation" -- a post number, a credit of up to 100 characters
# with no colon or mark, at most two lower-case words of a present-tense cue ("opens", "hits back")
_COLON_CREDIT = re.compile(r'(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?:\d{1,3}/\s*)?(?P<credit>[A-Z][^:"\n]{2,100}?)'
                           r'(?:\s+(?P<verb>[a-z]+s)(?:\s+(?:back|out|in|on|up))?)?:\s*"(?P<quote>[^"]{12,})"')
_CAPITALISED_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


# Before a name, a word that makes the name whom the words were said to ("He told Ann Roe: ...").
_TO_NAME = re.compile(r"\b(?:told|asked|to|with|for|from|wrote|by|about|against)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*$")


def read(docs, bases: list[int], ctx, page: str | None = None) -> list[Raw]:
    """The colon-credited quotations of paragraphs shaped like that: a paragraph's opening or, after
    other sentences, one of its sentences ("I object. Our councillor, Ann Roe, put it well in
    January: "..."": a comment's or a signed report's sentence quoting someone else)."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        text = fold(doc.text)
        for m in _COLON_CREDIT.finditer(text):
            credit = m.group("credit")
            if m.start("credit") > 0 and any(_TO_NAME.search(part) for part in credit.split(",")):
                continue
            who = _named(credit, ctx) or _reader(credit, m.group("verb")) \
                or _described(doc, m.start("credit"), m.start("quote"), ctx, span, bases[pi])
            if who is None:
                continue
            a, b = m.start("quote"), m.end("quote")
            while b > a and text[b - 1] in " .,;":
                b -= 1
            sentence = bases[pi] + sum(1 for s in doc.sents if s.end_char <= m.start("credit"))
            raw = Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
                      span=Span(span.start + m.start("credit"), span.start + m.end()), sentence=sentence, paragraph=pi,
                      cue=("writes-note",) if m.group("verb") in _WRITES_IN else ())
            raw.times = _credit_time(doc, span, m.start("credit"), m.start("quote"))  # "put it well ... in August:"
            out.append(raw)
        if page is not None:  # (the parse blanks a paragraph's opening "Ann Roe writes:" label: read it on the page)
            out.extend(_unquoted(doc, span, bases[pi], pi, ctx, fold(page[span.start:span.end])))
    return out


# a note's own opening credit, its words after it with no quotation marks: "Ann Roe writes: The keys ..."
_WRITES_OPENING = re.compile(r"^\s*(?P<credit>[A-Z][^:\"“\n.!?]{2,80}?)\s+(?P<verb>writes|reports|notes|explains|adds)\s*:\s*(?P<rest>[^\"“\s])")


_PRONOUN_GENDER = {"she": "female", "he": "male"}


def rebind(raws: list[Raw]) -> None:
    """A note "Ann Roe writes: ..." speaks with one name: its later sentences take the name its
    opening was read with (by the cue's own rule, "Cllr Ann Roe"). And the "She adds that ..." and
    "She also says ..." that go on telling it (the next paragraphs, up to another named speaker)
    are the note's writer's, not an earlier person's who shares her surname or her pronoun."""
    opening = {r.paragraph: r.speaker for r in raws if r.cue != ("writes-note",) and r.act in ("wrote", "writes")}
    for r in raws:
        first = opening.get(r.paragraph)
        if r.cue == ("writes-note",) and first is not None and first.name.split()[-1] == r.speaker.name.split()[-1]:
            r.speaker = first
    writer = None  # (speaker, paragraph) of the latest unquoted note
    for r in sorted(raws, key=lambda r: r.span.start):
        if r.cue == ("writes-note",):
            writer = (r.speaker, r.paragraph)
            continue
        if writer is None:
            continue
        pronoun = r.speaker.as_written.strip().lower()
        if pronoun not in _PRONOUN_GENDER:
            if r.paragraph != writer[1]:
                writer = None  # another named speaker: the note's telling is over
            continue
        person = writer[0].person
        gender = getattr(person, "gender", None) if person is not None else None
        if r.paragraph - writer[1] <= 2 and gender in (None, _PRONOUN_GENDER[pronoun]):
            r.speaker = Speaker(writer[0].name, r.speaker.as_written, person=person)


def _unquoted(doc, span, base: int, pi: int, ctx, text: str) -> list[Raw]:
    """A paragraph opened "Ann Roe writes:" (a newsletter's, a bulletin's note), its words unquoted:
    each sentence after the colon is the named writer's."""
    m = _WRITES_OPENING.match(text)
    if m is None:
        return []
    who = _named(m.group("credit"), ctx)
    if who is None:
        return []
    out = []
    for k, sent in enumerate(doc.sents):
        a, b = max(sent.start_char, m.start("rest")), sent.end_char
        while b > a and text[b - 1] in " .,;\n":
            b -= 1
        if b - a < 12:
            continue
        out.append(Raw(speaker=who, act="wrote", content=Span(span.start + a, span.start + b), quote_type="direct",
                       span=Span(span.start + (sent.start_char if sent.start_char >= m.start("rest") else m.start("credit")),
                                 span.start + sent.end_char), sentence=base + k, paragraph=pi, cue=("writes-note",)))
    return out


# a copula that describes the speaker's manner before the words: "X was blunt:", "The coach sounded weary:"
# (forms, not lemmas: the pipeline lemmatises few verbs)
_COPULAS = {"was", "is", "were", "are", "sounded", "sounds", "seemed", "seems", "looked", "looks", "remained", "remains",
            "appeared", "appears", "stayed", "stays"}


def _described(doc, start: int, end: int, ctx, span, base: int):
    """The speaker a credit with no speech verb describes ("The minister was blunt: "..."", "Coach
    Ann Roe was gracious, if clearly hurting: "...""): the subject of its copula, resolved as any
    subject is (a name, a role the story has named, a pronoun)."""
    from index.statements.speakers_np import speaker_of  # (it reads the cast: imported on use)

    # (the parser may hang the credit's copula under the quotation's verb: any copula of the credit)
    verbs = [t for t in doc if start <= t.idx < end and t.pos_ in ("AUX", "VERB")]
    if not verbs or verbs[0].lower_ not in _COPULAS or not any(c.dep_ in ("acomp", "attr") for c in verbs[0].children):
        return None  # the credit's first verb describes its subject ("was blunt"), none that acts
    subj = next((c for c in verbs[0].children if c.dep_ == "nsubj" and c.idx >= start), None)
    if subj is None:
        return None
    sentence = base + sum(1 for s in doc.sents if s.end_char <= start)
    who = speaker_of(ctx, subj, span.start + subj.idx, sentence)
    return None if who is None or who.generic else who


def _credit_time(doc, span, start: int, end: int) -> list:
    """The time the credit gives the words ("put it well to the staff in August"), as a cue's own
    time phrase: the words were said then, not on the day of the page that quotes them."""
    for ent in doc.ents:
        if ent.label_ == "DATE" and start <= ent.start_char and ent.end_char <= end and "year-old" not in ent.text:
            first = doc[ent.start - 1] if ent.start and doc[ent.start - 1].dep_ == "prep" else doc[ent.start]
            return [(Span(span.start + first.idx, span.start + ent.end_char), doc[first.i:ent.end].text, False)]
    return []


# After the name, what a live page adds before the colon: the reader's town ("Ola in Leeds emails:")
# or how the speaker took it ("Coach Ann Roe was blunt, if weary:")
_TOWN = re.compile(r"\s+(?:in|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")
_MOOD = re.compile(r"\s+(?:was|is|were|are|sounded|looked|seemed|remained)(?:\s+[a-z]+){1,3}$")


def _named(credit: str, ctx):
    """The person the credit's first comma-part ending in a name names ("Public speaker, retired
    teacher Ann Roe, 78" names Ann Roe), the title and job words before the name dropped."""
    for part in credit.split(","):
        for words in (_capitalised_run(part), _capitalised_run(_MOOD.sub("", part)), _capitalised_run(_TOWN.sub("", part))):
            for k in range(min(4, len(words)), 0, -1):
                who = _credited(" ".join(words[-k:]), ctx, own_line=_titled(words[-k:]))
                if who is not None:
                    return who
    return None


# a reader's message on a live page: "Ola in Leeds emails:", "Sam from Hull writes:"
_WRITES_IN = {"emails", "writes", "texts", "tweets", "messages"}


def _reader(credit: str, verb: str | None):
    """The reader a live page's "NAME in TOWN emails:" names: the given name, by layout alone."""
    town = _TOWN.search(credit)
    words = credit[:town.start()].split() if town else []
    if verb in _WRITES_IN and len(words) == 1 and _CAPITALISED_WORD.fullmatch(words[0]):
        return Speaker(name=words[0], as_written=credit.strip())
    return None


def _capitalised_run(part: str) -> list[str]:
    """The capitalised words that end `part`, up to five, whatever their alphabet's capitals
    ("Cathal Óg Ó Treasaigh", "Úna Nic Conmara": not A-Z alone)."""
    words = part.split()
    k = len(words)
    while k > 0 and len(words) - k < 5 and words[k - 1][:1].isupper() and _CAPITALISED_WORD.fullmatch(words[k - 1]):
        k -= 1
    return words[k:]


def _titled(words: list[str]) -> bool:
    """A title opens the words ("Cllr Osric Pellham"): the name after it is a name by shape alone."""
    return len(words) >= 3 and len(clean_name(words)) < len(words)
