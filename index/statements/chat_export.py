"""An exported or pasted group chat (index.chat_lines reads its layout: WhatsApp's "[12/02/2026,
08:14] Ann Roe: ...", Telegram's and Slack's header lines): each sentence of a message is its
sender's words, said on the day its stamp gives.

A sender's note in brackets ("Ann Roe (Chair, Residents' Association)") is no part of the name; a
sender shown only by a phone number is someone unnamed (a generic speaker, the number as written);
a message of fewer than three words ("👍", "Thanks Ann") says nothing to attribute; the app's own
lines ("<Media omitted>", "X added Y") are nobody's. What a message passes on from someone it
names ("They told me ...", "He says ...") is theirs, the pronoun read inside the message only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index import chat_lines, diarised_names, recording_turns, voice_messages
from index.models import Span
from index.statements import aide_relays
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

MIN_MESSAGES = chat_lines.MIN_MESSAGES
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
# a sender shown by a phone number alone: someone, but no one the bot can name
_SIGNATURE = re.compile(r"^[—–-]+\s*[^\W\d_][\w .'’-]*$")
_PHONE = re.compile(r"^\+?[\d ()-]{7,}$")


def read(article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each message's words, its sender's, dated by its stamp (Raw.stamped): one statement for each
    sentence of the message's text, so that an answer cites one message's words, not its neighbours'."""
    chat = chat_lines.messages(article.text)
    if not chat:
        return []
    out: list[Raw] = []
    before: dict[str, tuple[int, int]] = {}  # each sender's last message (body span): what it may point at
    for msg in chat:
        if msg.sender is None:
            continue
        pointer, before[msg.sender] = before.get(msg.sender), (msg.body, msg.end)
        sender = _NOTE.sub("", msg.sender).strip()
        phone = bool(_PHONE.match(sender))
        if not phone and not re.search(r"[^\W\d_]", sender):
            continue
        turn = recording_turns.turn_at(article.text, msg.start)
        if turn is not None and turn.nobody:  # "Guest (Unverified)": the name they give inside the turn
            sender = recording_turns.self_named(article.text, turn) or sender
        known = None if phone else ctx.cast.known(sender)
        # (a recording's header keeps whom the speaker is from beside the name: "Ann Roe (Staffside)")
        written = msg.sender if turn is not None and turn.organisation else sender
        who = Speaker(name=known.name, as_written=written, person=known) if known else \
            Speaker(name=sender, as_written=written, generic=phone or (turn is not None and turn.nobody and sender == turn.name))
        voiced = voice_messages.block_at(article.text, msg.start)
        # a recorded message's "Thanks bye.", "Ring me.", a note's "— Ann Roe": no statement
        least = 3 if voiced is not None or any(b.start == msg.start for b in voice_messages.messages(article.text)) else 2
        # an auto-transcript's turn: the host's "Thanks, Ann.", a question put, a cut-off "—if I could
        # finish—" in cross-talk state nothing
        diarised = turn is not None and turn.nobody and re.fullmatch(recording_turns.ANONYMOUS, turn.written) is not None
        least = 3 if diarised else least
        principal = _principal(voiced.principal, ctx) if voiced is not None and voiced.principal else None
        # a statement the host reads out ("Quote, ... Unquote."): the sender's words, not the host's
        read_out = diarised_names.read_outs(article.text, msg.body, msg.end) if turn is not None else []
        # a document the sender copies whole after pointing at it ("Typing out the letter:"): its sender's
        if pointer is not None and (copied := diarised_names.typed_out(article.text, pointer, (msg.body, msg.end))):
            read_out.append(copied)
        for pi, (span, doc) in enumerate(docs):
            a, b = max(span.start, msg.body), min(span.end, msg.end)
            if a >= b or len(_WORD.findall(article.text[a:b])) < 3:
                continue  # "👍", "Thanks Ann": nothing said to attribute
            for si, sent in enumerate(doc.sents):
                x, y = span.start + sent.start_char, span.start + sent.end_char
                x, y = max(x, a), min(y, b)
                x = _past_mention(article.text, a, x, y)  # "@Ann Roe send me the list": whom it is sent to, no words
                words = article.text[x:y]
                if x >= y or len(_WORD.findall(words)) < least or least > 2 and _SIGNATURE.match(words.strip()):
                    continue
                x += len(words) - len(words.lstrip())
                y = x + len(words.strip())
                speaker, content = who, Span(x, y)
                if diarised and (words.rstrip().endswith(("?", "—", "-", "–")) or words.lstrip().startswith(("—", "–"))):
                    continue
                if (sent_in := next((r for r in read_out if r[0] - 12 <= x < r[1] and y <= r[1] + 12), None)) is not None:
                    speaker, content = _principal(sent_in[2], ctx), Span(max(x, sent_in[0]), min(y, sent_in[1]))
                    raw = Raw(speaker=speaker, act="said", content=content, quote_type="direct",
                              span=Span(x, y), sentence=bases[pi] + si, paragraph=pi)
                    raw.stamped = _stamp(msg)
                    if sent_in[3] is not None:  # "they sent us a statement yesterday": said that day
                        raw.times = [(Span(sent_in[3][0], sent_in[3][1]), sent_in[3][2], False)]
                    out.append(raw)
                    continue
                if (told := _RELAYED.match(fold(article.text[x:y]))) is not None and \
                        (them := _antecedent(docs, msg.body, x, told.group("pro").lower() == "they", vocabulary())):
                    speaker, content = them, Span(x + told.start("words"), y)  # "They told me ...": theirs
                elif principal is not None and aide_relays.relays(fold(article.text[x:y]), principal.name):
                    speaker = principal  # an aide's call: "The councillor's asked me to say she's ..."
                raw = Raw(speaker=speaker, act=("said" if diarised else "wrote") if speaker is who else "told", content=content,
                          quote_type="direct" if speaker is who else "indirect",
                          span=Span(x, y), sentence=bases[pi] + si, paragraph=pi)
                raw.stamped = _stamp(msg)
                out.append(raw)
    return out


def _stamp(msg: chat_lines.Message) -> tuple | None:
    """(stamp text, day[, basis]): a day counted from the export's ("──── Yesterday ────") is read from context."""
    if msg.day is None:
        return None
    return (msg.relative, msg.day, "context") if msg.relative else (None, msg.day)


def _principal(name: str, ctx) -> Speaker:
    known = ctx.cast.known(name)
    return Speaker(name=known.name, as_written=name, person=known) if known else Speaker(name=name, as_written=name)


def stamp(raws: list[Raw], article, docs) -> None:
    """Words reported inside a message ("Update: the manager phoned me back. He says the part has
    been ordered") were said by the message's day at the latest: they take its stamp too."""
    chat = chat_lines.messages(article.text)
    if not chat:
        return
    for r in raws:
        if r.stamped is None and not r.times and (msg := chat_lines.message_at(article.text, r.span.start)) and msg.day:
            r.stamped = _stamp(msg)


def merge(raws: list[Raw], chat_raws: list[Raw], article, docs) -> list[Raw]:
    """The article's statements with the chat's: each message stays its sender's, and the words it
    reports of someone ("Last night I got a reply from the council's chief executive. He says ...")
    are that someone's too, as a statement of their own. A speaker the message itself does not
    name ("Sorry Ann" read as a name, "he" sent back to another contact's message) is a misreading
    across messages: dropped, the message's own statement stands."""
    if not chat_raws:
        return raws
    text = article.text
    v = vocabulary()
    kept = []
    for r in raws:
        msg = chat_lines.message_at(text, r.content.start)
        if msg is None:
            kept.append(r)
            continue
        if msg.sender is None or r.content.start < msg.body:
            continue
        before = _MENTION.sub(" ", fold(text[msg.body:r.content.start])).lower()  # ("@Ann Roe tell me": the addressee's no words)
        written = fold(r.speaker.as_written).lower().strip()
        if r.speaker.person is None and written.startswith(("the ", "a ", "an ")) and r.speaker.name.lower() != written \
                and not _names(fold(text[msg.body:msg.end]), r.speaker.name):
            r.speaker = Speaker(name=r.speaker.as_written, as_written=r.speaker.as_written)  # "The insurer says": not someone of another message
        if recording_turns.turn_at(text, msg.start) is not None and r.speaker.person is None and not _one_role(written, v):
            continue  # a speaker's turn reporting a group ("212 students said", "the council has told us"): the turn's words
        if written in v.third_person("singular") | v.third_person("plural"):
            who = _antecedent(docs, msg.body, r.content.start, written in v.third_person("plural"), v)
            if who is not None:
                r.speaker = who
                kept.append(r)
        elif written and written in before and written not in _FIRST_PERSON:
            kept.append(r)
    told = [(r.content.start, r.content.end) for r in kept]
    own = []
    for r in chat_raws:
        hit = [(a, b) for a, b in told if a < r.content.end and r.content.start < b]
        if not hit:
            own.append(r)
        elif (cut := _own_clause(text, r, min(a for a, _ in hit), kept)) is not None:
            own.append(cut)  # "the kit ships tomorrow and Rory says the fitting is Friday": the first clause the sender's
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


_FIRST_PERSON = {"i", "me", "we", "us", "my", "our"}
# an @mention: the member a message is addressed to ("@Ann Roe tell me where"), a name of up to three words
_MENTION = re.compile(r"@[A-Z][\w.'’-]*(?:[ ][A-Z][\w'’-]*){0,2}")
# what joins a sender's own clause to the relay after it: "..., and", "; but", " so"
_JOIN = re.compile(r"(?:[\s,;:]|\band\b|\bbut\b|\bso\b|\bwhile\b)*$", re.I)


def _past_mention(text: str, body: int, x: int, y: int) -> int:
    """Where a sentence's words start once an @mention over its start is passed ("@Ann" split off as
    a sentence of its own, "Roe send me the list" after it): `y` when the mention is all it holds."""
    line = text.rfind("\n", body, x) + 1 or body
    for m in _MENTION.finditer(text, line, y):
        if m.start() <= x < m.end() or m.start() == x:
            return min(y, m.end() + len(text[m.end():y]) - len(text[m.end():y].lstrip()))
    return x


def _names(message: str, name: str) -> bool:
    """The message writes `name` or its last word."""
    return bool(name) and (name in message or re.search(rf"\b{re.escape(name.split()[-1])}\b", message) is not None)


def _own_clause(text: str, r: Raw, relayed: int, kept: list[Raw]) -> Raw | None:
    """The sender's statement `r` cut to the words before a relay inside its sentence ("the kit ships
    tomorrow and Rory says ..."), or None when the relay opens the sentence ("Kath says ...")."""
    told = next((k for k in kept if k.content.start == relayed), None)
    if told is None:
        return None
    written = told.speaker.as_written
    at = text.rfind(written, r.content.start, relayed) if written else -1
    if at <= r.content.start:
        return None
    end = r.content.start + len(_JOIN.sub("", text[r.content.start:at]))
    if len(_WORD.findall(text[r.content.start:end])) < 3:
        return None
    return replace(r, content=Span(r.content.start, end), span=Span(r.span.start, end))


def _one_role(written: str, v) -> bool:
    """"the leader", "a spokesman": one person named by a role, whose words a turn may report."""
    words = written.split()
    return 2 <= len(words) <= 3 and words[0] in ("the", "a", "an", "my", "our") and v.is_role(words[-1])
# a message passing on what someone it has named said: "They told me the works start in May"
_RELAYED = re.compile(r"^\s*(?:(?:and|but|so)\s+)?(?P<pro>he|she|they)\s+(?:told|tell|tells|said|says|wrote|write|writes)\s+"
                      r"(?:(?:me|us)\s+)?(?:that\s+)?(?P<words>[^\W\d_]\S*.*)$", re.I | re.S)


def _antecedent(docs, start: int, end: int, plural: bool, v) -> Speaker | None:
    """The last person or body the message names before `end`: a role ("the council's chief
    executive") for "he"/"she", a body ("the council's environment section") for "they"."""
    found = None
    for span, doc in docs:
        if span.end <= start or span.start >= end:
            continue
        for chunk in doc.noun_chunks:
            a = span.start + chunk.start_char
            if a < start or span.start + chunk.end_char > end:
                continue
            words = [t for t in chunk if t.pos_ != "DET" and t.lower_ not in _FIRST_PERSON]
            if not words or words[-1].pos_ == "PRON":
                continue
            root = chunk.root
            phrase = " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s")
            if not plural and (root.ent_type_ == "PERSON" or v.is_role(root.lower_)
                               or v.is_role(" ".join(t.lower_ for t in words[-2:]))):
                found = Speaker(name=phrase, as_written=chunk.text, generic=root.ent_type_ != "PERSON")
            elif plural and any(t.ent_type_ == "ORG" or t.lower_ in v.body_nouns for t in words):
                found = Speaker(name=phrase, as_written=chunk.text)
    return found
