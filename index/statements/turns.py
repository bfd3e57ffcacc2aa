"""Transcripts of several speakers and no interviewer: a debate's or an earnings call's turns.

Two shapes, as parliaments and call transcripts print them:
- a paragraph opened by its speaker as written, in any case: "Tom Hale (Ashby) (Lab): ...",
  "The Minister for Ports (Paul Grant): ...", "Dana Whitlock, Chief Financial Officer: ...";
- a heading line naming the speaker above the paragraphs they speak: "Dana Whitlock -- Chief
  Financial Officer", "Paul Grant (Minister for Ports)".
A label counts only when it names a person: a name the article's cast knows, or two to four
capitalised words opening with a first name the lexicon knows ("Operator", "Note" are no one).
A speaker whose turns are mostly questions (an analyst, a member asking) asks and states
nothing. The result is an `index.statements.transcript.Transcript`, merged and dated as an
interview's turns are (at the interview's day, else publication).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from index.headlines import names_a_voice
from index.models import Article
from index.statements import offices, procedural
from index.statements.nlp import ASKER_NOTE, TIMESTAMP
from index.statements.people import clean_name, first_name_gender
from index.statements.speakers_np import Speaker
from index.statements.transcript import INTRO_PARAGRAPHS, MIN_TURNS, Transcript, add_turn, interview_day, intro_paragraphs, issue_bound
from index.statements.transcript import _continues as transcript_continues
from index.textnorm import fold, without_label_emphasis
from index.vocabulary import vocabulary

_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|bin|al|da|del|of|for|and|the)){0,6}"
# "Tom Hale (Ashby) (Lab): ", "The Minister for Ports (Paul Grant): ", "Dana Whitlock, CFO: ", and a
# news transcript's caption in capitals with the title and the employer: "JO REE, CEO, ACME FOODS: "
_CAPS_ROLES = r",\s*[A-Z][A-Z0-9.&'’ -]{1,40},\s*[A-Z][A-Z0-9.&'’ -]{1,40}"
_OPENING = re.compile(rf"^\s*{TIMESTAMP}(?P<label>{_NAME}(?:\s*\([^()]{{2,60}}\))*(?:{_CAPS_ROLES}|,\s*[^:,]{{2,60}})?)\s*:\s+(?=\S)")
# a heading line: "Dana Whitlock -- Chief Financial Officer", "Paul Grant (Minister for Ports)"
# a house's label of a member: "Ms OKONJO", "Mr Kovac", "Dr PAVLIDIS"
_TITLED = re.compile(r"^\s*(?P<title>(?i:mr|mrs|ms|miss|dr|sir|dame|hon|prof))\.? (?P<surname>[A-Z][\w'’-]+)\b")
# the chair of a house, an inquest, a hearing: "The SPEAKER", "The Deputy President", "THE CORONER"
_CHAIR = re.compile(r"^(?i:the)\s+(?:(?i:deputy|acting)\s+)?(?i:speaker|president|chair|chairman|chairwoman|chairperson"
                    r"|coroner|presiding officer|clerk)$")
# a hustings' or a public meeting's speaker from the floor, named in brackets: "AUDIENCE (MARGARET):"
_FROM_FLOOR = " (audience member)"
_FLOOR = re.compile(r"^(?i:audience(?: member)?|floor|questioner|member of the public|resident)$")
# an earnings call's question-and-answer heading: "Q - Lionel Baptiste", "A – Dana Whitlock"
_QA_HEAD = re.compile(r"^\s*(?P<side>[QA])\s*[-–—:]\s*(?=[A-Z])")
_HEADING = re.compile(rf"^(?:[QA]\s*[-–—:]\s*)?(?P<label>{_NAME}(?:\s*\([^()]{{2,60}}\))*(?:\s*(?:--|[-–—,|])\s*[^:]{{2,80}})?)\s*$")


def read(article: Article, docs, bases: list[int], ctx, published: date | None = None) -> Transcript | None:
    """The turns of a several-speaker transcript, or None when the article has too few; dated at
    the day the paragraphs before its first turn give the conversation ("spoke to us on Tuesday")."""
    heads = sorted((s.start, _person(fold(article.slice(s)), ctx, _HEADING)) for s in article.subheadings)
    # the names an earnings call's "Q - Name" headings give: the analysts, who ask
    questioners = {who.name for s in article.subheadings if _QA_HEAD.match(line := fold(article.slice(s)))
                   and _QA_HEAD.match(line).group("side") == "Q" and (who := _person(line, ctx, _HEADING))}
    texts = [without_label_emphasis(fold(article.text[span.start:span.end])) for span, _ in docs]
    matches = [_OPENING.match(text) for text in texts]
    labels = _full_labels(matches)
    roles = _role_turns(texts, docs, ctx)
    first_label = next((pi for pi, m in enumerate(matches) if m and offices.office(m.group("label"))), len(docs))
    intro = docs[max(0, first_label - INTRO_PARAGRAPHS):first_label]
    turns: dict[int, tuple[Speaker, int]] = {}  # paragraph -> (speaker, where its words start)
    current = office_run = None
    voices = 0
    voice = False  # the speaker is a round-up's voice line's: their quotations only, not the prose after
    for pi, (span, _) in enumerate(docs):
        while heads and heads[0][0] < span.start:  # a heading above this paragraph sets the speaker
            current, voice = heads.pop(0)[1], False
        text, m = texts[pi], matches[pi]
        if m is None and pi + 1 < len(texts) and names_a_voice(text, texts[pi + 1]):
            current = _person(text, ctx, _HEADING)  # a round-up's voice line over its quotation: no one's when unread
            voice = True
            voices += current is not None
            continue
        if voice and not _one_quotation(text):
            current, voice = None, False
        opened = _person(m.group("label"), ctx, None, labels) if m else None
        if m and (opened is None or opened.person is None) and (role := offices.office(m.group("label"))):
            opened = office_speaker(m.group("label"), role, intro, ctx)
        if opened is None and pi in roles:
            opened, end = roles[pi]
        elif opened is not None:
            end = m.end()
        if opened is not None:
            current = None  # a labelled paragraph is its own turn, and ends a heading's run
            turns[pi] = (opened, end)
            office_run = opened if m and _official(m.group("label")) else None
        elif office_run is not None and m is None and (transcript_continues(text, ctx) or _own_voice(text)) \
                and not _PRESS.match(text):
            turns[pi] = (office_run, 0)  # an official transcript's turn runs on over its paragraphs
        elif current is not None and _topic_prompt(text):
            pass  # a quote sheet's "On the loss:" over the speaker's words: the sheet's prompt, not theirs
        elif current is not None and ('"' not in text or _one_quotation(text)):
            turns[pi] = (current, 0)
        else:
            office_run = None
    turns = _fuller_names(turns)
    names = {who.name for who, _ in turns.values()}
    # (a briefing's one official answers questions labelled by the reporters who ask them)
    press = {pi for pi, text in enumerate(texts) if pi not in turns and _PRESS.match(text)}
    if (len(turns) < MIN_TURNS and voices < 2) or (len(names) < 2 and len(press) < 2):  # (two named voices make a round-up)
        return None
    askers = {n for n in names if _mostly_questions(n, turns, docs) and not n.endswith(_FROM_FLOOR)} \
        | (questioners & names) | ({_UNNAMED_HOST} & names)  # (one from the floor states what their question rests on)
    # the feature's reporter: their turns are no one's statements, and what they report of others is read as in a story
    narrator = {who.name for who, _ in turns.values() if narrator_label(who.as_written)}
    first = min(turns)
    out = Transcript(day=interview_day(intro_paragraphs(docs, first), published, issue_bound(article, published)))
    members = {who.name for who, _ in turns.values() if _TITLED.match(who.as_written)}
    out.asked.update(press)
    for pi, (who, start) in turns.items():
        if who.name in narrator:
            continue
        if who.name in askers and who.name not in members:
            out.asked.add(pi)
            continue
        out.answered.add(pi)
        (span, doc), base = docs[pi], bases[pi]
        # a member's question turn asserts what its questions rest on ("Only one has been built.")
        add_turn(out, who, span, doc, base, pi, start, asserted_only=True)  # (an answer's question back states nothing)
    # (a chair's "Thank you all.", "Please do vote.", a one-line "Against it, full stop.": no statements)
    out.raws = [r for r in out.raws if not procedural.procedural(article.text[r.content.start:r.content.end])
                and not procedural.short_turn([t for t in docs[r.paragraph][1] if t.idx >= turns[r.paragraph][1]])]
    return out


# the official still speaking in the first person, though naming someone ("Deputy Minister Ree is with me")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|we|We|we're|We're|we've|We've|my|My|our|Our|me|us)\b")


# a produced feature's reporter, captioned as the piece's byline on their first turn ("ANN ROE, BYLINE:"):
# their turns are the story's narration, as an article's prose is, and what they report of others
# ("X says ...") is read as in any story
_BYLINE_CAPTION = re.compile(r",\s*BYLINE\s*$")


def narrator_label(label: str) -> bool:
    """A turn label that captions its speaker as the piece's byline."""
    return _BYLINE_CAPTION.search(label.strip()) is not None


def _official(label: str) -> bool:
    """A label that names an office, alone or before its holder's name ("MINISTER", "DEPUTY
    MINISTER ANN REE"): an official transcript's turn, which runs on over its paragraphs."""
    if offices.office(label):
        return True
    words = re.split(r"\s*[(,]", label, maxsplit=1)[0].split()
    return label.isupper() and any(vocabulary().is_role(" ".join(words[:k]).lower()) for k in range(1, min(3, len(words) - 1) + 1))


def _own_voice(text: str) -> bool:
    return '"' not in text and "“" not in text and _FIRST_PERSON.search(text) is not None


def _fuller_names(turns: dict) -> dict:
    """A later turn's speaker named by the surname alone ("DEPUTY MINISTER REE:") as the one
    speaker whose fuller name ends in it ("DEPUTY MINISTER ANN REE:" on the first turn)."""
    names = {who.name for who, _ in turns.values()}
    full = {}
    for n in names:
        longer = [o for o in names if len(o.split()) > len(n.split()) and o.endswith(" " + n)]
        if len(longer) == 1:
            full[n] = longer[0]
    return {pi: ((replace(who, name=full[who.name]) if who.name in full else who), start) for pi, (who, start) in turns.items()}


def _topic_prompt(text: str) -> bool:
    """A short line ending in a colon, with no sentence and no quotation: "On the injury to X:"."""
    body = text.strip()
    return body.endswith(":") and len(body.split()) <= 12 and not re.search(r'[.!?"]', body[:-1])


def _one_quotation(text: str) -> bool:
    """A paragraph that is one quotation and nothing else: a reaction round-up's words under the
    line naming their speaker (a quotation with a cue of its own names its own speaker)."""
    body = text.strip()
    return len(body) > 2 and body[0] == '"' and body.rstrip()[-1] == '"' and body.count('"') == 2


def office_speaker(label: str, role: str, intro, ctx) -> Speaker:
    """"MINISTER:" -> the minister the introduction names, else the office by its title."""
    who = offices.holder(role, intro, ctx)
    if who is not None:
        return Speaker(name=_cased(who.name), as_written=label, person=who)
    return Speaker(name=offices.title(label), as_written=label)


# a press conference's questions, labelled by who asks: "Reporter: ...", "Question: ...", "Q:", with
# the asker's outlet in brackets when the transcript names it: "QUESTION (Daily Post): ...", "Q (off mic):"
_PRESS = re.compile(rf"^\s*{TIMESTAMP}(?:(?i:reporters?|journalists?|question|interviewer)|Q)(?:{ASKER_NOTE})?\s*:\s+(?=\S)")
# a podcast's label by role: "HOST:", "GUEST 2:", "[00:01:10] PRESENTER:"
_ROLE = re.compile(rf"^\s*{TIMESTAMP}(?P<role>HOST|PRESENTER|GUEST|Host|Presenter|Guest)(?: (?P<n>[1-9]))?\s*:\s+(?=\S)")
_UNNAMED_HOST = "Host"
_SELF = re.compile(r"\b(?:I'm|I am|my name is|this is)\s+$", re.I)


def _role_turns(texts: list[str], docs, ctx) -> dict[int, tuple[Speaker, int]]:
    """Paragraphs labelled by role -> (the person, where the words start): the host is the one
    who says "I'm X" in a host's turn; guest n the n-th other person named before the guests'
    first turn ("my guest today is X"). A role no one fills stays unlabelled."""
    found = {pi: m for pi, text in enumerate(texts) if (m := _ROLE.match(text))}
    if not found:
        return {}
    spans = [span for span, _ in docs]
    host = next((mt.person for pi, m in found.items() if m.group("role").lower() in ("host", "presenter")
                 for mt in ctx.cast.mentions if spans[pi].start <= mt.pos < spans[pi].end
                 and _SELF.search(fold(texts[pi][:mt.pos - spans[pi].start]))), None)
    guests = [pi for pi, m in found.items() if m.group("role").lower() == "guest"]
    named: list = []
    for mt in sorted(ctx.cast.mentions, key=lambda mt: mt.pos):
        if guests and mt.pos < spans[guests[0]].start and mt.person is not host and mt.person not in named:
            named.append(mt.person)
    out = {}
    for pi, m in found.items():
        k = int(m.group("n") or 1) - 1
        who = host if m.group("role").lower() != "guest" else named[k] if k < len(named) else None
        if who is not None:
            out[pi] = (Speaker(name=who.name, as_written=m.group("role"), person=who), m.end())
        elif m.group("role").lower() != "guest":  # a host no one names: a turn, but no one's statements
            out[pi] = (Speaker(name=_UNNAMED_HOST, as_written=m.group("role")), m.end())
    return out


def _full_labels(matches: list) -> dict[str, str]:
    """Each word of a label of two or three capitalised words -> that label ("ROISIN" -> "ROISIN
    BRADY"), for a later turn labelled with the first name or surname alone; a word of two such
    labels is left out."""
    out: dict[str, str | None] = {}
    for m in matches:
        lead = re.split(r"\s*\(", m.group("label"), maxsplit=1)[0].split() if m else []
        if 2 <= len(lead) <= 3 and first_name_gender(lead[0]):
            full = " ".join(lead)
            for w in lead:
                out[w.lower()] = full if out.get(w.lower(), full) == full else None
    return {k: v for k, v in out.items() if v}


def _person(label: str, ctx, shape: re.Pattern | None, labels: dict[str, str] | None = None) -> Speaker | None:
    """The person a turn's label names: a name in brackets first ("The Minister for Ports (Paul
    Grant)"), else the name it opens with ("Tom Hale (Ashby) (Lab)", "Dana Whitlock -- CFO",
    "Ms OKONJO-PRICE (Hillcrest—Minister for X) (11:02)", "The SPEAKER", a caller's "DECLAN (Tullamore)")."""
    if shape is not None:
        m = shape.match(label.strip())
        if not m:
            return None
        label = m.group("label")
    if len(label.split()) > 14:
        return None
    written = label.strip()
    bracketed = re.findall(r"\(([^()]+)\)", label)
    lead = re.split(r"\s*(?:\(|--|\s[-–—|]\s|[–—,|])\s*", label, maxsplit=1)[0].strip()
    if _CHAIR.match(lead):
        return Speaker(name=_cased(lead), as_written=written)
    if _FLOOR.match(lead) and len(bracketed) == 1 and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", bracketed[0].strip()):
        return Speaker(name=f"{_cased(bracketed[0].strip())}{_FROM_FLOOR}", as_written=written)  # "AUDIENCE (MARGARET):"
    if labels and len(lead.split()) == 1 and lead.lower() in labels:
        lead = labels[lead.lower()]  # "ROISIN:" after "ROISIN BRADY (presenter):"
    for candidate in [*bracketed, lead]:
        words = clean_name(candidate.split())
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        if len(words) > 1 and words[-1].lower() in vocabulary().occasions:
            continue  # "General Meeting": an occasion's heading, though "General" passes for a first name
        known = ctx.cast.known(" ".join(words)) or (ctx.cast.known(words[-1]) if len(words) > 1 else None)
        titled = _TITLED.match(candidate)
        if known is not None and not (titled and len(known.name.split()) < 2):
            # ("DEPUTY MINISTER ANN REE:" for the "Deputy Minister Ree" the text names: her full name)
            fuller = len(words) > len(known.name.split()) and words[-1].lower() == known.name.split()[-1].lower()
            return Speaker(name=_cased(" ".join(words) if fuller else known.name), as_written=written, person=known)
        if titled and len(words) == 1:  # "Mr KOVAC": the house's way of naming a member
            return Speaker(name=f"{titled.group('title').capitalize()} {_cased(words[0])}", as_written=written, person=known)
        if len(words) >= 2 and (first_name_gender(words[0]) or (titled and len(words) <= 3)):  # "Dr Ifa Obi"
            return Speaker(name=_cased(" ".join(words)), as_written=written)
        if candidate is lead and len(words) == 1 and bracketed and first_name_gender(words[0]):
            return Speaker(name=f"{_cased(words[0])} ({bracketed[0]})", as_written=written)  # a caller: "DECLAN (Tullamore)"
    return None


def _cased(name: str) -> str:
    """A name printed in capitals, as it is written elsewhere: "OKONJO-PRICE" -> "Okonjo-Price"."""
    return " ".join(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w) if w.isupper() and len(w) > 1 else w
                    for w in name.split())


def _mostly_questions(name: str, turns: dict, docs) -> bool:
    texts = [docs[pi][1].text.rstrip() for pi, (who, _) in turns.items() if who.name == name]
    return sum(t.endswith("?") for t in texts) * 2 > len(texts)
